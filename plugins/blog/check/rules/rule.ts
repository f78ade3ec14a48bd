/**
 * What a rule of the checker is: one object holding its id, default severity,
 * what it finds, what to do about it, whether it keeps the blog plugin from
 * loading the post, where it runs, its messages and its check. Rules are
 * defined with `defineRule` in the module of their family and listed once in
 * the registry (./index.ts), which derives everything else from them.
 */
// The kernel of the checker: it imports nothing, so that the parser, the
// context and every rule family can import it without a circle.

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/**
 * Why a rule exists, which decides the presets it is on in
 * (./presets.ts): `docusaurus`, what Docusaurus's blog plugin itself refuses
 * or cannot read; `safety`, what would harm a reader or the build whatever
 * the site's taste (unsafe URLs, paths out of the site, bidi and invisible
 * characters, markup in registries); `house`, this site's own policy
 * (required fields, registry-only tags, lengths, card and translation rules).
 */
export type RuleCategory = 'docusaurus' | 'safety' | 'house';

/**
 * Where a rule's findings come from: `parse`, the parser reading a post's
 * bytes (check/parse); `post`, a check of one post's front matter; `site`, a
 * check across posts and locales; `registry`, the loader reading the site's
 * files that are no posts: tags.yml, authors.yml, the static folders
 * (check/load); `checker`, the checker reporting its own failure
 * (check/index.ts).
 */
type RuleScope = 'parse' | 'post' | 'site' | 'registry' | 'checker';

/** A path into the front matter: `['tags', 1]` is `tags[1]`. */
export type FieldPath = readonly (string | number)[];

/** `['tags', 1]` → `tags[1]`, `['last_update', 'date']` → `last_update.date`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

/** 1-based, as editors count. `endColumn` is exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a rule finds, before the site's severity is applied. */
export interface Finding {
  /** A rule id of the registry (./index.ts, `RuleId`). */
  rule: string;
  /** Which of the rule's messages: stable where the text may change. */
  messageId: string;
  path: FieldPath;
  message: string;
  /** Point at the key rather than the value (unknown fields, duplicates). */
  at?: 'key' | 'value';
  /** An explicit range when the finding is not about a front matter node. */
  range?: Range;
  /**
   * What the message says, as data, for a reader that words it in the page's
   * language (the translation status page): set by the rules it shows.
   */
  data?: Readonly<Record<string, unknown>>;
}

/** The checker's output; the JSON report prints it without `messageId`. */
export interface Diagnostic extends Range {
  file: string;
  locale: string;
  field: string;
  /** A rule id of the registry (./index.ts, `RuleId`). */
  rule: string;
  /** The finding's message id: for tests and tools, never printed in the JSON report. */
  messageId?: string;
  /**
   * An error the blog plugin cannot load the post with: one of a blocking
   * rule, or one that stands for Docusaurus's refusal of the value
   * (check/index.ts). The dev server leaves such a post out.
   */
  blocking?: true;
  severity: Severity;
  message: string;
  /** The finding's data, where its rule gives it (Finding's `data`): never printed in the JSON report. */
  data?: Readonly<Record<string, unknown>>;
}

/** Each message turns its own typed data into the text the author reads; `report` checks the data per message. */
type Messages = Record<string, (data: never) => string>;

/**
 * How a rule is run: by its own check, or by the parser, the loader or the
 * checker, which report it as they go. The check's parameters (the context's
 * PostCheck and SiteCheck) are typed where the registry lists the checks.
 */
type Runs =
  | {scope: Extract<RuleScope, 'post' | 'site'>; check: (...args: never[]) => unknown}
  | {scope: Exclude<RuleScope, 'post' | 'site'>};

type RuleBase<Id extends string, M extends Messages> = {
  id: Id;
  severity: Severity;
  category: RuleCategory;
  /** One line: what it finds. */
  description: string;
  /** What to do about it (Markdown). */
  fix: string;
  /** Whether the blog plugin itself cannot load a post with this error (the dev server leaves the post out). */
  blocking: boolean;
  messages: M;
};

export type RuleSpec<Id extends string, M extends Messages, R extends Runs = Runs> = RuleBase<Id, M> & R;

/** Where a finding points: a front matter path, its key or value, or an explicit range. */
interface Where {
  path: FieldPath;
  at?: 'key' | 'value';
  range?: Range;
}

export type Rule<Id extends string = string, M extends Messages = Messages, R extends Runs = Runs> = RuleSpec<
  Id,
  M,
  R
> & {
  /** A finding of this rule, with the message `messageId` made from `data`. */
  report<K extends keyof M & string>(messageId: K, where: Where, ...data: Parameters<M[K]>): Finding;
};

/** A rule; its check keeps its own type, for the registry to list it as a PostCheck or a SiteCheck. */
export function defineRule<const Id extends string, M extends Messages, R extends Runs>(
  spec: RuleSpec<Id, M, R>,
): Rule<Id, M, R> {
  return {
    ...spec,
    report(messageId, where, ...data) {
      const format = spec.messages[messageId];
      // The type of `report` only admits ids of `messages`.
      if (!format) throw new Error(`rule ${spec.id} has no message "${messageId}"`);
      const message: string = Reflect.apply(format, undefined, data);
      return {rule: spec.id, messageId, ...where, message};
    },
  };
}
