/**
 * When each post last changed, from git: one `git log` over the site's blog
 * folders, renames followed, read once per check. Outside a git work tree (or
 * without git) there is no history, and the rules that need it are silent:
 * file times are not trusted, as a checkout or a copy sets them all.
 */
import {execFile} from 'node:child_process';

export interface Commit {
  hash: string;
  /** ISO 8601, the committer's date. */
  date: string;
  subject: string;
}

/** The commits that changed each file, newest first, by path relative to the site (renames followed). */
export type FileHistory = ReadonlyMap<string, readonly Commit[]>;

const SEPARATOR = '\u0001';

export function loadHistory(siteDir: string, folders: readonly string[]): Promise<FileHistory | undefined> {
  const args = [
    'log',
    '--relative',
    '--name-status',
    '-M',
    '--no-color',
    `--format=${SEPARATOR}%H%x09%cI%x09%s`,
    '--',
    ...folders,
  ];
  return new Promise((resolve) => {
    execFile('git', args, {cwd: siteDir, maxBuffer: 256 * 1024 * 1024, windowsHide: true}, (error, stdout) => {
      resolve(error ? undefined : parseLog(stdout));
    });
  });
}

/** `git log --name-status -M` output, newest commit first, into each current file's commits. */
function parseLog(log: string): FileHistory {
  const history = new Map<string, Commit[]>();
  // An older name → the name the file has now.
  const renamedTo = new Map<string, string>();
  const current = (name: string) => renamedTo.get(name) ?? name;
  for (const entry of log.split(SEPARATOR)) {
    const [head = '', ...lines] = entry.split('\n');
    const [hash, date, ...subject] = head.split('\t');
    if (!hash || !date) continue;
    const commit: Commit = {hash, date, subject: subject.join('\t')};
    for (const line of lines) {
      const [status = '', first, second] = line.split('\t');
      if (!first) continue;
      const name = current(second ?? first);
      if (status.startsWith('R') && second) renamedTo.set(first, name);
      const list = history.get(name);
      if (list) list.push(commit);
      else history.set(name, [commit]);
    }
  }
  return history;
}
