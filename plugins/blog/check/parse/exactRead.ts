/**
 * Step 5, exact read: the `yaml` document, with the position of every node.
 * It reports syntax errors where they are, duplicate keys, aliases, merge keys
 * and tags (never expanded), and what Docusaurus's own reader would refuse.
 */
import jsYaml from 'js-yaml';
import {CST, isScalar, LineCounter, Parser, parseDocument, visit, type Document, type Node} from 'yaml';
import {
  frontmatterNotMapping,
  yamlAlias,
  yamlCustomTag,
  yamlDuplicateKey,
  yamlSyntax,
  yamlTooLarge,
} from '../rules/parsing';
import type {FieldPath, Finding, Range} from '../rules/rule';
import {MAY_HIDE_YAML_FEATURES} from './fastRead';
import type {FrontMatterRead, FrontMatterText} from './findFrontMatter';
import {MAX_DEPTH} from './limits';
import {locator} from './locate';

export function exactRead(frontMatter: FrontMatterText): FrontMatterRead {
  const {yamlText, firstLine} = frontMatter;
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, {
      uniqueKeys: true,
      merge: false,
      prettyErrors: false,
      strict: true,
      lineCounter: new LineCounter(),
    });
  } catch {
    return {data: undefined, findings: [yamlTooLarge.report('tooDeepToRead', {path: [], range: firstLine})]};
  }
  const findings = syntaxErrors(doc, frontMatter);
  const unsafe = unsafeFeatures(doc, frontMatter);
  findings.push(...unsafe.findings);
  const locate = locator(doc, frontMatter.fileRange, firstLine);
  if (doc.errors.length > 0 || unsafe.found) return {data: undefined, findings, locate};

  const read = docusaurusRead(frontMatter);
  if ('refused' in read) return {data: undefined, findings: [...findings, read.refused], locate};

  let data: unknown;
  try {
    // A standard tag (`!!str 123`) is read as Docusaurus's reader reads it: js-yaml's default schema.
    data = unsafe.standardTags ? read.data : doc.toJS({maxAliasCount: 0});
  } catch (error) {
    const reason = firstSentence((error as Error).message);
    return {
      data: undefined,
      findings: [...findings, yamlSyntax.report('parser', {path: [], range: firstLine}, {reason})],
      locate,
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const range = doc.contents?.range ? frontMatter.fileRange(doc.contents.range[0], doc.contents.range[1]) : firstLine;
    const kind = Array.isArray(data) ? 'list' : typeof data;
    return {
      data: undefined,
      findings: [...findings, frontmatterNotMapping.report('notMapping', {path: [], range}, {kind})],
      locate,
    };
  }
  return {data: data as Record<string, unknown>, findings, locate};
}

/** The parser's errors; one broken bracket can cascade into dozens of them: the first few say it. */
function syntaxErrors(doc: Document.Parsed, {yamlText, fileRange}: FrontMatterText): Finding[] {
  const findings: Finding[] = [];
  // The parser notices a missing ] or } where the next line starts (or where
  // the text ends); the author needs the line where the [ or { opened.
  const unclosed = doc.errors.length ? unclosedFlow(yamlText) : undefined;
  if (unclosed) {
    const range = fileRange(unclosed.offset, unclosed.offset + 1);
    findings.push(yamlSyntax.report('unclosedFlow', {path: [], range}, {open: unclosed.open}));
  }
  const isFlowError = (message: string) => /\bflow (sequence|map|collection)|end with an? [\]}]/i.test(message);
  const errors = doc.errors.filter((e) => !(unclosed && isFlowError(e.message)));
  for (const error of errors.slice(0, unclosed ? 2 : 3)) {
    // The parser notices a missing closing quote where the text ends; the
    // author needs the line where the quote opened.
    const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
    if (quote) {
      const open = yamlText.lastIndexOf(quote, error.pos[0] - 1);
      const range = fileRange(Math.max(0, open), Math.max(0, open) + 1);
      findings.push(yamlSyntax.report('unclosedQuote', {path: [], range}, {quote}));
      continue;
    }
    const where = {path: [], range: fileRange(error.pos[0], error.pos[1])};
    findings.push(
      error.code === 'DUPLICATE_KEY'
        ? yamlDuplicateKey.report('duplicate', where, {
            key: yamlText.slice(error.pos[0]).split('\n')[0]!.split(':')[0]!.trim(),
          })
        : yamlSyntax.report('parser', where, {reason: firstSentence(error.message)}),
    );
  }
  return findings;
}

/**
 * Aliases, merge keys and explicit tags: no front matter field needs them, and
 * aliases are how "billion laughs" documents explode. Reported, never expanded;
 * so is nesting deeper than the limit.
 */
function unsafeFeatures(
  doc: Document.Parsed,
  {yamlText, fileRange, firstLine}: FrontMatterText,
): {findings: Finding[]; found: boolean; standardTags: boolean} {
  const findings: Finding[] = [];
  let found = false;
  let standardTags = false;
  let tooDeep = false;
  let aliases = 0;
  // Where the first alias's finding goes, once the count of the others is known.
  let aliasAt = -1;
  let aliasWhere: {path: FieldPath; range: Range} | undefined;
  let aliasSource = '';
  try {
    if (MAY_HIDE_YAML_FEATURES.test(yamlText))
      visit(doc, {
        Alias(_, node) {
          found = true;
          // One report says it: an alias bomb has hundreds of them.
          if (aliases++ === 0) {
            const [s, e] = node.range ?? [0, 1];
            aliasWhere = {path: [], range: fileRange(s, e)};
            aliasSource = node.source;
            aliasAt = findings.push(yamlAlias.report('alias', aliasWhere, {source: aliasSource, more: 0})) - 1;
          }
          return visit.SKIP;
        },
        Pair(_, pair) {
          if (isScalar(pair.key) && pair.key.value === '<<') {
            found = true;
            const [s, e] = pair.key.range ?? [0, 1];
            findings.push(yamlAlias.report('mergeKey', {path: [], range: fileRange(s, e)}));
          }
        },
        Node(_, node, path) {
          if (path.length > MAX_DEPTH * 2 + 2 && !tooDeep) {
            tooDeep = true;
            const [s, e] = node.range ?? [0, 1];
            findings.push(yamlTooLarge.report('deeperThanLimit', {path: [], range: fileRange(s, e)}));
            return visit.BREAK;
          }
          const tag = node.tag;
          if (tag && (node as {range?: unknown}).range) {
            const explicit = tagInSource(yamlText, node);
            if (explicit && STANDARD_TAGS.has(explicit)) standardTags = true;
            else if (explicit) {
              found = true;
              const [s, e] = node.range!;
              const range = fileRange(Math.max(0, s - explicit.length - 1), e);
              findings.push(yamlCustomTag.report('tag', {path: [], range}, {tag: explicit}));
            }
          }
        },
      });
  } catch {
    tooDeep = true;
    findings.push(yamlTooLarge.report('tooDeepToRead', {path: [], range: firstLine}));
  }
  if (aliases > 1 && aliasWhere) {
    findings[aliasAt] = yamlAlias.report('alias', aliasWhere, {source: aliasSource, more: aliases - 1});
  }
  return {findings, found: found || tooDeep, standardTags};
}

/**
 * The tags of YAML's own types, which Docusaurus's reader (js-yaml, default
 * schema) reads as such: `!!str 123` is the text "123". Any other tag
 * (`!foo`, `!!js/function`) it refuses.
 */
const STANDARD_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'timestamp', 'binary', 'seq', 'map', 'set', 'omap', 'pairs'].map(
    (type) => `!!${type}`,
  ),
);

/**
 * The two YAML readers differ at the edges (a key-less ": x", a lone CR as a
 * line break): what Docusaurus's reader (js-yaml, default schema, as
 * gray-matter calls it) refuses would stop the build on a stack trace, so it
 * is reported here instead. Found by tests/unit/fuzz.test.ts.
 */
function docusaurusRead({
  matter,
  yamlText,
  yamlStart,
  fileRange,
}: FrontMatterText): {data: unknown} | {refused: Finding} {
  try {
    return {data: jsYaml.load(matter)};
  } catch (error) {
    const {reason, mark} = error as {reason?: string; mark?: {position?: number}};
    const at = Math.min(Math.max(0, 3 + (mark?.position ?? 0) - yamlStart), yamlText.length);
    const refused = yamlSyntax.report(
      'docusaurusRefuses',
      {path: [], range: fileRange(at, at + 1)},
      {reason: reason ?? firstSentence((error as Error).message)},
    );
    return {refused};
  }
}

function tagInSource(yamlText: string, node: Node): string | undefined {
  // The parser records resolved tags on some nodes; only a tag written in the
  // file (`!foo`, `!!js/function`) right before the node counts.
  const start = node.range?.[0] ?? 0;
  const before = yamlText.slice(Math.max(0, start - 200), start);
  const match = /(![!\w/:.%-]*)\s*$/.exec(before);
  return match ? match[1] : undefined;
}

/** The first `[` or `{` of the front matter that is never closed, by the YAML parser's own reading. */
function unclosedFlow(yamlText: string): {open: '[' | '{'; offset: number} | undefined {
  let found: {open: '[' | '{'; offset: number} | undefined;
  for (const token of new Parser().parse(yamlText)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (node?.type !== 'flow-collection') continue;
        const open = node.start.source;
        const closer = open === '[' ? ']' : '}';
        if ((open === '[' || open === '{') && !node.end.some((t) => t.source === closer)) {
          if (!found || node.offset < found.offset) found = {open, offset: node.offset};
        }
      }
    });
  }
  return found;
}

function firstSentence(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}
