import {describe, expect, it} from 'vitest';
import type {PostInput} from '../../plugins/blog/check/context';
import {post, siteFacts} from '../helpers/post';
import * as authorsModule from '../../plugins/blog/check/rules/authors';
import {checkAuthors} from '../../plugins/blog/check/rules/authors';
import type {AuthorEntry} from '../../plugins/blog/check/context';

const registry = (names: Record<string, string | undefined>): Map<string, AuthorEntry> =>
  new Map(Object.entries(names).map(([key, name]) => [key, {key, name}]));

const site = siteFacts({
  locales: ['en', 'ar', 'ja', 'de'],
  authors: {
    en: registry({lark: 'Lark', ada: 'Ada Lovelace', grace: undefined}),
    // The locale's entries merged over the default ones.
    ar: registry({lark: 'لارك', ada: 'آدا لوفليس', grace: undefined}),
    ja: new Map(),
    de: registry(Object.fromEntries(Array.from({length: 11}, (_, i) => [`author${i + 1}`, `Author ${i + 1}`]))),
  },
});

const check = (p: PostInput) => checkAuthors(p, p.parsed.data!, site);
const withAuthors = (authors: string, locale = 'en') =>
  post(`---\ntitle: A post\nauthors: ${authors}\n---\n\nBody.\n`, locale);

describe('authors', () => {
  it('exports checkAuthors', () => {
    expect(Object.keys(authorsModule).sort()).toEqual([
      'authorDuplicate',
      'authorInline',
      'authorLinkUnsafe',
      'authorUnknown',
      'checkAuthors',
    ]);
  });
});

describe('checkAuthors', () => {
  it('accepts keys of authors.yml, as a list or a single string', () => {
    expect(check(withAuthors('[lark]'))).toEqual([]);
    expect(check(withAuthors('[lark, ada, grace]'))).toEqual([]);
    expect(check(withAuthors('lark'))).toEqual([]);
    expect(check(withAuthors('[lark]', 'ar'))).toEqual([]);
  });

  it('reports a misspelt key with the nearest one and the valid keys, at its value', () => {
    const p = withAuthors('[ada, lrak]');
    const findings = check(p);
    expect(findings).toEqual([
      {
        rule: 'author-unknown',
        messageId: 'unknown',
        path: ['authors', 1],
        message:
          'Author "lrak" is not in authors.yml; did you mean "lark"? Use a key of authors.yml (lark, ada, grace), or add the author to blog/authors.yml.',
      },
    ]);
    expect(p.parsed.locate(findings[0]!.path, findings[0]!.at)).toEqual({
      line: 3,
      column: 16,
      endLine: 3,
      endColumn: 20,
    });
  });

  it('reports a single string at the field', () => {
    const p = withAuthors('larc');
    const findings = check(p);
    expect(findings).toEqual([
      {
        rule: 'author-unknown',
        messageId: 'unknown',
        path: ['authors'],
        message:
          'Author "larc" is not in authors.yml; did you mean "lark"? Use a key of authors.yml (lark, ada, grace), or add the author to blog/authors.yml.',
      },
    ]);
    expect(p.parsed.locate(findings[0]!.path, findings[0]!.at)).toEqual({
      line: 3,
      column: 10,
      endLine: 3,
      endColumn: 14,
    });
  });

  it('reports an unknown key with no near one', () => {
    expect(check(withAuthors('[zed]'))[0]!.message).toBe(
      'Author "zed" is not in authors.yml. Use a key of authors.yml (lark, ada, grace), or add the author to blog/authors.yml.',
    );
  });

  it('does not list the keys of a long registry', () => {
    expect(check(withAuthors('[author12]', 'de'))[0]!.message).toBe(
      'Author "author12" is not in authors.yml; did you mean "author1"? Use a key of authors.yml, or add the author to blog/authors.yml.',
    );
  });

  it('says when a key holds a Cyrillic look-alike letter', () => {
    // "lаrk" with U+0430 CYRILLIC SMALL LETTER A: it looks exactly like "lark".
    const p = withAuthors('[l\u0430rk]');
    expect(check(p)).toEqual([
      {
        rule: 'author-unknown',
        messageId: 'lookAlike',
        path: ['authors', 0],
        message:
          'Author "l\u0430rk" contains non-ASCII look-alike characters (U+0430 at character 2); did you mean "lark"? Retype the key in plain ASCII.',
      },
    ]);
  });

  it('says when a key is written in full-width letters', () => {
    expect(check(withAuthors('[ｌａｒｋ]'))[0]!.message).toBe(
      'Author "ｌａｒｋ" contains non-ASCII look-alike characters (U+FF4C at character 1); did you mean "lark"? Retype the key in plain ASCII.',
    );
  });

  it('does not call a foreign word a look-alike when it is far from every key', () => {
    expect(check(withAuthors('[Ñandú]'))[0]!.message).toBe(
      'Author "Ñandú" is not in authors.yml. Use a key of authors.yml (lark, ada, grace), or add the author to blog/authors.yml.',
    );
  });

  it("says when the author's name was written for the key, also translated", () => {
    expect(check(withAuthors('[Ada Lovelace]'))[0]!.message).toBe(
      'Author "Ada Lovelace" is the name of "ada" in authors.yml, not a key. Write "ada".',
    );
    expect(check(withAuthors('[Lark]'))[0]!.message).toBe(
      'Author "Lark" is the name of "lark" in authors.yml, not a key. Write "lark".',
    );
    // The Arabic name from the Arabic authors.yml, with a hamza variant.
    expect(check(withAuthors('[لارك, أدا لوفليس]', 'ar'))).toEqual([
      {
        rule: 'author-unknown',
        messageId: 'nameForKey',
        path: ['authors', 0],
        message: 'Author "لارك" is the name of "lark" in authors.yml, not a key. Write "lark".',
      },
      {
        rule: 'author-unknown',
        messageId: 'nameForKey',
        path: ['authors', 1],
        message: 'Author "أدا لوفليس" is the name of "ada" in authors.yml, not a key. Write "ada".',
      },
    ]);
  });

  it('points an Arabic post to the default authors.yml', () => {
    expect(check(withAuthors('[lrak]', 'ar'))[0]!.message).toBe(
      'Author "lrak" is not in authors.yml; did you mean "lark"? Use a key of authors.yml (lark, ada, grace), or add the author to blog/authors.yml.',
    );
  });

  it('says so when there is no registry at all', () => {
    expect(check(withAuthors('[lark]', 'ja'))).toEqual([
      {
        rule: 'author-unknown',
        messageId: 'noRegistry',
        path: ['authors', 0],
        message:
          'Author "lark" is not in authors.yml: the blog has no authors.yml, or it lists no authors. Create blog/authors.yml with an entry "lark:", or turn the rule "author-unknown" off.',
      },
    ]);
  });

  it('reports the same author twice at the second one', () => {
    const p = withAuthors('[lark, ada, lark]');
    const findings = check(p);
    expect(findings).toEqual([
      {
        rule: 'author-duplicate',
        messageId: 'listedTwice',
        path: ['authors', 2],
        message: 'Author "lark" is listed twice, as authors[0] and authors[2]. Remove one of them.',
      },
    ]);
    expect(p.parsed.locate(findings[0]!.path, findings[0]!.at)).toEqual({
      line: 3,
      column: 22,
      endLine: 3,
      endColumn: 26,
    });
  });

  it('reports an unknown author once, and its repeat as a repeat', () => {
    expect(check(withAuthors('[zed, zed]')).map((f) => f.rule)).toEqual(['author-unknown', 'author-duplicate']);
  });

  it('matches keys exactly: a look-alike is no repeat', () => {
    expect(check(withAuthors('[lark, l\u0430rk]')).map((f) => [f.rule, f.path])).toEqual([
      ['author-unknown', ['authors', 1]],
    ]);
  });

  it('leaves types and empty items to the field rules', () => {
    expect(check(withAuthors('[lark, true, "", "  ", null]'))).toEqual([]);
    expect(check(withAuthors('""'))).toEqual([]);
    expect(check(withAuthors('true'))).toEqual([]);
    expect(check(post('---\ntitle: A post\n---\n'))).toEqual([]);
  });

  it('reads a number as the key Docusaurus makes of it, its text', () => {
    expect(check(withAuthors('[lark, 42, 1e3]')).map((f) => [f.rule, f.path, f.message.split('.')[0]])).toEqual([
      ['author-unknown', ['authors', 1], 'Author "42" is not in authors'],
      ['author-unknown', ['authors', 2], 'Author "1000" is not in authors'],
    ]);
  });

  it('reads an author written out with a key as that key, and one without a key as written out', () => {
    expect(
      check(withAuthors('[{key: lark, title: Guest}, {name: X}, {key: zed}, lark]')).map((f) => [f.rule, f.path]),
    ).toEqual([
      ['author-inline', ['authors', 1]],
      ['author-unknown', ['authors', 2, 'key']],
      ['author-duplicate', ['authors', 3]],
    ]);
    expect(check(withAuthors('{name: X, title: Guest}')).map((f) => f.message)).toEqual([
      '"authors" writes the author "X" out in the post instead of naming a key of authors.yml. Describe the author once in authors.yml and write the key here.',
    ]);
  });
});
