/**
 * What the authoring commands (new-post, translate-post) share: the site they
 * work on, the checker run on a post before it is written, and the front
 * matter they write.
 */
import path from 'node:path';
import {Document, isMap, isScalar, isSeq, Scalar} from 'yaml';
import {checkSite, layoutOf, validate, type CheckResult, type CheckSiteOptions} from '../check';
import type {PostInput, SiteFacts} from '../check/context';
import {blogFolder, fileDateOf, type LoadedSite, type SiteLayout} from '../check/load';
import {loadImageFacts} from '../check/load/images';
import {siteCheckOptions} from '../check/load/siteConfig';
import {parsePost} from '../check/parse';
import type {Diagnostic} from '../check/rules';
import {imagePathsToInspect} from '../check/rules/image';
import {withDefaults, type CheckerOptions} from '../check/options';
import {isDirectory, relativePath} from '../shared/files';
import {callerDir, UsageError} from './cli';

export interface AuthoringSite {
  siteDir: string;
  options: CheckSiteOptions;
  layout: SiteLayout;
  checker: CheckerOptions;
  /** The whole site, checked: its posts, registries and facts. */
  result: CheckResult;
}

/** The site at `--site` (default: where the command was run), with its config, registries and posts. */
export async function loadAuthoringSite(siteOption: string | undefined): Promise<AuthoringSite> {
  const siteDir = path.resolve(callerDir(), siteOption ?? '.');
  if (!isDirectory(siteDir)) throw new UsageError(`no such folder: ${siteDir}; give the site's folder with --site DIR`);
  const {options} = await siteCheckOptions(siteDir);
  const layout = layoutOf(siteDir, options);
  const blogDir = blogFolder(layout, layout.defaultLocale);
  if (!isDirectory(blogDir)) {
    throw new UsageError(
      `no blog folder at ${blogDir}: is ${siteDir} a Docusaurus site? Run the command in the site's folder or give it with --site DIR`,
    );
  }
  const result = await checkSite(siteDir, {...options, languageThread: true});
  return {siteDir, options, layout, checker: withDefaults(options.checker), result};
}

/** A site-relative path with forward slashes, as the checker's reports show it. */
export function relativeToSite(site: {siteDir: string}, file: string): string {
  return relativePath(site.siteDir, file);
}

/**
 * The checker's word on a post that is not written yet, judged with the whole
 * site (its registries, and the translations it has or is one of), sorted by
 * what the command does with it (`leftToAuthor`: what it leaves to the author).
 */
export async function checkCandidate(
  site: AuthoringSite,
  candidate: {absolutePath: string; locale: string; text: string},
  leftToAuthor: (d: Diagnostic) => boolean,
  tags: SiteFacts['tags'] = site.result.facts.tags,
): Promise<Verdict> {
  const folder = blogFolder(site.layout, candidate.locale);
  const postPath = relativePath(folder, candidate.absolutePath);
  const post: PostInput = {
    file: relativeToSite(site, candidate.absolutePath),
    absolutePath: candidate.absolutePath,
    locale: candidate.locale,
    relativePath: postPath,
    parsed: parsePost(new TextEncoder().encode(candidate.text)),
    fileDate: fileDateOf(postPath),
  };
  let facts: SiteFacts = {...site.result.facts, tags};
  const images = post.parsed.data
    ? imagePathsToInspect(post, post.parsed.data, facts).filter((p) => !facts.images.has(p))
    : [];
  if (images.length) facts = {...facts, images: new Map([...facts.images, ...(await loadImageFacts(images))])};
  const others = site.result.posts.map((p) => p.post).filter((p) => p.absolutePath !== post.absolutePath);
  // validate() reads the registries only; LoadedSite types them as mutable maps.
  const loaded = {
    layout: site.layout,
    posts: [...others, post],
    tags: facts.tags,
    authors: facts.authors,
    registryProblems: [],
  } as unknown as LoadedSite;
  const {diagnostics} = validate(loaded, facts, site.checker);
  return verdictOf(
    diagnostics.filter((d) => d.file === post.file),
    leftToAuthor,
  );
}

/** A front matter field as written: a value, and the comment lines above it. */
export interface Field {
  key: string;
  value: unknown;
  comment?: string[];
}

/** Fields written in double quotes, as the site's posts write them; lists go on one line, [a, b]. */
const QUOTED = new Set(['title', 'description', 'title_meta', 'sidebar_label', 'image']);

/**
 * The front matter block, `---` lines included. The yaml package quotes what
 * needs quoting (a title with ": " or a leading "-"), so any text round-trips.
 * `closing` comment lines go last: a hint about a field that is not written.
 */
export function frontMatterText(fields: readonly Field[], closing: readonly string[] = []): string {
  const doc = new Document(Object.fromEntries(fields.map((f) => [f.key, f.value])));
  const pairs = isMap(doc.contents) ? doc.contents.items : [];
  pairs.forEach((pair, i) => {
    const field = fields[i]!;
    if (isSeq(pair.value)) pair.value.flow = true;
    if (isScalar(pair.value) && typeof pair.value.value === 'string' && QUOTED.has(field.key)) {
      pair.value.type = Scalar.QUOTE_DOUBLE;
    }
    if (field.comment?.length && isScalar(pair.key)) {
      pair.key.commentBefore = field.comment.map((line) => ` ${commentSafe(line)}`).join('\n');
    }
  });
  const hints = closing.map((line) => `# ${commentSafe(line)}\n`).join('');
  return `---\n${doc.toString({lineWidth: 0, flowCollectionPadding: false})}${hints}---\n`;
}

/**
 * Text shown in a YAML comment: one line, without control characters or the
 * bidi controls that would reorder the line around it (CVE-2021-42574).
 */
export function commentSafe(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A diagnostic as a command's one line: its message, then its rule and field. */
function diagnosticLine(d: Diagnostic): string {
  return `${d.message} (${d.rule}${d.field ? ` on ${d.field}` : ''})`;
}

/** The checker's word on a file a command writes, sorted by what the command does with it. */
interface Verdict {
  /** Errors the author did not ask for: the command refuses, with these lines. */
  refused: string[];
  /** Fields the command leaves to its author, which the checker flags until written. */
  left: string[];
  /** Warnings and notes: shown on stderr, the file is written all the same. */
  notes: string[];
}

function verdictOf(diagnostics: readonly Diagnostic[], leftToAuthor: (d: Diagnostic) => boolean): Verdict {
  return {
    refused: diagnostics.filter((d) => d.severity === 'error' && !leftToAuthor(d)).map(diagnosticLine),
    left: [...new Set(diagnostics.filter(leftToAuthor).map((d) => d.field))],
    notes: diagnostics
      .filter((d) => d.severity !== 'error' && !leftToAuthor(d))
      .map((d) => `${d.severity}: ${diagnosticLine(d)}`),
  };
}
