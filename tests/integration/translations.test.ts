/**
 * Translations as an author meets them: a translation older than its changed
 * original (in a git repository made here), the skeleton of translate-post
 * filled in only in its title and description, and the status command.
 */
import {execFileSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../plugins/blog/check';
import {loadHistory} from '../../plugins/blog/check/translations/history';
import {run} from '../helpers/run';
import {ROOT} from '../helpers/site';

const AR = 'i18n/ar/docusaurus-plugin-content-blog';
const BASE = path.join(ROOT, 'tests/fixtures/rules/_base');

const post = (title: string, description: string, body: string) =>
  `---\ntitle: "${title}"\ndescription: ${description}\ntags: [ai]\nauthors: [lark]\n---\n\n${body}\n`;
const EN = post(
  'Why small models still matter in production',
  'A short look at the trade-offs between large hosted models and small ones that run on a laptop.',
  'We left a dynamic server behind, and the site got faster, cheaper and easier to reason about.',
);
const AR_POST = post(
  'لماذا ما زالت النماذج الصغيرة مهمة',
  'نظرة قصيرة على الموازنة بين النماذج الكبيرة المستضافة والنماذج الصغيرة التي تعمل على حاسوب محمول واحد.',
  'تركنا الخادم الديناميكي فصار الموقع أسرع وأرخص وأسهل في الفهم والصيانة.',
);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'qalam-translations-'));
});
afterAll(() => rm(work, {recursive: true, force: true}));

/** Runs git in `dir` as of `day` (2025-01-DD, noon UTC). */
function git(dir: string, day: number, ...args: string[]): void {
  const date = `2025-01-${String(day).padStart(2, '0')}T12:00:00Z`;
  execFileSync('git', ['-c', 'user.name=Author', '-c', 'user.email=author@example.org', ...args], {
    cwd: dir,
    env: {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date},
    stdio: 'ignore',
  });
}

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await writeFile(path.join(dir, file), text);
  }
}

describe('a translation older than its original', () => {
  let site: string;
  beforeAll(async () => {
    site = path.join(work, 'stale');
    await cp(BASE, site, {recursive: true});
    await write(site, {
      'blog/2025-01-01-post.md': EN,
      [`${AR}/2025-01-01-post.md`]: AR_POST,
      'blog/2025-01-05-before.md': EN.replace('Why small', 'Why tiny'),
      [`${AR}/2025-01-05-moved.md`]: AR_POST,
      [`${AR}/2025-01-06-fresh.md`]: AR_POST,
      'blog/2025-01-06-fresh.md': EN.replace('Why small', 'Why fresh'),
    });
    git(site, 1, 'init', '-q');
    git(site, 1, 'add', '.');
    git(site, 1, 'commit', '-q', '-m', 'First posts');
    await writeFile(path.join(site, 'blog/2025-01-01-post.md'), EN.replace('a dynamic server', 'our old server'));
    git(site, 2, 'commit', '-q', '-am', 'Rework the introduction');
    git(site, 3, 'mv', 'blog/2025-01-05-before.md', 'blog/2025-01-05-moved.md');
    git(site, 3, 'commit', '-q', '-m', 'Rename the second post');
    await writeFile(path.join(site, `${AR}/2025-01-06-fresh.md`), AR_POST.replace('أسرع', 'أسرع بكثير'));
    git(site, 4, 'commit', '-q', '-am', 'Polish the Arabic');
  });

  it('is a warning naming the commits of the original since the translation last changed', async () => {
    const result = await checkSite(site, {locales: ['en', 'ar']});
    const stale = result.diagnostics.filter((d) => d.rule === 'translation-stale');
    expect(stale.map((d) => [d.file, d.line, d.severity])).toEqual([
      [`${AR}/2025-01-01-post.md`, 2, 'warning'],
      [`${AR}/2025-01-05-moved.md`, 2, 'warning'],
    ]);
    expect(stale[0]!.message).toMatch(
      /^The original blog\/2025-01-01-post\.md changed after this translation's last commit \(2025-01-01\): 1 commit since, [0-9a-f]{7} 2025-01-02 "Rework the introduction"\. Update the translation to match it\.$/,
    );
    expect(stale[1]!.message).toContain('"Rename the second post"');
    expect(result.diagnostics.filter((d) => d.rule !== 'translation-stale')).toEqual([]);
  });

  it('follows renames: the history of a moved file starts before its move', async () => {
    const history = await loadHistory(site, ['blog', 'i18n']);
    expect(history?.get('blog/2025-01-05-moved.md')?.map((c) => c.subject)).toEqual([
      'Rename the second post',
      'First posts',
    ]);
  });

  it('is silent outside git, where file times are not trusted', async () => {
    const copy = path.join(work, 'stale-copy');
    await cp(site, copy, {recursive: true, filter: (from) => path.basename(from) !== '.git'});
    const result = await checkSite(copy, {locales: ['en', 'ar']});
    expect(result.diagnostics).toEqual([]);
  });

  it('is listed by npm run translations, per post and locale', async () => {
    const {code, stdout} = await run('npm', ['run', '-s', 'translations', '--', site, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({locales: ['en', 'ar'], missing: 0, stale: 2, unfinished: 0});
    expect(report.posts[0]).toMatchObject({
      path: '2025-01-01-post.md',
      title: 'Why small models still matter in production',
      original: 'en',
      locales: {en: {state: 'original'}, ar: {state: 'stale', file: `${AR}/2025-01-01-post.md`}},
    });

    const text = await run('npm', ['run', '-s', 'translations', '--', site]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      [
        '2025-01-01-post.md  Why small models still matter in production',
        '  en    original    blog/2025-01-01-post.md',
        `  ar    stale       ${AR}/2025-01-01-post.md`,
      ].join('\n'),
    );
    expect(text.stdout).toContain(`  ar    translated  ${AR}/2025-01-06-fresh.md`);
    expect(text.stdout.trim().split('\n').at(-1)).toBe(
      '3 posts in 2 locales (en, ar): 0 missing, 2 stale, 0 unfinished',
    );
  });
});

describe('a translate-post skeleton with only its title and description written', () => {
  it('is an error at each note, at the marker and at the body left in the original language', async () => {
    // In the repository, where the site's config finds the plugin; tests/.work is no part of git.
    const site = path.join(ROOT, 'tests/.work', `translations-${process.pid}`);
    await rm(site, {recursive: true, force: true});
    await cp(path.join(ROOT, 'tests/fixtures/sites/authoring'), site, {recursive: true});
    const arabic = `${AR}/2025-03-01-small-models.md`;
    await write(site, {[arabic]: AR_POST.replace('authors: [lark]', 'authors: [nour]')});
    try {
      const translated = await run('npm', ['run', '-s', 'translate-post', '--', arabic, '--locale', 'en'], {cwd: site});
      expect(translated.stderr).toBe('');
      expect(translated.code).toBe(0);
      const file = path.join(site, 'blog/2025-03-01-small-models.md');
      const skeleton = await readFile(file, 'utf8');
      await writeFile(
        file,
        skeleton
          .replace('title: ""', 'title: "Why small models still matter in production"')
          .replace(
            'description: ""',
            'description: A short look at the trade-offs between large hosted models and small ones that run on a laptop.',
          ),
      );
      const checked = await run('npm', ['run', '-s', 'check', '--', '--format', 'json'], {cwd: site});
      expect(checked.code).toBe(1);
      const report = JSON.parse(checked.stdout) as {
        diagnostics: {file: string; line: number; rule: string; severity: string; message: string}[];
      };
      const ofFile = report.diagnostics.filter((d) => d.file === 'blog/2025-03-01-small-models.md');
      expect(ofFile.map((d) => [d.line, d.rule, d.severity])).toEqual([
        [2, 'translation-unfinished', 'error'],
        [4, 'translation-unfinished', 'error'],
        [10, 'translation-unfinished', 'error'],
        [12, 'translation-unfinished', 'error'],
      ]);
      expect(ofFile[3]!.message).toBe(`The body is still in Arabic, the language of ${arabic}: translate it.`);

      // Done as the README says: notes and marker deleted, the body translated.
      await writeFile(
        file,
        (await readFile(file, 'utf8'))
          .replace(/^# TODO translate.*\n/gm, '')
          .replace(/\{\/\* translate from .*\*\/\}\n\n/, '')
          .replace(
            /تركنا .*\n/,
            'We left a dynamic server behind, and the site got faster, cheaper and easier to reason about.\n',
          ),
      );
      const done = await run('npm', ['run', '-s', 'check', '--', '--format', 'json'], {cwd: site});
      const after = (JSON.parse(done.stdout) as typeof report).diagnostics.filter(
        (d) => d.file === 'blog/2025-03-01-small-models.md',
      );
      expect(after).toEqual([]);
    } finally {
      await rm(site, {recursive: true, force: true});
    }
  });
});

describe("a locale's translation status page", () => {
  it("says what is stale and what is unfinished in the locale's language, its dates and lines too", async () => {
    // In the repository, where the site's config finds the plugin; the site is a git repository of its own.
    const site = path.join(ROOT, 'tests/.work', `status-page-${process.pid}`);
    await rm(site, {recursive: true, force: true});
    await cp(path.join(ROOT, 'tests/fixtures/sites/authoring'), site, {recursive: true});
    const out = await mkdtemp(path.join(tmpdir(), 'qalam-status-page-'));
    try {
      await write(site, {
        'blog/2025-03-01-small-models.md': EN,
        [`${AR}/2025-03-01-small-models.md`]: AR_POST.replace('authors: [lark]', 'authors: [nour]'),
        'blog/2025-03-02-static-sites.md': EN.replace('Why small models', 'Why static sites'),
        // A site that publishes translations as they come: unfinished ones are warnings, so it builds with one.
        'docusaurus.config.js': `module.exports = require('#fixture-site-config')(${JSON.stringify({
          locales: ['en', 'ar'],
          blog: {rules: {'translation-unfinished': 'warning', 'field-empty': 'off', 'translation-mismatch': 'off'}},
        })});\n`,
      });
      const skeleton = await run(
        'npm',
        ['run', '-s', 'translate-post', '--', 'blog/2025-03-02-static-sites.md', '--locale', 'ar'],
        {
          cwd: site,
        },
      );
      expect(skeleton.code).toBe(0);
      git(site, 1, 'init', '-q');
      git(site, 1, 'add', '.');
      git(site, 1, 'commit', '-q', '-m', 'First posts');
      await writeFile(
        path.join(site, 'blog/2025-03-01-small-models.md'),
        EN.replace('a dynamic server', 'our old server'),
      );
      git(site, 2, 'commit', '-q', '-am', 'Rework the introduction');

      const built = await run(
        path.join(ROOT, 'node_modules/.bin/docusaurus'),
        ['build', '--locale', 'ar', '--out-dir', out],
        {
          cwd: site,
          env: {...process.env, FORCE_COLOR: '0'},
        },
      );
      expect(built.code, built.stderr).toBe(0);
      const $ = cheerio.load(await readFile(path.join(out, 'translations/index.html'), 'utf8'));
      expect([$('html').attr('lang'), $('html').attr('dir')]).toEqual(['ar', 'rtl']);
      const main = $('main');
      const lines = main
        .find('small')
        .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
        .get();
      expect(lines).toEqual([
        'تغيّر الأصل بعد آخر إيداع لهذه الترجمة في 1 يناير 2025. الإيداعات منذ ذلك: 1',
        expect.stringMatching(/^[0-9a-f]{7} 2 يناير 2025 Rework the introduction$/),
        'ما زالت ملاحظة # TODO translate: Why static sites still matter in… في ترويسة المقالة، في السطر 2.',
        'ما زالت ملاحظة # TODO translate: A short look at the trade-offs… في ترويسة المقالة، في السطر 4.',
        'ما زالت علامة {/* translate from … */} في نص المقالة، في السطر 10.',
        'ما زال نص المقالة باللغة الإنجليزية، لغة الأصل، من السطر 12.',
      ]);
      // The check's English words are the command's, not the page's.
      expect(main.text()).not.toMatch(/changed after|is left in|translate it/);
      // Notes, marker and hashes are code, left to right; the commit's subject keeps its own direction.
      expect(
        main
          .find('small code')
          .map((_, el) => $(el).attr('dir'))
          .get(),
      ).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
      expect(main.find('small bdi').attr('dir')).toBe('auto');
    } finally {
      await rm(site, {recursive: true, force: true});
      await rm(out, {recursive: true, force: true});
    }
  });
});
