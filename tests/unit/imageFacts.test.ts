import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {crc32, deflateSync} from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import * as imageFacts from '../../plugins/blog/check/load/images';
import {HEAD_BYTES, loadImageFacts} from '../../plugins/blog/check/load/images';

/** A real RGB PNG, optionally followed by an ancillary chunk of `padding` bytes. */
function png(width: number, height: number, padding = 0): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const row = Buffer.alloc(1 + width * 3, 0x40);
  row[0] = 0; // filter: none
  const pixels = deflateSync(Buffer.concat(Array.from({length: height}, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(padding ? [chunk('pADd', Buffer.alloc(padding))] : []),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline JPEG's markers up to its frame header: what a reader needs for the size. */
function jpegHead(width: number, height: number, exifBytes = 0): Buffer {
  const segment = (marker: number, data: Buffer) => {
    const head = Buffer.from([0xff, marker, 0, 0]);
    head.writeUInt16BE(data.length + 2, 2);
    return Buffer.concat([head, data]);
  };
  const sof = Buffer.from([8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  const app1 = [] as Buffer[];
  // APP1 segments hold at most 65533 bytes each: a big EXIF block takes several.
  for (let left = exifBytes; left > 0; left -= 65000) app1.push(segment(0xe1, Buffer.alloc(Math.min(left, 65000))));
  const jfif = segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
  return Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, ...app1, segment(0xc0, sof), Buffer.from([0xff, 0xd9])]);
}

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'image-facts-'));
  await writeFile(at('card.png'), png(1200, 630));
  await writeFile(at('small.png'), png(300, 200));
  await writeFile(at('padded.png'), png(40, 21, 100_000));
  await writeFile(at('photo.jpg'), jpegHead(1600, 900));
  await writeFile(at('exif.jpg'), jpegHead(1600, 900, 70_000));
  await writeFile(at('logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"></svg>\n');
  await writeFile(at('anim.gif'), Buffer.from([...Buffer.from('GIF89a'), 0x58, 0x02, 0xc8, 0x00, 0, 0, 0, 0x3b]));
  await writeFile(at('notes.txt'), 'not an image\n');
  await writeFile(at('empty.png'), Buffer.alloc(0));
  await mkdir(at('folder.png'));
});

afterAll(async () => {
  await rm(dir, {recursive: true, force: true});
});

describe('imageFacts module', () => {
  it('exports loadImageFacts, bodyImagesOutside and HEAD_BYTES', () => {
    expect(Object.keys(imageFacts).sort()).toEqual(['HEAD_BYTES', 'bodyImagesOutside', 'loadImageFacts']);
    expect(HEAD_BYTES).toBe(65536);
  });
});

describe('loadImageFacts', () => {
  it('reads the format, pixel size and byte size of real PNG files', async () => {
    const facts = await loadImageFacts([at('card.png'), at('small.png')]);
    expect(facts.get(at('card.png'))).toEqual({
      exists: true,
      size: png(1200, 630).length,
      format: 'png',
      width: 1200,
      height: 630,
    });
    expect(facts.get(at('small.png'))).toEqual({
      exists: true,
      size: png(300, 200).length,
      format: 'png',
      width: 300,
      height: 200,
    });
  });

  it('gives the whole file size while reading only its head', async () => {
    const facts = await loadImageFacts([at('padded.png')]);
    expect(facts.get(at('padded.png'))).toEqual({
      exists: true,
      size: png(40, 21, 100_000).length,
      format: 'png',
      width: 40,
      height: 21,
    });
    expect(facts.get(at('padded.png'))!.size).toBeGreaterThan(HEAD_BYTES);
  });

  it('reads JPEG, SVG and GIF sizes', async () => {
    const facts = await loadImageFacts([at('photo.jpg'), at('logo.svg'), at('anim.gif')]);
    expect(facts.get(at('photo.jpg'))).toMatchObject({exists: true, format: 'jpg', width: 1600, height: 900});
    expect(facts.get(at('logo.svg'))).toMatchObject({exists: true, format: 'svg', width: 1200, height: 630});
    expect(facts.get(at('anim.gif'))).toMatchObject({exists: true, format: 'gif', width: 600, height: 200});
  });

  it('keeps a JPEG whose frame header lies beyond the head a JPEG of unknown size', async () => {
    const facts = await loadImageFacts([at('exif.jpg')]);
    expect(facts.get(at('exif.jpg'))).toEqual({exists: true, size: jpegHead(1600, 900, 70_000).length, format: 'jpg'});
  });

  it('reports a file that is no image, and an empty one, as existing with no format', async () => {
    const facts = await loadImageFacts([at('notes.txt'), at('empty.png')]);
    expect(facts.get(at('notes.txt'))).toEqual({exists: true, size: 13});
    expect(facts.get(at('empty.png'))).toEqual({exists: true, size: 0});
  });

  it('reports a missing path and a folder as not existing, without throwing', async () => {
    const facts = await loadImageFacts([at('missing.png'), at('folder.png'), path.join(at('notes.txt'), 'inside.png')]);
    expect(facts.get(at('missing.png'))).toEqual({exists: false});
    expect(facts.get(at('folder.png'))).toEqual({exists: false});
    expect(facts.get(path.join(at('notes.txt'), 'inside.png'))).toEqual({exists: false});
  });

  it('answers each path once, in the order asked, from any iterable', async () => {
    const facts = await loadImageFacts(new Set([at('small.png'), at('missing.png'), at('card.png')]).values());
    expect([...facts.keys()]).toEqual([at('small.png'), at('missing.png'), at('card.png')]);
    expect((await loadImageFacts([at('card.png'), at('card.png')])).size).toBe(1);
    expect((await loadImageFacts([])).size).toBe(0);
  });
});
