/**
 * Nothing injected: tests/fixtures/hostile/markup-site has valid posts whose
 * front matter (title, description, keywords, tags.yml labels, authors.yml
 * names, an image alt in the body) carries `</script>`, `<img onerror>`,
 * `"><svg onload>`, `&`, U+2028 and CDATA ends. Built, every page, JSON-LD
 * block, feed and the sitemap must hold that markup as text. Vanilla
 * Docusaurus 3.10.2 runs the `</script>` title on the post page and /blog
 * (JSON-LD), and a title with two "]]>" in /rss.xml and /atom.xml.
 */
import {existsSync} from 'node:fs';
import {cp, readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite, type CheckResult} from '../../plugins/blog/check';
import {HOSTILE} from '../helpers/hostile';
import {check} from '../helpers/run';
import {buildSite, ROOT} from '../helpers/site';
import {xmlProblem} from '../helpers/xml';

const MARKUP_SITE = path.join(HOSTILE, 'markup-site');
/** Every payload sets window.__xss: a script that holds it is one we did not write. */
const MARKER = '__xss';

let siteDir: string;
let outDir: string;
let checked: CheckResult;
let pages: string[];

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

const post = (file: string) => {
  const found = checked.posts.find((p) => p.post.relativePath === file);
  if (!found?.data) throw new Error(`no front matter read from ${file}`);
  return found.data as {title: string; description: string; keywords: string[]};
};

beforeAll(async () => {
  // A copy inside the repository: the build writes .docusaurus/ into the site.
  siteDir = path.join(ROOT, 'tests/.work', `markup-site-${process.pid}`);
  await rm(siteDir, {recursive: true, force: true});
  await cp(MARKUP_SITE, siteDir, {recursive: true});
  checked = await checkSite(siteDir);
  ({outDir} = await buildSite(siteDir));
  pages = (await files(outDir)).filter((f) => f.endsWith('.html'));
});

afterAll(async () => {
  await rm(siteDir, {recursive: true, force: true});
  if (outDir) await rm(outDir, {recursive: true, force: true});
});

describe('a site whose front matter carries markup', () => {
  it('passes the checker: markup is text, not an error', async () => {
    const {code, stdout} = await check(MARKUP_SITE);
    expect(code, stdout).toBe(0);
    const source = await readFile(path.join(MARKUP_SITE, 'blog/2025-01-01-script.md'), 'utf8');
    expect(source).toContain('</script><script>window.__xss=1</script>');
  });

  it('builds pages with no script, element or event handler from it', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = await readFile(page, 'utf8');
      const $ = cheerio.load(html);
      const name = path.relative(outDir, page);
      $('script').each((_, element) => {
        const script = $(element);
        const type = script.attr('type');
        const src = script.attr('src');
        if (type === 'application/ld+json') return;
        if (src !== undefined) {
          if (!src.startsWith('/assets/js/') || script.html()!.trim() !== '')
            problems.push(`${name}: a script from ${src}`);
        } else if (script.html()!.includes(MARKER)) problems.push(`${name}: an inline script holding ${MARKER}`);
      });
      $('*').each((_, element) => {
        for (const attribute of Object.keys((element as {attribs?: Record<string, string>}).attribs ?? {})) {
          if (/^on/i.test(attribute)) problems.push(`${name}: <${(element as {name: string}).name} ${attribute}>`);
        }
      });
      // The elements the payloads would make, had they been parsed as markup.
      if (
        $('img[src="x"], x\\:script').length ||
        $('svg').filter((_, e) => $(e).text().includes(MARKER) || $(e).attr('onload') !== undefined).length
      ) {
        problems.push(`${name}: an injected element`);
      }
    }
    expect(pages.length).toBeGreaterThan(8);
    expect(problems).toEqual([]);
  });

  it('writes every JSON-LD block so that it parses and cannot end its script', async () => {
    let blocks = 0;
    const problems: string[] = [];
    for (const page of pages) {
      const $ = cheerio.load(await readFile(page, 'utf8'));
      $('script[type="application/ld+json"]').each((_, element) => {
        blocks++;
        const text = $(element).html()!;
        // No "<" at all, so no "</script" or "<!--": jsonForScript writes it as
        // \u003c, and the build's HTML minifier, which rewrites JSON-LD, as \u003C.
        if (text.includes('<'))
          problems.push(
            `${path.relative(outDir, page)}: ${text.slice(text.indexOf('<') - 40, text.indexOf('<') + 40)}`,
          );
        try {
          JSON.parse(text);
        } catch (error) {
          problems.push(`${path.relative(outDir, page)}: ${(error as Error).message}`);
        }
      });
    }
    expect(problems).toEqual([]);
    expect(blocks).toBeGreaterThanOrEqual(3);
  });

  it('keeps the front matter as written in JSON-LD, in the head and in the page', async () => {
    const script = post('2025-01-01-script.md');
    const mallory = checked.facts.authors.en!.get('mallory')!;
    const $ = cheerio.load(await readFile(path.join(outDir, '2025/01/01/script/index.html'), 'utf8'));
    const data = JSON.parse($('script[type="application/ld+json"]').html()!);
    expect(data.headline).toBe(script.title);
    expect(data.description).toBe(script.description);
    expect(data.description).toContain('\u2028');
    expect(data.keywords).toEqual(script.keywords);
    expect(data.author.name).toBe(mallory.name);
    expect($('article h1').text()).toBe(script.title);
    expect($('meta[name="description"]').attr('content')).toBe(script.description);
    expect($('meta[name="keywords"]').attr('content')).toBe(script.keywords.join(','));
    expect($('article img').attr('alt')).toBe(
      '</script><script>window.__xss=1</script> <img src=x onerror="window.__xss=1">',
    );

    const list = cheerio.load(await readFile(path.join(outDir, 'index.html'), 'utf8'));
    const blog = JSON.parse(list('script[type="application/ld+json"]').html()!);
    expect(blog.blogPost.map((p: {headline: string}) => p.headline)).toEqual(
      expect.arrayContaining([script.title, post('2025-01-02-ampersand.md').title]),
    );

    const label = checked.facts.tags.en!.get('markup')!.label;
    const tagPage = cheerio.load(await readFile(path.join(outDir, 'tags/markup/index.html'), 'utf8'));
    expect(tagPage('h1').text()).toContain(label);
    const authorPage = cheerio.load(await readFile(path.join(outDir, 'authors/mallory/index.html'), 'utf8'));
    expect(authorPage('main').text()).toContain(mallory.name);
  });

  it('writes well-formed feeds and sitemap that hold the markup as text', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'sitemap.xml']) {
      expect(xmlProblem(await readFile(path.join(outDir, file), 'utf8')), file).toBeUndefined();
    }
    const titles = ['2025-01-01-script.md', '2025-01-02-ampersand.md', '2025-01-03-proto.md']
      .map((f) => post(f).title)
      .sort();
    // A WORD JOINER keeps "]]>" from ending a CDATA section (plugins/blog/plugin/upstream/feedSafety.ts).
    const text = (s: string) => s.replace(/\u2060/g, '');

    const rss = cheerio.load(await readFile(path.join(outDir, 'rss.xml'), 'utf8'), {xml: true});
    expect(rss('script, x\\:script').length).toBe(0);
    expect(
      rss('item > title')
        .map((_, e) => text(rss(e).text()))
        .get()
        .sort(),
    ).toEqual(titles);
    expect(
      rss('item > description')
        .map((_, e) => text(rss(e).text()))
        .get(),
    ).toContain(post('2025-01-02-ampersand.md').description);

    const atom = cheerio.load(await readFile(path.join(outDir, 'atom.xml'), 'utf8'), {xml: true});
    expect(atom('script, x\\:script').length).toBe(0);
    expect(
      atom('entry > title')
        .map((_, e) => text(atom(e).text()))
        .get()
        .sort(),
    ).toEqual(titles);
    // Titles are text: typed html, feed readers would render their markup.
    expect(
      atom('entry > title')
        .map((_, e) => atom(e).attr('type'))
        .get(),
    ).toEqual(['text', 'text', 'text']);
    const labels = atom('entry > category')
      .map((_, e) => atom(e).attr('label'))
      .get();
    expect(labels).toContain(checked.facts.tags.en!.get('markup')!.label);

    const json = JSON.parse(await readFile(path.join(outDir, 'feed.json'), 'utf8')) as {items: {title: string}[]};
    expect(json.items.map((item) => text(item.title)).sort()).toEqual(titles);

    const sitemap = cheerio.load(await readFile(path.join(outDir, 'sitemap.xml'), 'utf8'), {xml: true});
    expect(
      sitemap('loc')
        .map((_, e) => sitemap(e).text())
        .get(),
    ).toContain('https://fixture.example.org/ampersand&more');
  });

  it('ignores __proto__ and constructor keys: the post keeps its own URL and is no draft', async () => {
    expect(existsSync(path.join(outDir, '2025/01/03/proto/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pwned'))).toBe(false);
    const list = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(list).toContain('Prototype keys are inert');
    expect(({} as Record<string, unknown>).slug).toBeUndefined();
  });
});
