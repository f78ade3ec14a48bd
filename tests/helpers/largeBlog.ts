/**
 * A large blog in two locales, for the tests of a check over threads: English
 * in blog/ and Arabic in i18n/ar/, post i of each locale dated 2020-01-01
 * plus i days and named after its date (2020-01-04-post-3.md), each blog
 * folder with the tags and the one author (lark) its posts may name, and a
 * node_modules folder, where the check keeps its language cache.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export type LargeBlogLocale = 'en' | 'ar';

const LARGE_BLOG_FOLDERS: Record<LargeBlogLocale, string> = {
  en: 'blog',
  ar: 'i18n/ar/docusaurus-plugin-content-blog',
};

/** The file of post i in a locale's blog folder, from the site. */
export function largeBlogPost(locale: LargeBlogLocale, i: number): string {
  const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return `${LARGE_BLOG_FOLDERS[locale]}/${day}-post-${i}.md`;
}

/** Writes the blog into `site`: `posts` posts per locale, post i's whole text given by `post`. */
export function writeLargeBlog(
  site: string,
  {
    posts,
    tags,
    post,
  }: {posts: number; tags: Record<string, string>; post: (i: number, locale: LargeBlogLocale) => string},
): void {
  for (const folder of Object.values(LARGE_BLOG_FOLDERS)) {
    const dir = path.join(site, folder);
    mkdirSync(dir, {recursive: true});
    writeFileSync(
      path.join(dir, 'tags.yml'),
      Object.entries(tags)
        .map(([key, label]) => `${key}:\n  label: ${label}\n`)
        .join(''),
    );
    writeFileSync(path.join(dir, 'authors.yml'), 'lark:\n  name: Lark\n');
  }
  for (let i = 0; i < posts; i++)
    for (const locale of Object.keys(LARGE_BLOG_FOLDERS) as LargeBlogLocale[])
      writeFileSync(path.join(site, largeBlogPost(locale, i)), post(i, locale));
  mkdirSync(path.join(site, 'node_modules'), {recursive: true});
}
