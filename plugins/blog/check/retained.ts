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
  const {parsed} = post;
  const {data, findings, bodyLine} = parsed;
  if (findings.length || !data || data.image !== undefined) return post;
  // The closures below hold the file's path only, not the post read first.
  const {absolutePath} = post;
  let again: ParsedPost | undefined;
  const read = () => (again ??= parsePost(readFileSync(absolutePath)));
  const lean: ParsedPost = {
    get source() {
      return read().source;
    },
    data,
    findings,
    get body() {
      return read().body;
    },
    bodyLine,
    locate: (path, at) => read().locate(path, at),
    position: (offset) => read().position(offset),
    bodyMentions: (text) => read().bodyMentions(text),
    bodyFollowing: (text, length) => read().bodyFollowing(text, length),
  };
  return {...post, parsed: lean};
}
