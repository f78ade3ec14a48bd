/**
 * A command of the plugin run in a child process (bin/run.mjs COMMAND): its
 * input as text on stdin, its output read from stdout. The child ends with 0
 * when done; otherwise its reason is the last line of its stderr, with the
 * command's prefix ("drawCards: ") and any final full stop taken off (the
 * build sets it in a sentence of its own; Pagefind's reasons end with one).
 *
 * The child runs at the lowest priority (nice 19; the processes it starts,
 * Pagefind's, inherit it). Its work is the build's background work (the
 * cards drawn while the locale bundles, a locale's search index written
 * while the next one builds), and on a machine whose cores the build keeps
 * busy, a child at the build's own priority took their time from the
 * bundler: at the build's priority, a build of 1,000 posts in two locales
 * on two cores took 113.5 and 108.6 s; at the lowest, 103.2 and 102.3 s
 * (interleaved, 2026-12-03). What the build waits for at its end, it gets
 * the cores for then.
 */
import {spawn} from 'node:child_process';
import {constants, setPriority} from 'node:os';
import path from 'node:path';

/** bin/run.mjs, which runs the plugin's commands (in a command's bundle too: it sets `__dirname` to commands/). */
export const pluginScript = (): string => path.join(__dirname, '../bin/run.mjs');

/** `node bin/run.mjs NAME`, as this process's Node runs it. */
export function pluginCommand(name: string): string[] {
  return [process.execPath, pluginScript(), name];
}

/** Runs the command with `input` on its stdin; resolves with its stdout, or rejects with its one-line reason. */
export function runInChild(command: readonly string[], input: string, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const [file, ...args] = command;
    const child = spawn(file!, args, {stdio: ['pipe', 'pipe', 'pipe']});
    lowestPriority(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    // A process that ends first (a failed build, Ctrl-C) takes its child with it.
    const stop = () => child.kill();
    process.once('exit', stop);
    child.on('error', (error) => reject(new Error(`${what} could not start (${error.message})`)));
    child.on('close', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) {
        resolve(stdout);
        return;
      }
      const last = stderr.trim().split('\n').pop();
      const prefix = `${command[command.length - 1]}: `;
      const reason = (last?.startsWith(prefix) ? last.slice(prefix.length) : last)?.replace(/\.+$/, '');
      reject(new Error(reason || (signal ? `${what} was stopped by ${signal}` : `${what} exited with code ${code}`)));
    });
    // A child that stops before reading everything closes the pipe: its exit code tells why.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** Sets a process to the lowest priority, before it is given any work; a system that refuses leaves it as it is. */
function lowestPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here, or the child has already ended: it runs as it is.
  }
}
