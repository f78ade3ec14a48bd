/**
 * The checker: load (I/O) → parse → validate (pure) → diagnostics. The build,
 * the dev server, the `check` command and the tests all call `checkSite`.
 */
import path from 'node:path';
import {firstLine} from '../shared/text';
import type {CheckedPost, PostInput, SiteFacts} from './context';
import {imagePathsToInspect} from './rules/image';
import {loadImageFacts} from './load/images';
import {loadSite, type LoadedSite, type SiteLayout} from './load';
import {withoutBytes} from './retained';
import {combinedCoverage, loadCardFonts} from '../cards/fonts';
import {DEFAULT_OPTIONS, type CheckerOptions} from './options';
import {
  formatFieldPath,
  POST_CHECKS,
  SITE_CHECKS,
  type Diagnostic,
  type Finding,
  BLOCKING_RULES,
  SAYS_MORE_THAN_DOCUSAURUS,
  type Severity,
} from './rules';
import {checkerInternal} from './rules/checker';
import {ruleSettings} from './rules/presets';
import {docusaurusRefused} from './rules/docusaurus';
import type {TranslationFacts} from './translations/facts';
import {loadHistory} from './translations/history';
import {postIdentifier} from './translations/languageThread';

export interface CheckResult {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
  /** File text by site-relative path, for code frames (decoded when asked for). */
  sources: {get: (file: string) => string | undefined};
  /** Every post with its parsed front matter (undefined when unreadable). */
  posts: {post: PostInput; data: Record<string, unknown> | undefined; diagnostics: Diagnostic[]}[];
  facts: SiteFacts;
}

export interface CheckSiteOptions extends Partial<Omit<SiteLayout, 'siteDir'>> {
  checker?: Partial<CheckerOptions>;
  /**
   * A large blog's languages identified in a thread of their own
   * (translations/languageThread.ts): for the commands (check, translations,
   * new-post, translate-post), whose process is theirs alone; the build and the
   * dev server identify in their own thread.
   */
  languageThread?: boolean;
}

/** Where a site keeps its posts and registries, from the options its config gives. */
export function layoutOf(siteDir: string, options: CheckSiteOptions): SiteLayout {
  const defaultLocale = options.defaultLocale ?? 'en';
  return {
    siteDir: path.resolve(siteDir),
    defaultLocale,
    locales: options.locales ?? [defaultLocale],
    blogPath: options.blogPath ?? 'blog',
    pluginId: options.pluginId,
    include: options.include,
    exclude: options.exclude,
    staticDirs: options.staticDirs ?? ['static'],
    tagsFile: options.tagsFile ?? 'tags.yml',
    authorsFile: options.authorsFile ?? 'authors.yml',
    ...(options.docusaurusBlog ? {docusaurusBlog: true} : {}),
  };
}

export async function checkSite(siteDir: string, options: CheckSiteOptions = {}): Promise<CheckResult> {
  const layout = layoutOf(siteDir, options);
  const checker = {...DEFAULT_OPTIONS, ...options.checker};
  // git's history is read by a process of its own while the posts are read.
  const history = postHistory(layout);
  // The posts' languages are identified as they are read, in a thread of their own on a large blog.
  const identifier = await postIdentifier(layout, options.languageThread ?? false);
  const site = await loadSite(layout, (post) => withoutBytes(identifier.read(post)));
  const [languages, known] = await Promise.all([identifier.finish(site.posts), history]);
  const facts = await gatherFacts(site, checker, {...(languages ? {languages} : {}), history: known});
  const result = validate(site, facts, checker);
  await identifier.save();
  return result;
}

/** The default locale's blog folder, relative to the site, with a trailing slash ("blog/"). */
const blogFolderOf = (layout: SiteLayout) =>
  `${path.relative(layout.siteDir, path.resolve(layout.siteDir, layout.blogPath)).split(path.sep).join('/')}/`;

/** When each post changed, from git: the default locale's blog folder and the translations' (translation-stale). */
export const postHistory = (layout: SiteLayout): Promise<TranslationFacts['history']> =>
  loadHistory(layout.siteDir, [blogFolderOf(layout), 'i18n']);

/** The facts every check reads; the images' facts come from the posts (gatherFacts). */
export async function siteFacts(
  layout: SiteLayout,
  registries: Pick<LoadedSite, 'tags' | 'authors'>,
  options: CheckerOptions,
  {coverage = true}: {coverage?: boolean} = {},
): Promise<SiteFacts> {
  // The check command passes the option as the config writes it: fill in the defaults.
  const cards = {...DEFAULT_OPTIONS.socialCards, ...options.socialCards};
  return {
    siteDir: layout.siteDir,
    defaultLocale: layout.defaultLocale,
    locales: layout.locales,
    blogFolder: blogFolderOf(layout),
    tags: registries.tags,
    authors: registries.authors,
    images: new Map(),
    staticDirs: layout.staticDirs.map((d) => path.resolve(layout.siteDir, d)),
    settings: {
      required: options.requiredFields,
      socialCards: cards.enabled,
      socialCardsAll: cards.all,
      docusaurusTags: layout.docusaurusBlog === true,
      registryFiles: {tags: layout.tagsFile, authors: layout.authorsFile},
      rulesOff: new Set(
        [...ruleSettings(options.preset, options.rules)].flatMap(([id, setting]) => (setting === 'off' ? [id] : [])),
      ),
    },
    ...(cards.enabled && coverage ? {cardCoverage: combinedCoverage(await loadCardFonts())} : {}),
  };
}

/** The site's facts for its posts, with what the translation rules read from disk (the language cache, git's history). */
export async function gatherFacts(
  site: LoadedSite,
  options: CheckerOptions,
  translation: Partial<TranslationFacts>,
): Promise<SiteFacts> {
  const facts = await siteFacts(site.layout, site, options);
  if (translation.languages) facts.languages = translation.languages;
  if (translation.history) facts.history = translation.history;
  const paths = site.posts.flatMap((post) =>
    post.parsed.data ? imagePathsToInspect(post, post.parsed.data, facts) : [],
  );
  return {...facts, images: paths.length ? await loadImageFacts(paths, site.layout.siteDir) : new Map()};
}

type SeverityOf = (rule: string) => Severity | undefined;

/** What the options make of each rule: its severity, or undefined when it is off. */
export function severities(options: CheckerOptions): SeverityOf {
  const settings = ruleSettings(options.preset, options.rules);
  return (rule) => {
    const setting = settings.get(rule);
    return setting === 'off' ? undefined : setting;
  };
}

/** A post with the problems found in it. */
export type CheckedOutcome = CheckResult['posts'][number];

/** A finding as the report shows it, located in its post; undefined when its rule is off. */
function diagnosticOf(
  post: PostInput,
  finding: Finding,
  severityOf: SeverityOf,
  refused?: 'error',
): Diagnostic | undefined {
  const severity = refused ?? severityOf(finding.rule);
  if (!severity) return undefined;
  const range = finding.range ?? post.parsed.locate(finding.path, finding.at ?? 'value');
  return {
    file: post.file,
    ...range,
    locale: post.locale,
    field: formatFieldPath(finding.path),
    rule: finding.rule,
    messageId: finding.messageId,
    severity,
    message: finding.message,
    ...(finding.data ? {data: finding.data} : {}),
    ...(severity === 'error' && (refused || BLOCKING_RULES.has(finding.rule)) ? {blocking: true as const} : {}),
  };
}

/** One post's own checks (not those across posts), located. */
export function checkPost(post: PostInput, facts: SiteFacts, severityOf: SeverityOf): CheckedOutcome {
  const findings = [...post.parsed.findings];
  const data = post.parsed.data;
  if (data) for (const check of POST_CHECKS) findings.push(...safely(() => check(post, data, facts), check.name));
  const diagnostics: Diagnostic[] = [];
  for (const {finding, severity} of withRefusalsMerged(findings, severityOf)) {
    const diagnostic = diagnosticOf(post, finding, severityOf, severity);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return {post, data, diagnostics};
}

/** Pure: posts and facts in, diagnostics out. */
export function validate(site: LoadedSite, facts: SiteFacts, options: CheckerOptions): CheckResult {
  const severityOf = severities(options);
  const outcomes = site.posts.map((post) => checkPost(post, facts, severityOf));
  return completed(outcomes, site.registryProblems, facts, severityOf);
}

/**
 * The checks across posts over the posts' own outcomes (in the order the posts
 * were read), the registries' problems, and the report's order.
 */
export function completed(
  outcomes: CheckedOutcome[],
  registryProblems: LoadedSite['registryProblems'],
  facts: SiteFacts,
  severityOf: SeverityOf,
): CheckResult {
  // The posts' own problems, then those across posts, then the registries': ties keep that order.
  const diagnostics = outcomes.flatMap((outcome) => outcome.diagnostics);
  const perPost = new Map(outcomes.map((outcome) => [outcome.post, outcome.diagnostics]));
  const checked: CheckedPost[] = [];
  for (const {post, data} of outcomes) if (data) checked.push({post, data});
  for (const check of SITE_CHECKS) {
    for (const [post, findings] of check(checked, facts)) {
      for (const finding of findings) {
        const diagnostic = diagnosticOf(post, finding, severityOf);
        if (!diagnostic) continue;
        diagnostics.push(diagnostic);
        perPost.get(post)!.push(diagnostic);
      }
    }
  }

  const sources = new Map<string, string>();
  for (const problem of registryProblems) {
    const {rule, messageId, message} = problem.finding;
    const severity = severityOf(rule);
    if (!severity) continue;
    sources.set(problem.file, problem.source);
    diagnostics.push({
      file: problem.file,
      ...problem.range,
      locale: problem.locale,
      field: '',
      rule,
      messageId,
      severity,
      message,
    });
  }

  // File text for code frames, decoded only when a report shows it: decoding
  // every post's body would cost more than the whole check.
  const postByFile = new Map(outcomes.map(({post}) => [post.file, post]));

  const byPosition = (a: Diagnostic, b: Diagnostic) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
  diagnostics.sort(byPosition);
  for (const list of perPost.values()) list.sort(byPosition);
  return {
    files: outcomes.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics,
    sources: {get: (file) => sources.get(file) ?? postByFile.get(file)?.parsed.source},
    posts: outcomes,
    facts,
  };
}

/**
 * Docusaurus's refusals (rule docusaurus-refused) merged with the rules that
 * judge the same thing (SAYS_MORE_THAN_DOCUSAURUS): where such a rule reports
 * at a refused field, its message says more and stands for the refusal, as an
 * error whatever the preset makes of the rule (field-type on `draft: 'yes'` is
 * an error, on `draft: 'true'`, which Docusaurus reads, only what the preset
 * says). One problem is told once. With that rule off, the refusal is the
 * post's error. A rule about a whole field (`authors` of the wrong type) covers
 * the refusals inside it (`authors[0].url`). Done here rather than in the rule
 * because a post's checks do not see each other's findings.
 */
function withRefusalsMerged(
  findings: Finding[],
  severityOf: (rule: string) => Severity | undefined,
): {finding: Finding; severity?: 'error'}[] {
  const refused = findings.filter((f) => f.rule === docusaurusRefused.id).map((f) => f.path);
  const saysMore = (f: Finding) => SAYS_MORE_THAN_DOCUSAURUS.has(f.rule) && f.path.length > 0 && severityOf(f.rule);
  const within = (outer: Finding['path'], inner: Finding['path']) =>
    outer.length <= inner.length && outer.every((part, i) => part === inner[i]);
  const standIns = findings.filter(saysMore);
  return findings.flatMap((finding) => {
    if (finding.rule === docusaurusRefused.id)
      return standIns.some((other) => within(other.path, finding.path)) ? [] : [{finding}];
    if (standIns.includes(finding) && refused.some((path) => within(finding.path, path)))
      return [{finding, severity: 'error' as const}];
    return [{finding}];
  });
}

/** A check that throws is a bug of ours; it must not hide the other problems. */
function safely(run: () => Finding[], check: string): Finding[] {
  try {
    return run();
  } catch (error) {
    return [checkerInternal.report('failed', {path: []}, {check, error: firstLine(error)})];
  }
}
