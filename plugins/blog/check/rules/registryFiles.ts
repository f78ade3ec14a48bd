/**
 * tags.yml and authors.yml themselves: the loader (check/load) reports this
 * rule as it reads them. Docusaurus reads the same files and would stop on a
 * stack trace, expand an alias bomb, or write a page outside the build.
 */
import {defineRule} from './rule';

type Kind = 'tags' | 'authors';

export const registryInvalid = defineRule({
  id: 'registry-invalid',
  severity: 'error',
  category: 'safety',
  description: 'a tags.yml or authors.yml that cannot be read',
  fix: 'Fix the YAML of `tags.yml` / `authors.yml`: each key maps to its fields.',
  blocking: false,
  scope: 'registry',
  messages: {
    tooLarge: ({file, bytes, max}: {file: string; bytes: number; max: number}) =>
      `${file} is ${Math.round(bytes / 1024)} KB; more than ${max / 1024} KB is refused unread.`,
    notRegular: ({file, what}: {file: string; what: string}) =>
      `${file} is ${what}, not a regular file: it is not read (a pipe would block the check and the build). Replace it with a YAML file.`,
    unreadable: ({file, reason}: {file: string; reason: string}) => `${file} cannot be read (${reason}).`,
    notUtf8: ({file, offset}: {file: string; offset: number}) =>
      `${file} is not valid UTF-8 (byte ${offset}). Save it as UTF-8.`,
    nul: ({file}: {file: string}) => `${file} holds a NUL byte: it is binary or corrupted. Save it as UTF-8 text.`,
    yaml: ({file, reason}: {file: string; reason: string}) => `${file} cannot be read: ${reason}`,
    alias: ({file, source}: {file: string; source: string}) =>
      `${file}: the YAML alias *${source} is not allowed. Write the value out.`,
    mergeKey: ({file}: {file: string}) => `${file}: YAML merge keys (<<) are not allowed. Write the fields out.`,
    tag: ({file, tag}: {file: string; tag: string}) =>
      `${file}: the YAML tag ${tag} is not allowed: plain values only.`,
    notMapping: ({file, kind}: {file: string; kind: Kind}) =>
      `${file} must map each ${kind === 'tags' ? 'tag' : 'author'} key to its fields.`,
    keyNotText: ({file}: {file: string}) => `${file}: every key must be a plain string.`,
    badKey: ({file, key, problem}: {file: string; key: string; problem: string}) =>
      `${file}: the key "${key}" ${problem}`,
    entryNotMapping: ({file, key, kind}: {file: string; key: string; kind: Kind}) =>
      `${file}: "${key}" must be a mapping of fields (${kind === 'tags' ? 'label, permalink, description' : 'name, title, image_url'}).`,
    badEntry: ({file, key, problem}: {file: string; key: string; problem: string}) => `${file}: "${key}" ${problem}`,
  },
});
