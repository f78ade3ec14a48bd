/**
 * Feeds that carry front matter as text, whatever it holds. The blog plugin's
 * feeds come from the `feed` package through xml-js (Docusaurus 3.10.2), which
 * gets three things wrong:
 *
 * - Titles and descriptions go in CDATA sections, and xml-js splits only the
 *   first "]]>" of a section: a second one ends the section, and what follows is
 *   markup of the feed. A title `…]]>…]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">`
 *   runs its script on the site's origin when /rss.xml or /atom.xml is opened in
 *   Chromium (seen on 3.10.2).
 * - Attribute values keep `<` and `&` raw: a tag labelled "Q&A" makes atom.xml
 *   ill-formed, and feed readers refuse it whole.
 * - Atom titles and summaries are typed `html`, so a title's markup is markup
 *   to feed readers, though a title is text.
 *
 * The items are made safe before xml-js writes them, the XML is repaired after.
 * tests/unit/upstream-premises.test.ts fails when the `feed` package stops
 * making these mistakes.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {BlogFeedItem, PluginOptions as BlogPluginOptions} from '@docusaurus/plugin-content-blog';

type CreateFeedItems = NonNullable<BlogPluginOptions['feedOptions']['createFeedItems']>;

/**
 * A WORD JOINER between "]]" and ">" in text: invisible, and no CDATA section
 * can end there. In HTML, `&gt;` means the same as ">" (in text and attributes).
 */
const textForCdata = (text: string): string => text.replace(/]]>/g, ']]\u2060>');
const htmlForCdata = (html: string): string => html.replace(/]]>/g, ']]&gt;');

/** The site's (or the default) feed items, with nothing that can end a CDATA section. */
export function safeFeedItems(create?: CreateFeedItems): CreateFeedItems {
  return async (params) => {
    const items = await (create ?? params.defaultCreateFeedItems)(params);
    return items.map((item): BlogFeedItem => ({
      ...item,
      title: textForCdata(item.title),
      ...(item.description === undefined ? {} : {description: textForCdata(item.description)}),
      ...(item.content === undefined ? {} : {content: htmlForCdata(item.content)}),
    }));
  };
}

const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi;

/**
 * Well-formed attribute values, and Atom titles and summaries typed as text.
 * Reads the XML as xml-js writes it: attribute values in double quotes, with
 * any double quote in them escaped; CDATA sections and comments are copied.
 */
export function repairFeedXml(xml: string): string {
  let out = '';
  let i = 0;
  const copyUntil = (start: number, end: string) => {
    const stop = xml.indexOf(end, start);
    const next = stop === -1 ? xml.length : stop + end.length;
    out += xml.slice(start, next);
    i = next;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      out += xml.slice(i);
      break;
    }
    out += xml.slice(i, lt);
    if (xml.startsWith('<![CDATA[', lt)) copyUntil(lt, ']]>');
    else if (xml.startsWith('<!--', lt)) copyUntil(lt, '-->');
    else if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) copyUntil(lt, '>');
    else {
      let end = lt + 1;
      let quote = '';
      for (; end < xml.length; end++) {
        const c = xml[end]!;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      const tag = xml
        .slice(lt, end + 1)
        .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(ENTITY, '&amp;').replace(/</g, '&lt;')}"`)
        .replace(/^<(title|summary) type="html">$/, '<$1 type="text">');
      out += tag;
      i = end + 1;
    }
  }
  return out;
}

/** Repairs rss.xml and atom.xml in a blog's output folder, when they exist. */
export async function repairFeeds(feedDir: string): Promise<void> {
  await Promise.all(
    ['rss.xml', 'atom.xml'].map(async (name) => {
      const file = path.join(feedDir, name);
      let xml: string;
      try {
        xml = await readFile(file, 'utf8');
      } catch {
        return;
      }
      const repaired = repairFeedXml(xml);
      if (repaired !== xml) await writeFile(file, repaired);
    }),
  );
}
