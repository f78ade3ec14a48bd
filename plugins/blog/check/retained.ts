/**
 * What the checker keeps of a post once it is read. A post's bytes (and the
 * decoded front matter, whose positions refer to them) are read again by a
 * check only to show or locate a problem, or to scan the body for a copy of
 * the post's image; a post with no problem so far and no `image` lets them go,
 * and reads its file again if a later check reports on it. On a blog of
 * thousands of posts, that is most of the check's memory (and of its garbage
 * collection), for about one post in a hundred read twice.
 */
import {readFileSync} from 'node:fs';
import type {PostInput} from './context';
import {parsePost, type ParsedPost} from './parse';

export function withoutBytes(post: PostInput): PostInput {
  const {data, findings, bodyLine} = post.parsed;
  if (findings.length || !data || data.image !== undefined) return post;
  return {...post, parsed: leanParsed(post.absolutePath, data, findings, bodyLine)};
}

/** A post's front matter as read, with everything else read again from its file when asked for. */
export function leanParsed(
  absolutePath: string,
  data: ParsedPost['data'],
  findings: ParsedPost['findings'],
  bodyLine: number,
): ParsedPost {
  let again: ParsedPost | undefined;
  const read = () => (again ??= parsePost(readFileSync(absolutePath)));
  return {
    get source() {
      return read().source;
    },
    data,
    findings,
    get body() {
      return read().body;
    },
    bodyLine,
    bodyHead: (length) => read().bodyHead(length),
    locate: (path, at) => read().locate(path, at),
    position: (offset) => read().position(offset),
    mentions: (text) => read().mentions(text),
    bodyMentions: (text) => read().bodyMentions(text),
    bodyFollowing: (text, length) => read().bodyFollowing(text, length),
  };
}
