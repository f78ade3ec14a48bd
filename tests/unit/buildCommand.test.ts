import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {anotherLocaleFollows, isBuildCommand} from '../../plugins/blog/plugin/upstream/buildCommand';

const root = path.resolve(__dirname, '../..');
/** The command as `npm run build` starts it: a symbolic link to @docusaurus/core/bin/docusaurus.mjs. */
const docusaurus = path.join(root, 'node_modules/.bin/docusaurus');

describe('isBuildCommand', () => {
  it('knows `docusaurus build`, by the link npm runs or by the file itself', () => {
    expect(isBuildCommand([process.execPath, docusaurus, 'build'])).toBe(true);
    expect(
      isBuildCommand([process.execPath, path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build']),
    ).toBe(true);
  });

  it('leaves every other process alone: other commands, other programs, a missing file', () => {
    expect(isBuildCommand([process.execPath, docusaurus, 'start'])).toBe(false);
    expect(isBuildCommand([process.execPath, docusaurus])).toBe(false);
    expect(isBuildCommand([process.execPath, path.join(root, 'node_modules/.bin/vitest'), 'build'])).toBe(false);
    expect(
      isBuildCommand([process.execPath, path.join(root, 'missing/@docusaurus/core/bin/docusaurus.mjs'), 'build']),
    ).toBe(false);
  });
});

describe('anotherLocaleFollows', () => {
  const i18n = (currentLocale: string, locales = ['en', 'ar', 'fa']) => ({
    i18n: {defaultLocale: 'en', locales, currentLocale},
  });

  it("lets a locale's index be written while the next locale builds, in the command that builds every locale", () => {
    const argv = [process.execPath, docusaurus, 'build'];
    // Docusaurus builds the default locale first, then the others in the config's order.
    expect(anotherLocaleFollows(i18n('en') as never, argv)).toBe(true);
    expect(anotherLocaleFollows(i18n('ar') as never, argv)).toBe(true);
    expect(anotherLocaleFollows(i18n('fa') as never, argv)).toBe(false);
    expect(anotherLocaleFollows(i18n('en', ['ar', 'fa', 'en']) as never, argv)).toBe(true);
    expect(anotherLocaleFollows(i18n('fa', ['ar', 'fa', 'en']) as never, argv)).toBe(false);
    expect(anotherLocaleFollows(i18n('en', ['en']) as never, argv)).toBe(false);
  });

  it('waits for the index in a build of chosen locales, and outside the build command', () => {
    for (const locale of [['--locale', 'en'], ['--locale=en'], ['-l', 'en'], ['-len']]) {
      expect(anotherLocaleFollows(i18n('en') as never, [process.execPath, docusaurus, 'build', ...locale])).toBe(false);
    }
    expect(anotherLocaleFollows(i18n('en') as never, [process.execPath, docusaurus, 'start'])).toBe(false);
    expect(
      anotherLocaleFollows(i18n('en') as never, [process.execPath, path.join(root, 'bench/run.ts'), 'build']),
    ).toBe(false);
  });
});

/** Runs a Node process that calls exitWhenBuilt with these arguments, then sets exit code 3 and listens as other plugins might. */
async function run(argv: string[], hang = false): Promise<{code: number; stdout: string}> {
  const script = `
    const loaded = await import(${JSON.stringify(path.join(root, 'plugins/blog/plugin/upstream/buildCommand.ts'))});
    const {exitWhenBuilt} = loaded.default ?? loaded;
    exitWhenBuilt(${JSON.stringify(argv)});
    exitWhenBuilt(${JSON.stringify(argv)});
    ${hang ? '' : 'process.exitCode = 3;'}
    process.on('exit', (code) => console.log('exit listener, code ' + code));
    process.on('beforeExit', () => console.log('later beforeExit listener'));
    setTimeout(() => console.log('pending work done'), 50);
    ${hang ? 'await new Promise(() => {});' : ''}
  `;
  try {
    const {stdout} = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: root,
      },
    );
    return {code: 0, stdout};
  } catch (error) {
    const {code, stdout} = error as {code: number; stdout: string};
    return {code, stdout};
  }
}

describe("exitWhenBuilt, in a build's process", () => {
  it('exits once nothing is left to run, with the exit code, and the exit listeners run', async () => {
    const {code, stdout} = await run([process.execPath, docusaurus, 'build']);
    expect(code).toBe(3);
    expect(stdout.trim().split('\n')).toEqual(['pending work done', 'exit listener, code 3']);
  });

  it('leaves a command whose work stopped unfinished to Node, which ends it with code 13', async () => {
    const {code, stdout} = await run([process.execPath, docusaurus, 'build'], true);
    expect(code).toBe(13);
    expect(stdout.trim().split('\n').slice(0, 2)).toEqual(['pending work done', 'later beforeExit listener']);
  });

  it('changes nothing in any other process', async () => {
    const {code, stdout} = await run([process.execPath, docusaurus, 'start']);
    expect(code).toBe(3);
    expect(stdout.trim().split('\n')).toEqual([
      'pending work done',
      'later beforeExit listener',
      'exit listener, code 3',
    ]);
  });
});
