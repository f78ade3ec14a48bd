/**
 * The Open Graph image: where `image` points (an https URL or a file of the
 * site), whether that file makes a usable social card, and whether the title an
 * OG-image service draws is the post's title, in the front matter and where the
 * body shows the same image again. Pure: the files' facts come from
 * loadImageFacts (check/load/images.ts), which the loader calls on imagePathsToInspect.
 */
import path from 'node:path';
import {codePoint, truncate} from '../../shared/text';
import type {ImageFacts, PostInput, SiteFacts} from '../context';
import {defineRule, type Finding, type Range} from './rule';

export type ImageRef =
  | {kind: 'remote'; url: URL}
  | {kind: 'local'; absolutePath: string; candidates: string[]}
  | {kind: 'unsafe'; reason: string};

/** Formats every social network shows (from the file's content, as image-size names them). */
export const IMAGE_FORMATS: ReadonlySet<string> = new Set(['png', 'jpg', 'jpeg', 'webp']);
export const MIN_WIDTH = 1200;
export const MIN_HEIGHT = 630;
/** Open Graph's 1200×630; networks crop images whose ratio is further off than the tolerance. */
export const ASPECT_RATIO = 1.91;
export const ASPECT_TOLERANCE = 0.1;
/** X (Twitter) refuses larger cards; Facebook's 8 MB is more lenient. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const CONTROL = /[\u0000-\u001f\u007f]/u;
const SITE_PATH_HINT = 'a site path such as /img/cover.png';

const REASONS = {
  empty: `is empty. Write an https:// URL or ${SITE_PATH_HINT}, or remove the field.`,
  http: 'uses http://, which browsers block on https pages and social networks may refuse. Use https:// instead.',
  javascript: `uses the javascript: scheme, which runs code instead of pointing at an image. Use an https:// URL or ${SITE_PATH_HINT}.`,
  data: `is a data: URL; social networks do not load images inlined in the page. Save the image under static/ and write its site path, such as /img/cover.png.`,
  file: "is a file: URL, which points at a file on the writer's own computer. Save the image under static/ and write its site path, such as /img/cover.png.",
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
} as const;

const unsafe = (reason: string): ImageRef => ({kind: 'unsafe', reason});

const controlReason = (char: string) => `holds the control character ${codePoint(char)}. Remove it.`;

/**
 * Where an `image` value points. A site path (`/img/x.png`) may be in any static
 * folder, so it has one candidate per folder; a relative path is resolved
 * against the post's folder. Paths are decoded before they are checked, and
 * checked by where they resolve, so no spelling of ".." gets out.
 */
export function classifyImage(
  value: string,
  postAbsolutePath: string,
  staticDirs: readonly string[],
  siteDir?: string,
): ImageRef {
  const text = value.trim();
  if (text === '') return unsafe(REASONS.empty);
  const control = CONTROL.exec(text);
  if (control) return unsafe(controlReason(control[0]));
  if (text.includes('\\')) return unsafe(REASONS.backslash);

  const scheme = SCHEME.exec(text)?.[1]!.toLowerCase();
  if (scheme === 'https') {
    try {
      const url = new URL(text);
      return url.hostname ? {kind: 'remote', url} : unsafe(REASONS.badUrl);
    } catch {
      return unsafe(REASONS.badUrl);
    }
  }
  if (scheme === 'http') return unsafe(REASONS.http);
  if (scheme === 'javascript' || scheme === 'vbscript')
    return unsafe(REASONS.javascript.replace('javascript:', `${scheme}:`));
  if (scheme === 'data') return unsafe(REASONS.data);
  if (scheme === 'file') return unsafe(REASONS.file);
  if (scheme)
    return unsafe(`uses the ${scheme}: scheme. Only https:// URLs and site paths such as /img/cover.png are allowed.`);
  if (text.startsWith('//')) return unsafe(REASONS.protocolRelative);

  // What a static server looks up: the path without its query or fragment, decoded once.
  const rawPath = text.replace(/[?#][\s\S]*$/, '');
  if (rawPath.split('/').some((segment) => segment.includes('%') && /^\.{1,2}$/.test(decodeRepeatedly(segment)))) {
    return unsafe(REASONS.encodedDots);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return unsafe(REASONS.malformed);
  }
  const decodedControl = CONTROL.exec(decoded);
  if (decodedControl) return unsafe(controlReason(decodedControl[0]));
  if (decoded.includes('\\')) return unsafe(REASONS.backslash);

  if (decoded.startsWith('/')) {
    const candidates: string[] = [];
    for (const dir of staticDirs) {
      const candidate = path.resolve(dir, `.${decoded}`);
      if (!isInside(dir, candidate)) return unsafe(REASONS.leavesStatic);
      candidates.push(candidate);
    }
    return {kind: 'local', absolutePath: candidates[0] ?? decoded, candidates};
  }
  const resolved = path.resolve(path.dirname(postAbsolutePath), decoded);
  if (siteDir !== undefined && !isInside(siteDir, resolved)) return unsafe(REASONS.leavesSite);
  return {kind: 'local', absolutePath: resolved, candidates: [resolved]};
}

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(path.resolve(folder), target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** Decodes until nothing changes (at most 3 times): how `%252e` hides a dot. */
function decodeRepeatedly(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(current);
      if (next === current) break;
      current = next;
    } catch {
      break;
    }
  }
  return current;
}

/**
 * Why an image whose file really is at `real`, outside the site, is unsafe:
 * Docusaurus copies the file an image resolves to into the build.
 * `linked`: a symlink leads there, rather than the path itself.
 */
export function outsideSiteReason(real: string, linked: boolean): string {
  return linked
    ? `is a symlink to ${real}, outside the site: the build would copy that file and publish it. Copy the image into the site instead of linking it.`
    : `leads to ${real}, outside the site: the build would copy that file and publish it. Point at an image inside the site.`;
}

/** The local files the loader must inspect (loadImageFacts) before checkImage runs. */
export function imagePathsToInspect(post: PostInput, data: Record<string, unknown>, site: SiteFacts): string[] {
  if (typeof data.image !== 'string') return [];
  const ref = classifyImage(data.image, post.absolutePath, site.staticDirs, site.siteDir);
  return ref.kind === 'local' ? ref.candidates : [];
}

/** A title as a reader compares it: composed Unicode, single spaces, no edges. */
export function normalizeTitle(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Long values (data: URLs) are cut in messages. */
const SHOWN_LENGTH = 80;

export const imageUnsafe = defineRule({
  id: 'image-unsafe',
  severity: 'error',
  category: 'safety',
  description:
    'an image URL that is not https or a site file, or an image (front matter or body) that leads out of the site',
  fix: 'Use an `https:` URL, a site path (`/img/x.png` under `static/`) or a file next to the post; copy an image linked from outside into the site.',
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    unsafe: ({value, reason}: {value: string; reason: string}) =>
      `The image "${truncate(value, SHOWN_LENGTH)}" ${reason}`,
  },
});

export const imageProtocolRelative = defineRule({
  id: 'image-protocol-relative',
  severity: 'error',
  category: 'house',
  description: 'an image URL that starts with // instead of https://',
  fix: 'Write the full `https://` URL: social networks do not complete a URL that starts with `//`.',
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    protocolRelative: ({value}: {value: string}) =>
      `The image "${truncate(value, SHOWN_LENGTH)}" ${REASONS.protocolRelative}`,
  },
});

export const imageMissing = defineRule({
  id: 'image-missing',
  severity: 'error',
  category: 'safety',
  description: 'a local image that does not exist',
  fix: 'Add the file where the message says it looked, or fix the path.',
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    missing: ({value, lookedFor}: {value: string; lookedFor: string[]}) =>
      `The image "${value}" does not exist: ${lookedFor.length ? `looked for ${lookedFor.join(' or ')}` : 'the site has no static folder'}. Add the file there or fix the path.`,
    siteAlias: ({value, lookedFor, sitePath}: {value: string; lookedFor: string[]; sitePath: string | undefined}) =>
      `The image "${value}" does not exist: Docusaurus does not resolve "@site/" in "image" (only in imports and Markdown links), so it reads the value as a path next to the post and looked for ${lookedFor.join(' or ')}. ${sitePath ? `Write the path from the static folder: ${sitePath}.` : 'Write the path from a static folder, such as /img/cover.png, or a path next to the post.'}`,
  },
});

export const imageFormat = defineRule({
  id: 'image-format',
  severity: 'warning',
  category: 'house',
  description: 'a local image that is not PNG, JPEG or WebP',
  fix: 'Export the image as PNG, JPEG or WebP.',
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    format: ({file, format}: {file: string; format: string | undefined}) =>
      `The image file ${file} ${format ? `is ${format.toUpperCase()}` : 'is not in an image format we recognize'}; social networks show only PNG, JPEG or WebP images. Export it as a ${MIN_WIDTH}×${MIN_HEIGHT} PNG or JPEG.`,
  },
});

export const imageDimensions = defineRule({
  id: 'image-dimensions',
  severity: 'warning',
  category: 'house',
  description: `a local image smaller than ${MIN_WIDTH}×${MIN_HEIGHT} or far from ${ASPECT_RATIO}:1`,
  fix: `Use ${MIN_WIDTH}×${MIN_HEIGHT} pixels or larger, close to ${ASPECT_RATIO}:1.`,
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    dimensions: ({
      file,
      width,
      height,
      small,
      offRatio,
    }: {
      file: string;
      width: number;
      height: number;
      small: boolean;
      offRatio: boolean;
    }) => {
      const problems = [
        small ? `smaller than the ${MIN_WIDTH}×${MIN_HEIGHT} that social cards need` : '',
        offRatio ? `its ratio ${(width / height).toFixed(2)}:1 is far from ${ASPECT_RATIO}:1, so networks crop it` : '',
      ].filter(Boolean);
      return `The image file ${file} is ${width}×${height} pixels, ${problems.join(', and ')}. Use an image of ${MIN_WIDTH}×${MIN_HEIGHT} pixels, or larger at ${ASPECT_RATIO}:1.`;
    },
  },
});

export const imageFileSize = defineRule({
  id: 'image-file-size',
  severity: 'warning',
  category: 'house',
  description: `a local image over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
  fix: `Compress the image under ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    tooLarge: ({file, bytes}: {file: string; bytes: number}) =>
      `The image file ${file} is ${(bytes / 1024 / 1024).toFixed(1)} MB; social networks refuse images over ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Compress it, or export it as JPEG or WebP.`,
  },
});

export const imageTitleMismatch = defineRule({
  id: 'image-title-mismatch',
  severity: 'error',
  category: 'house',
  description: "an image URL whose title parameter is not the post's title",
  fix: "Make the URL's `title` parameter the post's own title, percent-encoded once.",
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    encodedTwice: ({shown, title, fix}: {shown: string; title: string; fix: string}) =>
      `The image's title parameter is percent-encoded twice, so the social card shows "${shown}" instead of "${title}". Encode the title once: ${fix}`,
    untranslated: ({shown, title, script, fix}: {shown: string; title: string; script: string; fix: string}) =>
      `The image carries an untranslated title in Latin letters ("${shown}"), but the post's title is in ${script} ("${title}"), so the social card shows the untranslated title. Set the image's title parameter to the post's title, percent-encoded: ${fix}`,
    otherTitle: ({shown, title, fix}: {shown: string; title: string; fix: string}) =>
      `The image's title parameter "${shown}" is not the post's title "${title}", so the social card shows another title. Set the parameter to the post's title, percent-encoded: ${fix}`,
  },
});

export const imageBodyMismatch = defineRule({
  id: 'image-body-mismatch',
  severity: 'warning',
  category: 'house',
  description: 'the same image in the body with another title',
  fix: "Give the image in the body the same `title` parameter as the front matter's.",
  blocking: false,
  scope: 'post',
  check: checkImage,
  messages: {
    otherTitle: ({here, frontMatter}: {here: string; frontMatter: string}) =>
      `This image repeats the front matter image with another title: "${here}" here, "${frontMatter}" in the front matter, so the post shows a card unlike its social card. Use the front matter's image URL here.`,
  },
});

export function checkImage(post: PostInput, data: Record<string, unknown>, site: SiteFacts): Finding[] {
  const value = data.image;
  // Not a string: field-type reports it. Absent: field-required decides.
  if (typeof value !== 'string') return [];
  const ref = classifyImage(value, post.absolutePath, site.staticDirs, site.siteDir);
  if (ref.kind === 'unsafe' && ref.reason === REASONS.protocolRelative)
    return [imageProtocolRelative.report('protocolRelative', {path: ['image']}, {value})];
  if (ref.kind === 'unsafe') return [imageUnsafe.report('unsafe', {path: ['image']}, {value, reason: ref.reason})];
  if (ref.kind === 'local') return checkLocalImage(value, ref.candidates, site);
  return [...checkTitle(ref.url, data.title), ...checkBody(post, ref.url)];
}

function checkLocalImage(value: string, candidates: readonly string[], site: SiteFacts): Finding[] {
  const fromSite = (file: string) => path.relative(site.siteDir, file).split(path.sep).join('/');
  let file: string | undefined;
  let facts: ImageFacts | undefined;
  for (const candidate of candidates) {
    const found = site.images.get(candidate);
    if (found?.exists) {
      file = candidate;
      facts = found;
      break;
    }
  }
  if (!file || !facts) {
    const lookedFor = candidates.map(fromSite);
    if (!value.startsWith('@site/')) return [imageMissing.report('missing', {path: ['image']}, {value, lookedFor})];
    // `@site/static/img/x.png` means the site path /img/x.png, in whichever static folder it is.
    const fromStatic = site.staticDirs
      .map((dir) => path.relative(dir, path.join(site.siteDir, value.slice('@site/'.length))))
      .find((relative) => relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative));
    const sitePath = fromStatic === undefined ? undefined : `/${fromStatic.split(path.sep).join('/')}`;
    return [imageMissing.report('siteAlias', {path: ['image']}, {value, lookedFor, sitePath})];
  }
  if (facts.outside)
    return [imageUnsafe.report('unsafe', {path: ['image']}, {value, reason: outsideSiteReason(facts.outside, true)})];
  const name = fromSite(file);
  const findings: Finding[] = [];
  const format = facts.format?.toLowerCase();
  if (!format || !IMAGE_FORMATS.has(format)) {
    findings.push(imageFormat.report('format', {path: ['image']}, {file: name, format}));
  } else if (facts.width && facts.height) {
    const {width, height} = facts;
    const small = width < MIN_WIDTH || height < MIN_HEIGHT;
    const offRatio = Math.abs(width / height / ASPECT_RATIO - 1) > ASPECT_TOLERANCE;
    if (small || offRatio) {
      findings.push(
        imageDimensions.report('dimensions', {path: ['image']}, {file: name, width, height, small, offRatio}),
      );
    }
  }
  if (facts.size !== undefined && facts.size > MAX_IMAGE_BYTES) {
    findings.push(imageFileSize.report('tooLarge', {path: ['image']}, {file: name, bytes: facts.size}));
  }
  return findings;
}

const RTL_SCRIPTS: readonly [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Syriac', /\p{Script=Syriac}/u],
  ['Thaana', /\p{Script=Thaana}/u],
  ['N’Ko', /\p{Script=Nko}/u],
];
const LATIN = /\p{Script=Latin}/u;

/**
 * The title an OG-image service reads from the URL: URLSearchParams decodes
 * `%20`, `+` and UTF-8 escapes, and `new URL` has already escaped raw
 * non-ASCII text, so every single encoding of one title gives the same string.
 */
export function titleParameter(url: URL): string | undefined {
  return url.searchParams.get('title') ?? undefined;
}

/** One more decoding, when what is left still holds escapes that decode cleanly. */
function decodedAgain(text: string): string | undefined {
  if (!/%[\da-f]{2}/i.test(text)) return undefined;
  try {
    const again = decodeURIComponent(text);
    return again === text ? undefined : again;
  } catch {
    return undefined;
  }
}

function checkTitle(url: URL, title: unknown): Finding[] {
  const parameter = titleParameter(url);
  if (parameter === undefined || typeof title !== 'string' || title.trim() === '') return [];
  const want = normalizeTitle(title);
  const got = normalizeTitle(parameter);
  if (got === want) return [];
  const fix = `title=${encodeURIComponent(want)}`;
  const where = {path: ['image']};

  // A title encoded twice is the same words, but the service decodes once and
  // draws the leftover escapes ("%20") on the card: still wrong, said precisely.
  const again = decodedAgain(parameter);
  if (again !== undefined && normalizeTitle(again) === want) {
    return [imageTitleMismatch.report('encodedTwice', where, {shown: got, title: want, fix})];
  }
  const script = RTL_SCRIPTS.find(([, letters]) => letters.test(want));
  if (script && LATIN.test(got) && !RTL_SCRIPTS.some(([, letters]) => letters.test(got))) {
    return [imageTitleMismatch.report('untranslated', where, {shown: got, title: want, script: script[0], fix})];
  }
  return [imageTitleMismatch.report('otherTitle', where, {shown: got, title: want, fix})];
}

export interface BodyImage {
  url: string;
  /** Offsets into the body. */
  start: number;
  end: number;
}

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*(?:<([^>\n]*)>|([^\s()]+(?:\([^\s()]*\)[^\s()]*)*))/dg;
const HTML_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/dgi;

/** Markdown and HTML images in a post's body, outside code. */
export function bodyImages(body: string): BodyImage[] {
  return markupImages(body, maskCode(body)).map(({url, start, end}) => ({url, start, end}));
}

/** Markdown and HTML images in `body`, found in `text` (the body with its code blanked), in the body's order. */
function markupImages(body: string, text: string): BodyFile[] {
  const out: BodyFile[] = [];
  for (const regex of [MARKDOWN_IMAGE, HTML_IMAGE]) {
    // Each pattern runs only where its opening can be found at all.
    if (regex === MARKDOWN_IMAGE ? !text.includes('![') : !/<img/i.test(text)) continue;
    for (const match of text.matchAll(regex)) {
      const group = [1, 2, 3].find((i) => match[i] !== undefined);
      if (group === undefined) continue;
      const [start, end] = match.indices![group]!;
      const raw = body.slice(start, end);
      const html = regex === HTML_IMAGE;
      out.push({url: html ? raw.replace(/&amp;/g, '&') : raw, start, end, kind: html ? 'html' : 'markdown'});
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A file the body of a post names, as Docusaurus reads it: a Markdown image
 * (its mdx-loader copies the file into the build: a site path from the static
 * folders, `@site/…`, or a path next to the post), an HTML `<img>` (only a site
 * path reaches a file: the static folder's copy), or an image an MDX
 * `require()` or `import` bundles (a module path).
 */
export interface BodyFile extends BodyImage {
  kind: 'markdown' | 'html' | 'module';
}

/** `require("…")`, `import("…")`, `import "…"` and `… from "…"`, with the module path. */
const MODULE_PATH = /(?:\brequire\s*\(\s*|\bimport\s*\(\s*|\bimport\s+|\bfrom\s+)(["'`])([^"'`\n]+)\1/dg;
/** The extensions of the image files Docusaurus's bundler loads (its url-loader and SVGR rules). */
const IMAGE_EXTENSIONS = String.raw`\.(?:a?png|jpe?g|gif|webp|avif|svg|ico|bmp)`;
/** An image file's path. */
const IMAGE_FILE = new RegExp(`${IMAGE_EXTENSIONS}$`, 'i');
/** Such an extension anywhere: a body without one names no image module. */
const IMAGE_EXTENSION = new RegExp(IMAGE_EXTENSIONS, 'i');

/** Whether a body may name a file at all: a few byte searches, before any pattern runs. */
export function mayNameFiles(mentions: (text: string) => boolean): boolean {
  return ['![', '<img', '<IMG', 'require(', 'import'].some(mentions);
}

/** The files a post's body names (BodyFile), outside code, in the body's order. */
export function bodyFiles(body: string): BodyFile[] {
  // Blanking code only writes spaces: a body without the text each pattern
  // needs (prose that says "important" holds no image) is not blanked at all.
  const markup = body.includes('![') || /<img/i.test(body);
  const mayImport = (body.includes('require') || body.includes('import')) && IMAGE_EXTENSION.test(body);
  if (!markup && !mayImport) return [];
  const text = maskCode(body);
  // `<img src={require(…)}>` is JSX: its module path is found below.
  const images = markupImages(body, text).filter((image) => !(image.kind === 'html' && image.url.startsWith('{')));
  const modules = mayImport && (text.includes('require') || text.includes('import')) ? text.matchAll(MODULE_PATH) : [];
  for (const match of modules) {
    const [start, end] = match.indices![2]!;
    const url = body.slice(start, end);
    // A loader prefix ("!!raw-loader!") is no part of the file's path; a query or fragment neither.
    const file = url.slice(url.lastIndexOf('!') + 1).replace(/[?#].*$/, '');
    if (IMAGE_FILE.test(file)) images.push({url: file, start, end, kind: 'module'});
  }
  return images.sort((a, b) => a.start - b.start);
}

/** Blanks fenced code blocks and inline code, keeping every offset. */
function maskCode(body: string): string {
  // No backtick and no tilde: no code to blank (most bodies).
  if (!body.includes('`') && !body.includes('~')) return body;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const lines = body.split('\n');
  let fence: string | undefined;
  const masked = lines.map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line))
        fence = undefined;
      return blank(line);
    }
    if (open) {
      fence = open[1];
      return blank(line);
    }
    return line;
  });
  return masked.join('\n').replace(/(`+)[^`\n]+\1/g, (code) => blank(code));
}

/** How much of the body checkBody reads after each copy of the image's path. */
export const BODY_COPY_BYTES = 4096;

/**
 * What checkBody looks for in a post's body when `image` is a remote URL with
 * a title: its path, as written and decoded. A post the checker keeps without
 * its bytes (check/retained.ts) keeps what follows them, and answers without
 * reading its file again.
 */
export function bodyCopyPaths(image: unknown): string[] {
  if (typeof image !== 'string' || !URL.canParse(image)) return [];
  const url = new URL(image);
  if (!url.hostname || titleParameter(url) === undefined) return [];
  return pathForms(url);
}

/** A URL's path as written and decoded: how a copy of it in the body may spell it. */
const pathForms = (url: URL): string[] => [...new Set([url.pathname, safeDecode(url.pathname)])];

function checkBody(post: PostInput, image: URL): Finding[] {
  const imageTitle = titleParameter(image);
  // Most posts never repeat their image: look for it in the bytes first.
  if (imageTitle === undefined) return [];
  // Most posts never repeat their image, or repeat it unchanged: look at what
  // follows its path in the bytes first, and read the whole body only when a
  // copy may carry another title.
  const copies = pathForms(image).flatMap((p) => post.parsed.bodyFollowing(p, BODY_COPY_BYTES));
  const sameTitle = (rest: string) => {
    try {
      const title = titleParameter(new URL(`${image.origin}${image.pathname}${/^[^\s)"'<>]*/.exec(rest)![0]}`));
      return title === undefined || normalizeTitle(title) === normalizeTitle(imageTitle);
    } catch {
      return false;
    }
  };
  if (copies.every(sameTitle)) return [];
  const {source, body} = post.parsed;
  const position = (offset: number) => post.parsed.position(offset);
  const bodyStart = source.length - body.length;
  const findings: Finding[] = [];
  for (const found of bodyImages(body)) {
    let url: URL;
    try {
      url = new URL(found.url);
    } catch {
      continue;
    }
    if (url.origin !== image.origin || url.pathname !== image.pathname) continue;
    const title = titleParameter(url);
    if (title === undefined || normalizeTitle(title) === normalizeTitle(imageTitle)) continue;
    const start = position(bodyStart + found.start);
    const end = position(bodyStart + found.end);
    const range: Range = {line: start.line, column: start.column, endLine: end.line, endColumn: end.column};
    const titles = {here: normalizeTitle(title), frontMatter: normalizeTitle(imageTitle)};
    findings.push(imageBodyMismatch.report('otherTitle', {path: ['image'], range}, titles));
  }
  return findings;
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
