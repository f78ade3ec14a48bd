/**
 * The dev server draws a post's social card when its URL is asked for, and
 * draws it again after the post changes; everything else it serves as before.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {PNG} from 'pngjs';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startDevServer, type DevServer} from '../helpers/devServer';
import {ROOT} from '../helpers/site';

const CARD = '/img/cards/2025/01/01/no-image.png';

let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(path.join(ROOT, 'tests/fixtures/sites/cards'), 3000 + ((process.pid + 7) % 2000));
});

afterAll(async () => {
  await server?.stop();
});

async function card(): Promise<{status: number; type: string | null; png?: Buffer}> {
  const res = await fetch(server.url + CARD);
  const body = Buffer.from(await res.arrayBuffer());
  return {status: res.status, type: res.headers.get('content-type'), ...(res.ok ? {png: body} : {})};
}

describe('social cards on the dev server', () => {
  it("draws a post's card at its URL: a 1200×630 PNG", async () => {
    const {status, type, png} = await card();
    expect([status, type]).toEqual([200, 'image/png']);
    const image = PNG.sync.read(png!);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it('still serves pages and static files, and no card for a post that has none', async () => {
    expect((await fetch(`${server.url}/2025/01/01/no-image`)).status).toBe(200);
    expect((await fetch(`${server.url}/img/logo.svg`)).headers.get('content-type')).toMatch(/svg/);
    const other = await fetch(`${server.url}/img/cards/2025/01/02/own-image.png`);
    expect(other.headers.get('content-type')).not.toBe('image/png');
  });

  it("draws the card anew when the post's title changes", async () => {
    const before = (await card()).png!;
    const file = path.join(server.siteDir, 'blog/2025-01-01-no-image.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('an open model that reads and draws', 'a model that reads'),
    );
    const deadline = Date.now() + 60_000;
    let after = before;
    while (after.equals(before) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      after = (await card()).png ?? before;
    }
    expect(after.equals(before)).toBe(false);
  });
});
