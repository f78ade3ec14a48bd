import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ImageFacts, PostInput, SiteFacts} from '../../plugins/blog/check/context';
import * as imageModule from '../../plugins/blog/check/rules/image';
import {
  bodyImages,
  checkImage,
  classifyImage,
  imagePathsToInspect,
  normalizeTitle,
  titleParameter,
} from '../../plugins/blog/check/rules/image';
import {parsePost} from '../../plugins/blog/check/parse';
import {ROOT} from '../helpers/site';

const SITE = path.resolve('/site');
const STATIC = path.join(SITE, 'static');
const POST = path.join(SITE, 'blog', '2025-01-01-post.md');
const OG = 'https://og.example.com/api/og';

function post(text: string, absolutePath = POST): PostInput {
  return {
    file: path.relative(SITE, absolutePath).split(path.sep).join('/'),
    absolutePath,
    locale: 'ar',
    relativePath: path.basename(absolutePath),
    parsed: parsePost(new TextEncoder().encode(text)),
  };
}

function site(images: Record<string, ImageFacts> = {}, staticDirs = [STATIC]): SiteFacts {
  return {
    siteDir: SITE,
    defaultLocale: 'en',
    locales: ['en', 'ar'],
    blogFolder: 'blog/',
    tags: {},
    authors: {},
    images: new Map(Object.entries(images).map(([p, facts]) => [path.join(SITE, p), facts])),
    staticDirs,
    settings: {required: ['title', 'description', 'tags', 'authors'], socialCards: false},
  };
}

/** Front matter written the way YAML reads it back (JSON strings are YAML strings). */
function postText(fields: Record<string, string>, body = '\nText.\n'): string {
  return `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n${body}`;
}

function check(text: string, facts = site()) {
  const p = post(text);
  return checkImage(p, p.parsed.data!, facts);
}

/** The findings as a user reads them: rule, field, message, and where. */
function located(text: string, facts = site()) {
  const p = post(text);
  return checkImage(p, p.parsed.data!, facts).map((f) => ({
    rule: f.rule,
    messageId: f.messageId,
    path: f.path,
    message: f.message,
    at: f.range ?? p.parsed.locate(f.path, f.at ?? 'value'),
  }));
}

const SEED_TITLE = 'ثورة DeepSeek مفتوحة المصدر: رؤى من قمة AI مغلقة الأبواب';
const SEED_IMAGE = `https://opengraph-image.blockeden.xyz/api/og-cuckoo-network?title=ثورة%20DeepSeek%20مفتوحة%20المصدر:%20رؤى%20من%20قمة%20AI%20مغلقة%20الأبواب`;

describe('image module', () => {
  it('exports these names', () => {
    expect(Object.keys(imageModule).sort()).toEqual([
      'ASPECT_RATIO',
      'ASPECT_TOLERANCE',
      'BODY_COPY_BYTES',
      'IMAGE_FORMATS',
      'MAX_IMAGE_BYTES',
      'MIN_HEIGHT',
      'MIN_WIDTH',
      'bodyCopyPaths',
      'bodyFiles',
      'bodyImages',
      'checkImage',
      'classifyImage',
      'imageBodyMismatch',
      'imageDimensions',
      'imageFileSize',
      'imageFormat',
      'imageMissing',
      'imagePathsToInspect',
      'imageProtocolRelative',
      'imageTitleMismatch',
      'imageUnsafe',
      'mayNameFiles',
      'normalizeTitle',
      'outsideSiteReason',
      'titleParameter',
    ]);
  });
});

describe('classifyImage: what is accepted', () => {
  it('takes an https URL as remote', () => {
    const ref = classifyImage(SEED_IMAGE, POST, [STATIC]);
    expect(ref.kind).toBe('remote');
    expect(ref.kind === 'remote' && ref.url.hostname).toBe('opengraph-image.blockeden.xyz');
  });

  it('looks a site path up in every static folder, decoded, without its query', () => {
    const publicDir = path.join(SITE, 'public');
    expect(classifyImage('/img/my%20cover.png?v=2#top', POST, [STATIC, publicDir])).toEqual({
      kind: 'local',
      absolutePath: path.join(STATIC, 'img/my cover.png'),
      candidates: [path.join(STATIC, 'img/my cover.png'), path.join(publicDir, 'img/my cover.png')],
    });
  });

  it('resolves a ".." that stays inside the static folder', () => {
    expect(classifyImage('/img/../img/x.png', POST, [STATIC])).toMatchObject({
      kind: 'local',
      candidates: [path.join(STATIC, 'img/x.png')],
    });
  });

  it('resolves paths relative to the post, also ones that stay in the site', () => {
    expect(classifyImage('./cover.png', POST, [STATIC], SITE)).toEqual({
      kind: 'local',
      absolutePath: path.join(SITE, 'blog/cover.png'),
      candidates: [path.join(SITE, 'blog/cover.png')],
    });
    expect(classifyImage('img/x.png', POST, [STATIC], SITE)).toMatchObject({
      absolutePath: path.join(SITE, 'blog/img/x.png'),
    });
    expect(classifyImage('../static/img/x.png', POST, [STATIC], SITE)).toMatchObject({
      absolutePath: path.join(STATIC, 'img/x.png'),
    });
  });
});

describe('classifyImage: what is unsafe', () => {
  const reasons = {
    javascript:
      'uses the javascript: scheme, which runs code instead of pointing at an image. Use an https:// URL or a site path such as /img/cover.png.',
    vbscript:
      'uses the vbscript: scheme, which runs code instead of pointing at an image. Use an https:// URL or a site path such as /img/cover.png.',
    data: 'is a data: URL; social networks do not load images inlined in the page. Save the image under static/ and write its site path, such as /img/cover.png.',
    file: "is a file: URL, which points at a file on the writer's own computer. Save the image under static/ and write its site path, such as /img/cover.png.",
    http: 'uses http://, which browsers block on https pages and social networks may refuse. Use https:// instead.',
    protocolRelative:
      'starts with //, so it points at another host over whatever protocol the page uses. Write the full https:// URL.',
    backslash: 'holds a backslash, which browsers read as / and Windows as a folder separator. Use forward slashes.',
    encodedDots:
      'hides ".." as percent escapes (%2e), a way to climb out of a folder. Write the path without escaped dots, such as /img/cover.png.',
    leavesStatic:
      'climbs out of the static folder with "..", so it points at a file outside the site. Write the path from the static folder, such as /img/cover.png.',
    leavesSite:
      'climbs out of the site folder with "..". Point at a file inside the site, such as /img/cover.png under static/.',
    malformed: 'holds a malformed percent escape. Write %25 for a literal "%".',
    badUrl: 'is not a valid https URL. Write it as https://host/path.',
    empty: 'is empty. Write an https:// URL or a site path such as /img/cover.png, or remove the field.',
    nul: 'holds the control character U+0000. Remove it.',
  };
  const cases: [string, string][] = [
    ['javascript:alert(1)', reasons.javascript],
    ['JavaScript:alert(document.cookie)', reasons.javascript],
    ['  javascript:alert(1)', reasons.javascript],
    ['vbscript:msgbox(1)', reasons.vbscript],
    ['data:image/png;base64,iVBORw0KGgo=', reasons.data],
    ['data:image/svg+xml,<svg onload=alert(1)>', reasons.data],
    ['file:///etc/passwd', reasons.file],
    ['http://example.com/cover.png', reasons.http],
    ['HTTP://example.com/cover.png', reasons.http],
    [
      'ftp://example.com/cover.png',
      'uses the ftp: scheme. Only https:// URLs and site paths such as /img/cover.png are allowed.',
    ],
    [
      'mailto:lark@example.com',
      'uses the mailto: scheme. Only https:// URLs and site paths such as /img/cover.png are allowed.',
    ],
    [
      'C:/Users/lark/cover.png',
      'uses the c: scheme. Only https:// URLs and site paths such as /img/cover.png are allowed.',
    ],
    ['//evil.example/cover.png', reasons.protocolRelative],
    ['\\\\server\\share\\cover.png', reasons.backslash],
    ['/img\\cover.png', reasons.backslash],
    ['/img/%5c..%5c..%5cx.png', reasons.backslash],
    ['/img/cover.png\u0000.jpg', reasons.nul],
    ['/img/%00cover.png', reasons.nul],
    ['java\tscript:alert(1)', 'holds the control character U+0009. Remove it.'],
    ['/../../etc/passwd', reasons.leavesStatic],
    ['/img/../../../etc/passwd', reasons.leavesStatic],
    ['/..', reasons.leavesStatic],
    ['/%2e%2e/%2e%2e/etc/passwd', reasons.encodedDots],
    ['/img/%2E%2E/cover.png', reasons.encodedDots],
    ['/img/.%2e/cover.png', reasons.encodedDots],
    ['/img/%252e%252e/cover.png', reasons.encodedDots],
    ['%2e%2e/%2e%2e/etc/passwd', reasons.encodedDots],
    ['../../../etc/passwd', reasons.leavesSite],
    ['/img/100%.png', reasons.malformed],
    ['https://', reasons.badUrl],
    ['', reasons.empty],
    ['   ', reasons.empty],
  ];
  it.each(cases)('%j is unsafe', (value, reason) => {
    expect(classifyImage(value, POST, [STATIC], SITE)).toEqual({kind: 'unsafe', reason});
  });

  it('checks every static folder, not only the first', () => {
    expect(classifyImage('/../x.png', POST, [STATIC, path.join(SITE, 'public')])).toEqual({
      kind: 'unsafe',
      reason: reasons.leavesStatic,
    });
  });
});

describe('checkImage: unsafe values', () => {
  it('reports image-unsafe at the image value, quoting it', () => {
    const text = postText({title: 'Open models', image: 'javascript:alert(1)'});
    expect(located(text)).toEqual([
      {
        rule: 'image-unsafe',
        messageId: 'unsafe',
        path: ['image'],
        message:
          'The image "javascript:alert(1)" uses the javascript: scheme, which runs code instead of pointing at an image. Use an https:// URL or a site path such as /img/cover.png.',
        at: {line: 3, column: 8, endLine: 3, endColumn: 29},
      },
    ]);
  });

  it('says to use https for http', () => {
    expect(check(postText({title: 'Open models', image: 'http://example.com/cover.png'}))).toEqual([
      {
        rule: 'image-unsafe',
        messageId: 'unsafe',
        path: ['image'],
        message:
          'The image "http://example.com/cover.png" uses http://, which browsers block on https pages and social networks may refuse. Use https:// instead.',
      },
    ]);
  });

  it('cuts a long data: URL in the message', () => {
    const value = `data:image/png;base64,${'A'.repeat(500)}`;
    const [finding] = check(postText({title: 'Open models', image: value}));
    expect(finding!.message).toBe(
      `The image "${value.slice(0, 77)}…" is a data: URL; social networks do not load images inlined in the page. Save the image under static/ and write its site path, such as /img/cover.png.`,
    );
  });

  it('reports a traversal out of the static folder', () => {
    expect(check(postText({title: 'Open models', image: '/../../etc/passwd'}))).toEqual([
      {
        rule: 'image-unsafe',
        messageId: 'unsafe',
        path: ['image'],
        message:
          'The image "/../../etc/passwd" climbs out of the static folder with "..", so it points at a file outside the site. Write the path from the static folder, such as /img/cover.png.',
      },
    ]);
  });
});

describe('checkImage: local files', () => {
  const text = postText({title: 'Open models', image: '/img/cover.png'});
  const good: ImageFacts = {exists: true, size: 40_000, format: 'png', width: 1200, height: 630};

  it('accepts a 1200×630 PNG, and JPEG and WebP files', () => {
    expect(check(text, site({'static/img/cover.png': good}))).toEqual([]);
    expect(check(text, site({'static/img/cover.png': {...good, format: 'jpg'}}))).toEqual([]);
    expect(check(text, site({'static/img/cover.png': {...good, format: 'webp', width: 2400, height: 1260}}))).toEqual(
      [],
    );
    expect(check(text, site({'static/img/cover.png': {...good, width: 1600, height: 900}}))).toEqual([]);
  });

  it('reports a missing file and where it looked', () => {
    expect(located(text, site({'static/img/cover.png': {exists: false}}))).toEqual([
      {
        rule: 'image-missing',
        messageId: 'missing',
        path: ['image'],
        message:
          'The image "/img/cover.png" does not exist: looked for static/img/cover.png. Add the file there or fix the path.',
        at: {line: 3, column: 8, endLine: 3, endColumn: 24},
      },
    ]);
    expect(check(text, site({}, [STATIC, path.join(SITE, 'public')]))[0]!.message).toBe(
      'The image "/img/cover.png" does not exist: looked for static/img/cover.png or public/img/cover.png. Add the file there or fix the path.',
    );
  });

  it('says so when the site has no static folder', () => {
    expect(check(text, site({}, []))[0]!.message).toBe(
      'The image "/img/cover.png" does not exist: the site has no static folder. Add the file there or fix the path.',
    );
  });

  it('finds the file in a later static folder', () => {
    expect(check(text, site({'public/img/cover.png': good}, [STATIC, path.join(SITE, 'public')]))).toEqual([]);
  });

  it('finds a file relative to the post', () => {
    const relative = postText({title: 'Open models', image: './cover.png'});
    expect(check(relative, site({'blog/cover.png': good}))).toEqual([]);
    expect(check(relative)[0]!.message).toBe(
      'The image "./cover.png" does not exist: looked for blog/cover.png. Add the file there or fix the path.',
    );
  });

  it('reports a format social networks do not show', () => {
    const svg = postText({title: 'Open models', image: '/img/cover.svg'});
    expect(
      check(svg, site({'static/img/cover.svg': {exists: true, size: 900, format: 'svg', width: 1200, height: 630}})),
    ).toEqual([
      {
        rule: 'image-format',
        messageId: 'format',
        path: ['image'],
        message:
          'The image file static/img/cover.svg is SVG; social networks show only PNG, JPEG or WebP images. Export it as a 1200×630 PNG or JPEG.',
      },
    ]);
    expect(check(text, site({'static/img/cover.png': {exists: true, size: 13}}))).toEqual([
      {
        rule: 'image-format',
        messageId: 'format',
        path: ['image'],
        message:
          'The image file static/img/cover.png is not in an image format we recognize; social networks show only PNG, JPEG or WebP images. Export it as a 1200×630 PNG or JPEG.',
      },
    ]);
  });

  it('reports an image too small, with its measured size and ratio', () => {
    expect(check(text, site({'static/img/cover.png': {...good, width: 300, height: 200}}))).toEqual([
      {
        rule: 'image-dimensions',
        messageId: 'dimensions',
        path: ['image'],
        message:
          'The image file static/img/cover.png is 300×200 pixels, smaller than the 1200×630 that social cards need, and its ratio 1.50:1 is far from 1.91:1, so networks crop it. Use an image of 1200×630 pixels, or larger at 1.91:1.',
      },
    ]);
    expect(check(text, site({'static/img/cover.png': {...good, width: 600, height: 314}}))[0]!.message).toBe(
      'The image file static/img/cover.png is 600×314 pixels, smaller than the 1200×630 that social cards need. Use an image of 1200×630 pixels, or larger at 1.91:1.',
    );
  });

  it('reports a large image far from 1.91:1, within about 10 %', () => {
    expect(check(text, site({'static/img/cover.png': {...good, width: 2000, height: 2000}}))[0]!.message).toBe(
      'The image file static/img/cover.png is 2000×2000 pixels, its ratio 1.00:1 is far from 1.91:1, so networks crop it. Use an image of 1200×630 pixels, or larger at 1.91:1.',
    );
    // 1.739:1 is 9 % off, 1.714:1 is 10.3 % off.
    expect(check(text, site({'static/img/cover.png': {...good, width: 1200, height: 690}}))).toEqual([]);
    expect(check(text, site({'static/img/cover.png': {...good, width: 1200, height: 700}})).map((f) => f.rule)).toEqual(
      ['image-dimensions'],
    );
  });

  it('reports a file over 5 MB with its size', () => {
    expect(check(text, site({'static/img/cover.png': {...good, size: 6 * 1024 * 1024}}))).toEqual([
      {
        rule: 'image-file-size',
        messageId: 'tooLarge',
        path: ['image'],
        message:
          'The image file static/img/cover.png is 6.0 MB; social networks refuse images over 5 MB. Compress it, or export it as JPEG or WebP.',
      },
    ]);
    expect(check(text, site({'static/img/cover.png': {...good, size: 5 * 1024 * 1024}}))).toEqual([]);
  });

  it('skips the pixel checks when the size is unknown', () => {
    expect(check(text, site({'static/img/cover.png': {exists: true, size: 70_000, format: 'jpg'}}))).toEqual([]);
  });
});

describe('checkImage: the title of an OG-image service', () => {
  it('passes the seed post, whose image title is its title', () => {
    const text = postText({title: SEED_TITLE, image: SEED_IMAGE}, `\n![${SEED_TITLE}](${SEED_IMAGE})\n`);
    expect(check(text)).toEqual([]);
  });

  it("passes the site's Arabic DeepSeek post, front matter and body", () => {
    const file = path.join(
      ROOT,
      'i18n/ar/docusaurus-plugin-content-blog/2025-01-29-deepseek-open-source-revolution.md',
    );
    const p = {...post(''), parsed: parsePost(readFileSync(file))};
    expect(p.parsed.data!.image).toBe(SEED_IMAGE);
    expect(bodyImages(p.parsed.body).map((i) => i.url)).toContain(SEED_IMAGE);
    expect(checkImage(p, p.parsed.data!, site())).toEqual([]);
  });

  it('passes the same title however it is percent-encoded', () => {
    const encodings = {
      'raw Arabic, %20 for spaces (the seed)': SEED_IMAGE,
      'raw Arabic, raw spaces': `${OG}?title=${SEED_TITLE}`,
      'every character percent-encoded UTF-8': `${OG}?title=${encodeURIComponent(SEED_TITLE)}`,
      'percent-encoded UTF-8, + for spaces': `${OG}?title=${encodeURIComponent(SEED_TITLE).replaceAll('%20', '+')}`,
      'raw Arabic, + for spaces': `${OG}?title=${SEED_TITLE.replaceAll(' ', '+')}`,
      'lowercase escapes': `${OG}?title=${encodeURIComponent(SEED_TITLE).replace(/%[\dA-F]{2}/g, (e) => e.toLowerCase())}`,
      'decomposed hamza (NFD), extra spaces': `${OG}?title=${encodeURIComponent(`  ${SEED_TITLE.normalize('NFD')}`.replace(' AI ', '   AI '))}&theme=dark`,
    };
    expect(new Set(Object.values(encodings)).size).toBe(7);
    for (const [name, image] of Object.entries(encodings)) {
      expect(check(postText({title: SEED_TITLE, image})), name).toEqual([]);
    }
    // The title with a hamza really differs in NFD; NFC makes it equal.
    expect('أ'.normalize('NFD')).not.toBe('أ');
    expect(normalizeTitle(' أ\u00A0 ب '.normalize('NFD'))).toBe('أ ب');
  });

  it('reports an English title on an Arabic post as untranslated', () => {
    const text = postText({title: 'مرحبا بالعالم', image: `${OG}?title=Hello%20world`});
    expect(located(text)).toEqual([
      {
        rule: 'image-title-mismatch',
        messageId: 'untranslated',
        path: ['image'],
        message:
          'The image carries an untranslated title in Latin letters ("Hello world"), but the post\'s title is in Arabic ("مرحبا بالعالم"), so the social card shows the untranslated title. Set the image\'s title parameter to the post\'s title, percent-encoded: title=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20%D8%A8%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85',
        at: {line: 3, column: 8, endLine: 3, endColumn: 59},
      },
    ]);
  });

  it('names Hebrew for a Hebrew post', () => {
    const [finding] = check(postText({title: 'שלום עולם', image: `${OG}?title=Hello+world`}));
    expect(finding!.message).toBe(
      'The image carries an untranslated title in Latin letters ("Hello world"), but the post\'s title is in Hebrew ("שלום עולם"), so the social card shows the untranslated title. Set the image\'s title parameter to the post\'s title, percent-encoded: title=%D7%A9%D7%9C%D7%95%D7%9D%20%D7%A2%D7%95%D7%9C%D7%9D',
    );
  });

  it('reports a differently worded title', () => {
    expect(check(postText({title: 'Open models change AI', image: `${OG}?title=Closed%20models%20win`}))).toEqual([
      {
        rule: 'image-title-mismatch',
        messageId: 'otherTitle',
        path: ['image'],
        message:
          'The image\'s title parameter "Closed models win" is not the post\'s title "Open models change AI", so the social card shows another title. Set the parameter to the post\'s title, percent-encoded: title=Open%20models%20change%20AI',
      },
    ]);
    // An Arabic title worded differently is a plain mismatch, not "untranslated".
    const [arabic] = check(postText({title: SEED_TITLE, image: `${OG}?title=ثورة%20DeepSeek`}));
    expect(arabic!.message).toBe(
      `The image's title parameter "ثورة DeepSeek" is not the post's title "${SEED_TITLE}", so the social card shows another title. Set the parameter to the post's title, percent-encoded: title=${encodeURIComponent(SEED_TITLE)}`,
    );
  });

  // Decision: a title encoded twice fails. The service decodes the query once
  // (URLSearchParams, like every server), so it draws "Open%20models" on the
  // card. Decoding once more only serves to say precisely what is wrong.
  it('reports a double-encoded title, showing what the card draws', () => {
    expect(check(postText({title: 'Open models', image: `${OG}?title=Open%2520models`}))).toEqual([
      {
        rule: 'image-title-mismatch',
        messageId: 'encodedTwice',
        path: ['image'],
        message:
          'The image\'s title parameter is percent-encoded twice, so the social card shows "Open%20models" instead of "Open models". Encode the title once: title=Open%20models',
      },
    ]);
    const arabic = `${OG}?title=${encodeURIComponent(encodeURIComponent(SEED_TITLE))}`;
    expect(check(postText({title: SEED_TITLE, image: arabic}))[0]!.message).toMatch(
      /^The image's title parameter is percent-encoded twice, so the social card shows "%D8%AB%D9%88%D8%B1%D8%A9%20DeepSeek/,
    );
  });

  it('accepts a title that really holds an escape, encoded once', () => {
    expect(check(postText({title: 'What %20 means', image: `${OG}?title=What%20%2520%20means`}))).toEqual([]);
    expect(check(postText({title: '100% open', image: `${OG}?title=100%25%20open`}))).toEqual([]);
  });

  it('has nothing to compare without a title parameter or a title', () => {
    expect(check(postText({title: 'Open models', image: 'https://example.com/cover.png'}))).toEqual([]);
    expect(check(postText({description: 'No title here.', image: `${OG}?title=Hello`}))).toEqual([]);
  });

  it('reads the title parameter once, as the service does', () => {
    expect(titleParameter(new URL(`${OG}?title=a+b%20c%2Bd`))).toBe('a b c+d');
    expect(titleParameter(new URL(`${OG}?t=1`))).toBeUndefined();
  });
});

describe('checkImage: the same image in the body', () => {
  const fm = {title: 'Open models', image: `${OG}?title=Open%20models`};

  it('reports a body image with another title, at its URL', () => {
    const text = postText(fm, `\nIntro.\n\n![Open models](${OG}?title=Closed%20models)\n`);
    expect(check(text)).toEqual([
      {
        rule: 'image-body-mismatch',
        messageId: 'otherTitle',
        path: ['image'],
        message:
          'This image repeats the front matter image with another title: "Closed models" here, "Open models" in the front matter, so the post shows a card unlike its social card. Use the front matter\'s image URL here.',
        range: {line: 8, column: 16, endLine: 8, endColumn: 67},
      },
    ]);
  });

  it('locates it in an Arabic post, after a BOM and CRLF lines', () => {
    const other = `${OG}?title=ثورة%20مفتوحة%20المصدر`;
    const text = `\uFEFF${postText({title: SEED_TITLE, image: `${OG}?title=${encodeURIComponent(SEED_TITLE)}`}, `\nنص.\n\nقبل <img alt="" src="${other}"> بعد\n`).replaceAll('\n', '\r\n')}`;
    const findings = check(text);
    expect(findings).toEqual([
      {
        rule: 'image-body-mismatch',
        messageId: 'otherTitle',
        path: ['image'],
        message: `This image repeats the front matter image with another title: "ثورة مفتوحة المصدر" here, "${SEED_TITLE}" in the front matter, so the post shows a card unlike its social card. Use the front matter's image URL here.`,
        range: {line: 8, column: 22, endLine: 8, endColumn: 22 + other.length},
      },
    ]);
    const line = text.slice(1).split('\r\n')[7]!;
    expect(line.slice(21, 21 + other.length)).toBe(other);
  });

  it('reports each mismatching image, Markdown and HTML', () => {
    const body = `\n![a](${OG}?title=One)\n\n<img src='${OG}?title=Two&amp;x=1' />\n\n![b](<${OG}?title=Three>)\n`;
    expect(check(postText(fm, body)).map((f) => [f.rule, f.range!.line, f.range!.column])).toEqual([
      ['image-body-mismatch', 6, 6],
      ['image-body-mismatch', 8, 11],
      ['image-body-mismatch', 10, 7],
    ]);
  });

  it('accepts the same title however encoded, other images, and images in code', () => {
    const body = [
      '',
      `![same](${OG}?title=Open+models)`,
      `![other service](https://example.com/api/og?title=Other)`,
      `![other path](${OG}/v2?title=Other)`,
      `![no title](${OG}?theme=dark)`,
      `![local](/img/Other.png)`,
      '',
      '```md',
      `![in code](${OG}?title=Other)`,
      '```',
      '',
      `Inline \`![in code](${OG}?title=Other)\` too.`,
      '',
    ].join('\n');
    expect(check(postText(fm, body))).toEqual([]);
  });

  it('finds images in the body outside code', () => {
    expect(bodyImages('![a](x.png) `![b](y.png)`\n~~~\n<img src="z.png">\n~~~\n<IMG SRC=w.png>')).toEqual([
      {url: 'x.png', start: 5, end: 10},
      {url: 'w.png', start: 61, end: 66},
    ]);
  });
});

describe('checkImage: what it leaves to other checks', () => {
  it('skips an image that is not a string, and a missing image', () => {
    const p = post(postText({title: 'Open models'}));
    expect(checkImage(p, {title: 'Open models', image: 42}, site())).toEqual([]);
    expect(checkImage(p, {title: 'Open models', image: ['/img/a.png']}, site())).toEqual([]);
    expect(checkImage(p, {title: 'Open models'}, {...site(), settings: {required: [], socialCards: false}})).toEqual(
      [],
    );
    expect(
      checkImage(p, {title: 'Open models'}, {...site(), settings: {required: ['image'], socialCards: true}}),
    ).toEqual([]);
  });
});

describe('imagePathsToInspect', () => {
  const p = post(postText({title: 'Open models'}));
  it('lists every candidate of a local image', () => {
    expect(imagePathsToInspect(p, {image: '/img/a%20b.png'}, site({}, [STATIC, path.join(SITE, 'public')]))).toEqual([
      path.join(STATIC, 'img/a b.png'),
      path.join(SITE, 'public/img/a b.png'),
    ]);
    expect(imagePathsToInspect(p, {image: './a.png'}, site())).toEqual([path.join(SITE, 'blog/a.png')]);
  });
  it('lists nothing for remote, unsafe, missing or non-string images', () => {
    expect(imagePathsToInspect(p, {image: SEED_IMAGE}, site())).toEqual([]);
    expect(imagePathsToInspect(p, {image: '/../../etc/passwd'}, site())).toEqual([]);
    expect(imagePathsToInspect(p, {image: '../../../etc/passwd'}, site())).toEqual([]);
    expect(imagePathsToInspect(p, {}, site())).toEqual([]);
    expect(imagePathsToInspect(p, {image: 7}, site())).toEqual([]);
  });
});
