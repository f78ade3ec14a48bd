/**
 * What the checker keeps of a post once it is read. A post's bytes (and the
 * decoded front matter, whose positions refer to them) are read again by a
 * check only to show or locate a problem, or to scan the body for a copy of
 * the post's image; a post with no problem so far lets them go (keeping, for
 * a remote image, what follows each copy of its path in the body), and reads
 * its file again if a later check reports on it. On a blog of thousands of
 * posts, that is most of the check's memory (and of its garbage collection),
 * for about one post in a hundred read twice.
 */
import {readFileSync} from 'node:fs';
import type {PostInput} from './context';
import {parsePost, type ParsedPost} from './parse';
import {BODY_COPY_BYTES, bodyCopyPaths} from './rules/image';

export function withoutBytes(post: PostInput): PostInput {
  const {data, findings, bodyLine} = post.parsed;
  if (findings.length || !data) return post;
  // A remote image's copies in the body: what follows each, found now.
  const paths = bodyCopyPaths(data.image);
  const following = paths.length
    ? new Map(paths.map((path) => [path, post.parsed.bodyFollowing(path, BODY_COPY_BYTES)]))
    : undefined;
  return {...post, parsed: new LeanParsed(post.absolutePath, data, findings, bodyLine, following)};
}

/** A post's front matter as read, with everything else read again from its file when asked for. */
export function leanParsed(
  absolutePath: string,
  data: ParsedPost['data'],
  findings: ParsedPost['findings'],
  bodyLine: number,
): ParsedPost {
  return new LeanParsed(absolutePath, data, findings, bodyLine);
}

/**
 * One small object per post, its methods shared (call them on it, do not
 * detach them): a literal with getters and ten closures weighs many times
 * more, times thousands of posts.
 */
class LeanParsed implements ParsedPost {
  private again: ParsedPost | undefined;
  constructor(
    private readonly absolutePath: string,
    readonly data: ParsedPost['data'],
    readonly findings: ParsedPost['findings'],
    readonly bodyLine: number,
    /** What bodyFollowing(text, BODY_COPY_BYTES) gave for these texts, found while the bytes were at hand. */
    private readonly following?: ReadonlyMap<string, string[]>,
  ) {}
  private read(): ParsedPost {
    return (this.again ??= parsePost(readFileSync(this.absolutePath)));
  }
  get source() {
    return this.read().source;
  }
  get body() {
    return this.read().body;
  }
  bodyHead(length: number) {
    return this.read().bodyHead(length);
  }
  locate(...args: Parameters<ParsedPost['locate']>) {
    return this.read().locate(...args);
  }
  position(offset: number) {
    return this.read().position(offset);
  }
  mentions(text: string) {
    return this.read().mentions(text);
  }
  bodyMentions(text: string) {
    return this.read().bodyMentions(text);
  }
  bodyFollowing(text: string, length: number) {
    const known = length === BODY_COPY_BYTES ? this.following?.get(text) : undefined;
    return known ?? this.read().bodyFollowing(text, length);
  }
}
