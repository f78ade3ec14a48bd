/**
 * What every command shares: its command line, read by node:util's parseArgs,
 * the two ways it fails (called wrongly: exit 2; refusing: exit 1), and
 * `runCommand`, which turns them into exit codes and one-line messages.
 */
import {parseArgs, type ParseArgsOptionsConfig} from 'node:util';
import {firstLine, literal} from '../shared/text';

/** Exit 2: the command was called wrongly (an unknown option, a missing value, no such site). */
export class UsageError extends Error {}

/** Exit 1: the command understood the request and refuses it; one line per problem. */
export class Refusal extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** `--help` or `-h`: the usage on stdout, exit 0. */
class HelpRequest extends Error {}

interface CommandLineSpec<O extends ParseArgsOptionsConfig> {
  /** The usage line, shown by --help and after every usage error. */
  usage: string;
  options: O;
  /** Whether the command takes positional arguments (parseArgs' allowPositionals). */
  allowPositionals?: boolean;
  /** What to write instead of an unexpected argument, e.g. 'give the title with --title "…"'. */
  positionalHint?: string;
}

const HELP = {help: {type: 'boolean', short: 'h'}} as const;

/**
 * The command line, as parseArgs in strict mode reads it, with its errors in
 * our words. An option given once may not be given twice; one that may repeat
 * says so with `multiple: true`.
 */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(
  spec: CommandLineSpec<O>,
  argv: readonly string[] = process.argv.slice(2),
) {
  const args = joinDashValues(argv, spec.options);
  const options = {...spec.options, ...HELP};
  let parsed;
  try {
    parsed = parseArgs({args, options, strict: true, allowPositionals: spec.allowPositionals ?? false, tokens: true});
  } catch (error) {
    throw usageErrorOf(error, args, spec);
  }
  if (parsed.tokens.some((t) => t.kind === 'option' && t.name === 'help')) throw new HelpRequest(spec.usage);
  const seen = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined || spec.options[token.name]?.multiple) continue;
    const first = seen.get(token.name);
    if (first !== undefined) {
      throw new UsageError(
        `--${token.name} is given twice (${literal(first)} and ${literal(token.value)}); give it once`,
      );
    }
    seen.set(token.name, token.value);
  }
  return {values: parsed.values, positionals: parsed.positionals};
}

/**
 * `--title "-1 °C"` as `--title=-1 °C`: after an option that takes a value,
 * the next argument is that value whatever it looks like (a title may start
 * with "-"), where strict parseArgs refuses it as ambiguous.
 */
function joinDashValues(argv: readonly string[], options: ParseArgsOptionsConfig): string[] {
  const byShort = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) if (option.short) byShort.set(`-${option.short}`, name);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const name = arg.startsWith('--') ? arg.slice(2) : byShort.get(arg);
    const next = argv[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next?.startsWith('-')) {
      out.push(`--${name}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/**
 * parseArgs' error in our words. Its messages name the option in their own
 * way (`Option '-f, --format <value>' argument missing`), so the argument at
 * fault is found again in a lenient reading of the same command line.
 */
function usageErrorOf(error: unknown, args: string[], spec: CommandLineSpec<ParseArgsOptionsConfig>): UsageError {
  const {options, usage} = spec;
  const {tokens} = parseArgs({args, options, strict: false, allowPositionals: true, tokens: true});
  const optionOf = (name: string) => (Object.hasOwn(options, name) ? options[name] : undefined);
  for (const token of tokens) {
    const problem = problemOf((error as {code?: string}).code, token, optionOf, spec.positionalHint);
    if (problem) return new UsageError(`${problem}; ${usage}`);
  }
  return new UsageError(`${firstLine(error)}; ${usage}`);
}

type Token = ReturnType<typeof parseArgs<{tokens: true; strict: false}>>['tokens'][number];

/** What is wrong with this argument, if it is the one parseArgs' error `code` is about. */
function problemOf(
  code: string | undefined,
  token: Token,
  optionOf: (name: string) => ParseArgsOptionsConfig[string] | undefined,
  positionalHint: string | undefined,
): string | undefined {
  if (token.kind === 'positional') {
    if (code !== 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return undefined;
    return `unexpected argument ${literal(token.value)}${positionalHint ? `: ${positionalHint}` : ''}`;
  }
  if (token.kind !== 'option' || token.name === 'help') return undefined;
  const option = optionOf(token.name);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return option ? undefined : `unknown option ${token.rawName}`;
  if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || !option) return undefined;
  if (option.type === 'string' && token.value === undefined) return `--${token.name} needs a value`;
  if (option.type === 'boolean' && token.value !== undefined) return `--${token.name} takes no value`;
  return undefined;
}

/** "a,b، c" → ['a', 'b', 'c']: commas, Arabic commas (U+060C) and spaces around them. */
export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(/[,\u060C]/))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Where the user ran the command: npm runs scripts from the package's folder
 * and keeps the caller's folder in INIT_CWD.
 */
export function callerDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** All of stdin, as text: the input of a command that a build runs in a child process. */
export async function readInput(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

/**
 * Runs a command: exit 0 when done (or the code it returns), 1 when refused,
 * 2 when called wrongly or when it could not run. Every problem is one line on
 * stderr, prefixed with the command's name; never a stack trace.
 */
export function runCommand(name: string, main: () => Promise<number | void>): void {
  // A reader that stops early (`npm run check | head`) closes the pipe: what
  // is left of the output goes nowhere, and the command ends as it would have,
  // with its own exit code. Any other failure to write is one line and exit 2.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') return;
      if (stream !== process.stderr)
        process.stderr.write(`${name}: the output could not be written (${error.code ?? error.message})\n`);
      process.exit(2);
    });
  }
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      process.exitCode = reportFailure(name, error);
    },
  );
}

function reportFailure(name: string, error: unknown): number {
  if (error instanceof HelpRequest) {
    process.stdout.write(`${error.message}\n`);
    return 0;
  }
  if (error instanceof Refusal) {
    for (const problem of error.problems) process.stderr.write(`${name}: ${problem}\n`);
    return 1;
  }
  const message = error instanceof UsageError ? error.message : `the command could not run: ${firstLine(error)}`;
  process.stderr.write(`${name}: ${message}\n`);
  return 2;
}
