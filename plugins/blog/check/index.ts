/**
 * The checker: load (I/O) → parse → validate (pure) → diagnostics. The build,
 * the dev server, the `check` command and the tests all call `checkSite`.
 */
import path from 'node:path';
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
import {loadTranslationFacts, saveTranslationFacts} from './translations/facts';

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
  };
}

export async function checkSite(siteDir: string, options: CheckSiteOptions = {}): Promise<CheckResult> {
  const layout = layoutOf(siteDir, options);
  const site = await loadSite(layout, withoutBytes);
  const facts = await gatherFacts(site, {...DEFAULT_OPTIONS, ...options.checker});
  const result = validate(site, facts, {...DEFAULT_OPTIONS, ...options.checker});
  await saveTranslationFacts(facts.siteDir, facts);
  return result;
}

async function gatherFacts(site: LoadedSite, options: CheckerOptions): Promise<SiteFacts> {
  // The check command passes the option as the config writes it: fill in the defaults.
  const cards = {...DEFAULT_OPTIONS.socialCards, ...options.socialCards};
  const facts: SiteFacts = {
    siteDir: site.layout.siteDir,
    defaultLocale: site.layout.defaultLocale,
    locales: site.layout.locales,
    blogFolder: `${path.relative(site.layout.siteDir, path.resolve(site.layout.siteDir, site.layout.blogPath)).split(path.sep).join('/')}/`,
    tags: site.tags,
    authors: site.authors,
    images: new Map(),
    staticDirs: site.layout.staticDirs.map((d) => path.resolve(site.layout.siteDir, d)),
    settings: {required: options.requiredFields, socialCards: cards.enabled, socialCardsAll: cards.all},
    ...(cards.enabled ? {cardCoverage: combinedCoverage(await loadCardFonts())} : {}),
  };
  Object.assign(facts, await loadTranslationFacts(facts.siteDir, facts.blogFolder));
  const paths = site.posts.flatMap((post) =>
    post.parsed.data ? imagePathsToInspect(post, post.parsed.data, facts) : [],
  );
  return {...facts, images: paths.length ? await loadImageFacts(paths, site.layout.siteDir) : new Map()};
}

/** Pure: posts and facts in, diagnostics out. */
export function validate(site: LoadedSite, facts: SiteFacts, options: CheckerOptions): CheckResult {
  const settings = ruleSettings(options.preset, options.rules);
  const severityOf = (rule: string): Severity | undefined => {
    const setting = settings.get(rule);
    return setting === 'off' ? undefined : setting;
  };
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const perPost = new Map<PostInput, Diagnostic[]>();

  const emit = (post: PostInput, finding: Finding, refused?: 'error') => {
    const severity = refused ?? severityOf(finding.rule);
    if (!severity) return;
    const range = finding.range ?? post.parsed.locate(finding.path, finding.at ?? 'value');
    const diagnostic: Diagnostic = {
      file: post.file,
      ...range,
      locale: post.locale,
      field: formatFieldPath(finding.path),
      rule: finding.rule,
      messageId: finding.messageId,
      severity,
      message: finding.message,
      ...(severity === 'error' && (refused || BLOCKING_RULES.has(finding.rule)) ? {blocking: true as const} : {}),
    };
    diagnostics.push(diagnostic);
    perPost.get(post)!.push(diagnostic);
  };

  const checked: CheckedPost[] = [];
  for (const post of site.posts) {
    perPost.set(post, []);
    const findings = [...post.parsed.findings];
    const data = post.parsed.data;
    if (data) {
      for (const check of POST_CHECKS) findings.push(...safely(() => check(post, data, facts), check.name));
      checked.push({post, data});
    }
    for (const {finding, severity} of withRefusalsMerged(findings, severityOf)) emit(post, finding, severity);
  }
  for (const check of SITE_CHECKS) {
    for (const [post, findings] of check(checked, facts)) for (const finding of findings) emit(post, finding);
  }

  for (const problem of site.registryProblems) {
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
  const postByFile = new Map(site.posts.map((post) => [post.file, post]));

  const byPosition = (a: Diagnostic, b: Diagnostic) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
  diagnostics.sort(byPosition);
  for (const list of perPost.values()) list.sort(byPosition);
  return {
    files: site.posts.length,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics,
    sources: {get: (file) => sources.get(file) ?? postByFile.get(file)?.parsed.source},
    posts: site.posts.map((post) => ({post, data: post.parsed.data, diagnostics: perPost.get(post)!})),
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
    const message = error instanceof Error ? error.message : String(error);
    return [checkerInternal.report('failed', {path: []}, {check, error: message.split('\n')[0]!})];
  }
}
