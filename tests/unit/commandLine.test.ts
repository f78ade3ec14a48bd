import {describe, expect, it} from 'vitest';
import {parseCommandLine, splitList, UsageError} from '../../plugins/blog/commands/cli';

const USAGE = 'usage: test [--title T] [--tags a,b] [--check]';
const SPEC = {
  usage: USAGE,
  options: {
    title: {type: 'string'},
    format: {type: 'string', short: 'f'},
    tags: {type: 'string', multiple: true},
    check: {type: 'boolean'},
  },
  positionalHint: 'give the title with --title "…"',
} as const;

const parse = (...argv: string[]) => parseCommandLine(SPEC, argv);
const usageError = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
};

describe('the command line of every command', () => {
  it('reads values, repeated lists and flags', () => {
    const {values} = parse('--title', 'x', '--tags', 'a,b', '--tags=c', '--check', '-f', 'json');
    expect(values).toEqual({title: 'x', tags: ['a,b', 'c'], check: true, format: 'json'});
  });

  it('takes the argument after an option as its value, even when it starts with "-"', () => {
    expect(parse('--title', '-1 °C').values.title).toBe('-1 °C');
    expect(parse('--title', '- "Quoted"').values.title).toBe('- "Quoted"');
    expect(parse('-f', '--check').values).toEqual({format: '--check'});
  });

  it.each([
    [['--tagz', 'ai'], `unknown option --tagz; ${USAGE}`],
    [['--tagz=ai'], `unknown option --tagz; ${USAGE}`],
    [['-x'], `unknown option -x; ${USAGE}`],
    [['--title'], `--title needs a value; ${USAGE}`],
    [['-f'], `--format needs a value; ${USAGE}`],
    [['--check=yes'], `--check takes no value; ${USAGE}`],
    [['--title', 'a', '--title', 'b'], '--title is given twice ("a" and "b"); give it once'],
    [['stray'], `unexpected argument "stray": give the title with --title "…"; ${USAGE}`],
    [['--', '--title'], `unexpected argument "--title": give the title with --title "…"; ${USAGE}`],
  ])('refuses %j with one line in our words', (argv, message) => {
    expect(usageError(...argv)).toBe(message);
  });

  it('quotes a value so that the message stays one line', () => {
    expect(usageError('--title', 'a', '--title', 'two\nlines')).toBe(
      '--title is given twice ("a" and "two\\nlines"); give it once',
    );
  });

  it('splits lists on commas and Arabic commas', () => {
    expect(splitList(['ai، مفتوح المصدر', ' a , ,b'])).toEqual(['ai', 'مفتوح المصدر', 'a', 'b']);
    expect(splitList(undefined)).toEqual([]);
  });
});
