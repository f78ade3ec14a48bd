/**
 * The editor schema files of a site, generated from its config and
 * registries: `schemas/front-matter.<locale>.json` and `frontmatter.json`.
 */
import {mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {layoutOf} from '../check';
import {blogFolder, loadSite} from '../check/load';
import {siteCheckOptions} from '../check/load/siteConfig';
import {withDefaults} from '../check/options';
import {exists, relativePath, replaceFile} from '../shared/files';
import {frontMatterCmsConfig, frontMatterJsonSchema} from './schema';

const SCHEMA_FOLDER = 'schemas';
const CMS_CONFIG = 'frontmatter.json';

export interface GeneratedFile {
  /** Relative to the site, with forward slashes. */
  file: string;
  text: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function generateSchemaFiles(siteDir: string): Promise<GeneratedFile[]> {
  const {options} = await siteCheckOptions(siteDir);
  const layout = layoutOf(siteDir, options);
  const site = await loadSite(layout);
  const required = withDefaults(options.checker).requiredFields;
  const files: GeneratedFile[] = [];
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const locale of layout.locales) {
    schemas[locale] = frontMatterJsonSchema({
      locale,
      tags: site.tags[locale] ?? new Map(),
      authors: site.authors[locale] ?? new Map(),
      required,
    });
    files.push({file: `${SCHEMA_FOLDER}/front-matter.${locale}.json`, text: json(schemas[locale])});
  }
  const cms = frontMatterCmsConfig({
    schema: schemas[layout.defaultLocale]!,
    tags: site.tags[layout.defaultLocale] ?? new Map(),
    authors: site.authors[layout.defaultLocale] ?? new Map(),
    folders: layout.locales.map((locale) => ({locale, path: relativePath(siteDir, blogFolder(layout, locale))})),
    publicFolder: layout.staticDirs[0] ?? 'static',
  });
  files.push({file: CMS_CONFIG, text: json(cms)});
  return files;
}

/** The generated files whose text on disk differs from what they should be (missing ones included). */
export async function staleSchemaFiles(siteDir: string, files: GeneratedFile[]): Promise<string[]> {
  const stale: string[] = [];
  for (const {file, text} of files) {
    const current = await readFile(path.join(siteDir, file), 'utf8').catch(() => undefined);
    if (current !== text) stale.push(file);
  }
  return stale;
}

export async function writeSchemaFiles(siteDir: string, files: GeneratedFile[]): Promise<string[]> {
  const stale = await staleSchemaFiles(siteDir, files);
  for (const {file, text} of files) {
    if (!stale.includes(file)) continue;
    const dest = path.join(siteDir, file);
    await mkdir(path.dirname(dest), {recursive: true});
    await replaceFile(dest, text);
  }
  return stale;
}

/**
 * After the registries change (`new-post --new-tag`): rewrites the schema
 * files a site already has, so they do not go stale. A site without them
 * (it never ran `npm run schema`) is left alone.
 */
export async function refreshSchemaFiles(siteDir: string): Promise<string[]> {
  const files = (await generateSchemaFiles(siteDir)).filter((f) => exists(path.join(siteDir, f.file)));
  return writeSchemaFiles(siteDir, files);
}
