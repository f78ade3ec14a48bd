/**
 * Feeds carry the locale's language (Docusaurus sets it); a post written in
 * another language (untranslated, or with its own `lang`) says so on its entry:
 * `xml:lang` in Atom, `language` in JSON Feed 1.1. RSS 2.0 has no per-item
 * language.
 *
 * @docusaurus/plugin-content-blog 3.10.2 gives the `feed` package no language
 * per item, and the `feed` package writes none: the files are patched after
 * the build, reading them as `feed` writes them (`<entry>` without attributes,
 * the post's URL as its `<id>`). tests/unit/upstream-premises.test.ts checks both.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {PostMetadataExtras} from '../../client/types';

export async function patchFeeds(
  feedDir: string,
  posts: readonly {metadata: {permalink: string} & PostMetadataExtras}[],
  siteUrl: string,
  feedLang: string,
): Promise<void> {
  const langOf = new Map<string, string>();
  for (const post of posts) {
    const language = post.metadata.language;
    if (language) langOf.set(siteUrl + post.metadata.permalink, language.lang);
  }
  await Promise.all([
    patchAtom(path.join(feedDir, 'atom.xml'), langOf, feedLang),
    patchJson(path.join(feedDir, 'feed.json'), langOf, feedLang),
  ]);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function patchAtom(file: string, langOf: Map<string, string>, feedLang: string) {
  const xml = await readIfExists(file);
  if (!xml) return;
  const patched = xml
    .replace(/<feed(?![^>]*xml:lang)/, `<feed xml:lang="${feedLang}"`)
    .replace(/<entry>([\s\S]*?)<\/entry>/g, (entry, inner: string) => {
      const id = /<id>([^<]*)<\/id>/.exec(inner)?.[1];
      const lang = id ? langOf.get(id.replace(/&amp;/g, '&')) : undefined;
      return lang && lang !== feedLang ? `<entry xml:lang="${lang}">${inner}</entry>` : entry;
    });
  if (patched !== xml) await writeFile(file, patched);
}

async function patchJson(file: string, langOf: Map<string, string>, feedLang: string) {
  const text = await readIfExists(file);
  if (!text) return;
  const feed = JSON.parse(text) as {
    version?: string;
    language?: string;
    items?: {id?: string; url?: string; language?: string}[];
  };
  // `language` is JSON Feed 1.1's: the feed says it is 1.1 (the `feed` package writes 1).
  const version = 'https://jsonfeed.org/version/1.1';
  let changed = feed.language === undefined || feed.version !== version;
  feed.version = version;
  feed.language ??= feedLang;
  for (const item of feed.items ?? []) {
    const lang = langOf.get(item.url ?? item.id ?? '');
    if (lang && lang !== feed.language) {
      item.language = lang;
      changed = true;
    }
  }
  if (changed) await writeFile(file, JSON.stringify(feed, null, 2));
}
