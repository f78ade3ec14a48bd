/**
 * Files from outside the site that a build would publish without a post's
 * front matter naming them: images of a post's body (Markdown, HTML, MDX
 * require and import) and links of the static folders. The check reports each
 * at its place; files inside the site, remote images and code are fine.
 */
import {mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {staticLinksOut} from '../../plugins/blog/check/load/staticFiles';
import {formatText} from '../../plugins/blog/check/report';
import {bodyFiles} from '../../plugins/blog/check/rules/image';

const FRONT_MATTER = `---
title: Files out of the site
description: A post whose body names images, some of them linked from outside the site folder.
tags: [ai]
authors: [lark]
---
`;

let work: string;
let site: string;
let outside: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'qalam-files-out-'));
  site = path.join(work, 'site');
  outside = path.join(work, 'outside');
  await mkdir(path.join(site, 'blog'), {recursive: true});
  await mkdir(path.join(site, 'static/img'), {recursive: true});
  await mkdir(outside, {recursive: true});
  await writeFile(path.join(outside, 'secret.png'), 'outside bytes');
  await writeFile(path.join(site, 'blog/tags.yml'), 'ai:\n  label: AI\n  permalink: /ai\n');
  await writeFile(path.join(site, 'blog/authors.yml'), 'lark:\n  name: Lark\n');
  await writeFile(path.join(site, 'static/img/inside.png'), 'inside bytes');
  await writeFile(path.join(site, 'blog/near.png'), 'inside bytes');
  await symlink(path.join(outside, 'secret.png'), path.join(site, 'blog/linked.png'));
  await symlink(path.join(outside, 'secret.png'), path.join(site, 'static/img/linked.png'));
  // A link that stays inside the site is fine.
  await symlink(path.join(site, 'blog/near.png'), path.join(site, 'static/img/alias.png'));
});

afterAll(async () => {
  await rm(work, {recursive: true, force: true});
});

describe('bodyFiles', () => {
  it('finds Markdown and HTML images and the images MDX requires or imports, outside code', () => {
    const body = [
      "import cover from './cover.png';",
      "import Tabs from '@theme/Tabs';",
      '![a](./a.png "A title") ![b](<./b c.png>)',
      '<img src="/img/d.png" /> <img src={require("@site/static/e.svg").default} />',
      "`require('./code.png')` and ![f](https://example.com/f.png)",
      '```mdx',
      '![g](./g.png)',
      "import h from './h.png';",
      '```',
      "const raw = require('!!url-loader!../i.jpg?size=2');",
    ].join('\n');
    expect(bodyFiles(body).map(({url, kind}) => `${kind} ${url}`)).toEqual([
      'module ./cover.png',
      'markdown ./a.png',
      'markdown ./b c.png',
      'html /img/d.png',
      'module @site/static/e.svg',
      'markdown https://example.com/f.png',
      'module ../i.jpg',
    ]);
  });

  it('finds an image module in a body with no markup image, whatever the case of its extension', () => {
    const body = 'It is important to read this.\n\nimport Chart from "./Chart.SVG";\n\n<Chart />\n';
    expect(bodyFiles(body).map(({url, kind}) => `${kind} ${url}`)).toEqual(['module ./Chart.SVG']);
  });

  it('gives each its offsets in the body', () => {
    const body = 'Text ![x](./x.png)\nimport y from "./y.png";\n';
    expect(bodyFiles(body).map(({start, end}) => body.slice(start, end))).toEqual(['./x.png', './y.png']);
  });
});

describe('images of a post body that lead out of the site', () => {
  it('are image-unsafe errors at their line and column; images inside the site and remote ones are fine', async () => {
    const relativeOut = path.relative(path.join(site, 'blog'), path.join(outside, 'secret.png'));
    await writeFile(
      path.join(site, 'blog/2025-01-01-body.mdx'),
      `${FRONT_MATTER}
import linked from './linked.png';

![fine](./near.png) ![linked](./linked.png)

<img src="/img/linked.png" /> <img src="/img/inside.png" /> <img src="/img/alias.png" />

<img src={require('@site/blog/linked.png').default} />

![climbs](${relativeOut})

![remote](https://example.com/x.png) \`![code](./linked.png)\`
`,
    );
    const result = await checkSite(site);
    const found = result.diagnostics
      .filter((d) => d.file === 'blog/2025-01-01-body.mdx')
      .map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.severity} ${d.rule} ${d.message}`);
    const linked = (value: string) =>
      `The image "${value}" is a symlink to ${path.join(outside, 'secret.png')}, outside the site: the build would copy that file and publish it. Copy the image into the site instead of linking it.`;
    expect(found).toEqual([
      `8:21-33 error image-unsafe ${linked('./linked.png')}`,
      `10:31-43 error image-unsafe ${linked('./linked.png')}`,
      `12:11-26 error image-unsafe ${linked('/img/linked.png')}`,
      `14:20-41 error image-unsafe ${linked('@site/blog/linked.png')}`,
      `16:11-${11 + relativeOut.length} error image-unsafe The image "${relativeOut}" leads to ${path.join(outside, 'secret.png')}, outside the site: the build would copy that file and publish it. Point at an image inside the site.`,
    ]);
    const report = formatText(result);
    expect(report).toContain('blog/2025-01-01-body.mdx:10:31 error image-unsafe [en]\n');
    expect(report).toContain('> 10 | ![fine](./near.png) ![linked](./linked.png)');
    await rm(path.join(site, 'blog/2025-01-01-body.mdx'));
  });

  it('follow the image-unsafe setting', async () => {
    await writeFile(path.join(site, 'blog/2025-01-01-off.md'), `${FRONT_MATTER}\n![linked](./linked.png)\n`);
    const off = await checkSite(site, {checker: {rules: {'image-unsafe': 'off', 'static-file-unsafe': 'off'}}});
    expect(off.diagnostics.filter((d) => d.file === 'blog/2025-01-01-off.md')).toEqual([]);
    await rm(path.join(site, 'blog/2025-01-01-off.md'));
  });
});

describe('links of the static folders', () => {
  it('reports each link out of the site, named from the site, with where it leads', async () => {
    expect(staticLinksOut(site, ['static'])).toEqual([
      {file: 'static/img/linked.png', target: path.join(outside, 'secret.png')},
    ]);
    const result = await checkSite(site);
    const found = result.diagnostics.filter((d) => d.rule === 'static-file-unsafe');
    expect(found).toEqual([
      {
        file: 'static/img/linked.png',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        locale: 'en',
        field: '',
        rule: 'static-file-unsafe',
        messageId: 'linkOut',
        severity: 'error',
        message: `static/img/linked.png is a symlink out of the site (to ${path.join(outside, 'secret.png')}): the build copies every file of the static folders, and would publish it. Copy the file into the static folder instead of linking it, or remove the link.`,
      },
    ]);
    // One line, and no code frame of a file that was not read.
    expect(formatText(result)).toContain(
      `static/img/linked.png:1:1 error static-file-unsafe [en]\n  ${found[0]!.message}\n\n`,
    );
  });

  it('follows linked folders that stay inside, once, and reports a linked folder or static folder that leads out', async () => {
    const dir = path.join(work, 'folders');
    await mkdir(path.join(dir, 'site/static/deep'), {recursive: true});
    await mkdir(path.join(dir, 'site/assets'), {recursive: true});
    await mkdir(path.join(dir, 'shared'), {recursive: true});
    await writeFile(path.join(dir, 'shared/logo.png'), 'shared bytes');
    // A folder of the site linked into static/, holding a link out; a link back up (a cycle); a linked folder out.
    await symlink(path.join(outside, 'secret.png'), path.join(dir, 'site/assets/secret.png'));
    await symlink(path.join(dir, 'site/assets'), path.join(dir, 'site/static/deep/assets'));
    await symlink(path.join(dir, 'site/static'), path.join(dir, 'site/static/deep/loop'));
    await symlink(outside, path.join(dir, 'site/static/outside'));
    await symlink(path.join(dir, 'missing'), path.join(dir, 'site/static/dangling'));
    // A static folder that is itself a link out; one the config keeps outside the site, on purpose.
    await symlink(outside, path.join(dir, 'site/linked-static'));
    expect(staticLinksOut(path.join(dir, 'site'), ['static', 'linked-static', '../shared'])).toEqual([
      {file: 'linked-static', target: outside},
      {file: 'static/deep/assets/secret.png', target: path.join(outside, 'secret.png')},
      {file: 'static/outside', target: outside},
    ]);
  });
});
