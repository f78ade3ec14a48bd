import {compileSSGTemplate} from '@docusaurus/core/lib/ssg/ssgTemplate.js';
import * as cheerio from 'cheerio';
import {describe, expect, it} from 'vitest';
import {ssrTemplate} from '../../plugins/blog/plugin/upstream/pageTemplate';

/** A page rendered from the template by Docusaurus's own compiler, as the build renders every page. */
async function render(baseUrl: string, scripts: string[]): Promise<string> {
  const template = (await compileSSGTemplate(ssrTemplate)) as (data: object) => string;
  return template({
    appHtml: '<main><h1>مرحبا</h1></main>',
    baseUrl,
    htmlAttributes: 'lang="ar" dir="rtl"',
    bodyAttributes: '',
    headTags: '',
    preBodyTags: '',
    postBodyTags: '',
    metaAttributes: [],
    scripts,
    stylesheets: ['assets/css/styles.1a.css'],
    noIndex: false,
    version: '3.10.2',
  });
}

/** The URLs the loader at the end of the body is given, read back from its call. */
function loaderUrls(html: string): unknown {
  const loader = cheerio.load(html)('body > script').last().html()!;
  return JSON.parse(/\}\)\((\[.*\])\);$/s.exec(loader)![1]!);
}

describe("the page template's scripts", () => {
  it('are not in the head: the loader at the end of the body has them, with the baseUrl, in their order', async () => {
    const html = await render('/ar/', ['assets/js/runtime~main.9c.js', 'assets/js/main.d4.js', 'assets/js/876.a0.js']);
    const $ = cheerio.load(html);
    expect($('script[src]')).toHaveLength(0);
    expect($('head link[rel="stylesheet"]').attr('href')).toBe('/ar/assets/css/styles.1a.css');
    expect($('#__docusaurus h1').text()).toBe('مرحبا');
    expect(loaderUrls(html)).toEqual([
      '/ar/assets/js/runtime~main.9c.js',
      '/ar/assets/js/main.d4.js',
      '/ar/assets/js/876.a0.js',
    ]);
  });

  it('cannot end the script element: a "</script>" in a URL stays inside the array', async () => {
    const baseUrl = '/x</script><script>alert(1)</script>/';
    const html = await render(baseUrl, ['assets/js/main.d4.js']);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(loaderUrls(html)).toEqual([`${baseUrl}assets/js/main.d4.js`]);
  });
});
