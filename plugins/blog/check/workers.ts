/**
 * The check of a large multilingual blog over several threads: its locales
 * are shared among worker threads (one per core, at most one per locale),
 * each of which reads its locales' posts and runs every post's own checks;
 * the checks across posts then run here, on what they send back, and the
 * report is the one `checkSite` gives, in the same order. Each thread
 * identifies the languages of the posts it reads (from the language cache
 * where it can) and sends back what it used; git's history, which only the
 * checks across posts read, is read here meanwhile. A small blog, one
 * locale or fewer than PARALLEL_FROM_CORES cores: `checkSite` alone (a
 * thread's start costs about what checking a thousand posts does, and each
 * thread loads the whole checker again). On 2 shared cores, a check of 10,000
 * posts in one thread took half the time, two thirds of the processor time and
 * two thirds of the memory of one over two threads (2026-12-01, EPYC). The
 * environment variable QALAM_CHECK_THREADS sets the number of threads
 * (1: none) whatever the cores.
 *
 * A worker is the `check` command started again in a thread (bin/run.mjs,
 * as the language thread is), which calls `serveCheck` when it is not the
 * main thread.
 */
import {availableParallelism} from 'node:os';
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {pluginScript} from '../shared/child';
import {messageOf} from '../shared/text';
import {
  checkPost,
  completed,
  gatherFacts,
  layoutOf,
  postHistory,
  severities,
  siteFacts,
  type CheckedOutcome,
  type CheckResult,
  type CheckSiteOptions,
} from '.';
import type {PostInput} from './context';
import {blogFolder, countPostFiles, loadSite, type LoadedSite, type SiteLayout} from './load';
import {DEFAULT_OPTIONS} from './options';
import {threadsAsked} from './threads';
import {leanParsed, withoutBytes} from './retained';
import {loadLanguageStore, saveLanguageStore} from './translations/languageCache';
import {jointUse, withPostText, type LanguageUse} from './translations/postLanguages';

/** Below this many post files, one thread checks faster than several start. */
const PARALLEL_FROM_FILES = 2_000;
/** Below this many cores, the threads' own start and memory cost more than they save. */
const PARALLEL_FROM_CORES = 4;

/** How many threads may check a blog: QALAM_CHECK_THREADS, else one per core from PARALLEL_FROM_CORES cores. */
function checkingThreadsAllowed(): number {
  const cores = availableParallelism();
  return threadsAsked() ?? (cores >= PARALLEL_FROM_CORES ? cores : 1);
}

interface Job {
  siteDir: string;
  options: CheckSiteOptions;
  locales: string[];
}

/** A post as a worker sends it: everything but the parsed text, which is read again here if needed. */
interface SentOutcome {
  post: Omit<PostInput, 'parsed'> & {bodyLine: number; parseFindings: PostInput['parsed']['findings']};
  data: CheckedOutcome['data'];
  diagnostics: CheckedOutcome['diagnostics'];
}

interface Reply {
  outcomes: SentOutcome[];
  tags: LoadedSite['tags'];
  authors: LoadedSite['authors'];
  registryProblems: LoadedSite['registryProblems'];
  /** The thread's use of the language cache. */
  languages: {used: ReturnType<LanguageUse['used']>; identified: boolean; known: number};
}

/** Whether this thread is a worker of `checkInThreads`. */
export const isCheckWorker = (): boolean =>
  !isMainThread && (workerData as {qalamCheck?: Job} | null)?.qalamCheck !== undefined;

/** The check of the site, over threads when it is worth it; undefined when it is not (call checkSite). */
export async function checkInThreads(siteDir: string, options: CheckSiteOptions): Promise<CheckResult | undefined> {
  // One thread allowed: no need to count the posts (the language thread counts them).
  const allowed = checkingThreadsAllowed();
  if (allowed < 2) return undefined;
  const layout = layoutOf(siteDir, options);
  const withPosts = layout.locales.map((locale) => ({locale, files: countPostFiles(blogFolder(layout, locale))}));
  const total = withPosts.reduce((sum, l) => sum + l.files, 0);
  const threads = Math.min(allowed, withPosts.filter((l) => l.files > 0).length);
  if (threads < 2 || total < PARALLEL_FROM_FILES) return undefined;

  // Locales to threads, largest first, each to the thread with the fewest files so far.
  const shares = Array.from({length: threads}, () => ({locales: [] as string[], files: 0}));
  for (const {locale, files} of [...withPosts].sort((a, b) => b.files - a.files)) {
    const share = shares.reduce((least, s) => (s.files < least.files ? s : least));
    share.locales.push(locale);
    share.files += files;
  }
  // git's history is read by a process of its own while the threads read the posts.
  const history = postHistory(layout);
  let replies: Reply[];
  const started: Worker[] = [];
  try {
    replies = await Promise.all(shares.map((share) => inThread({siteDir, options, locales: share.locales}, started)));
  } catch {
    // A thread that cannot start or answer: the same check in one thread says
    // what is wrong, if anything; the other threads stop, rather than check
    // beside it and hold the process till they are done.
    for (const worker of started) void worker.terminate();
    return undefined;
  }

  const byLocale = new Map<string, SentOutcome[]>();
  for (const reply of replies) {
    for (const outcome of reply.outcomes) {
      const list = byLocale.get(outcome.post.locale) ?? [];
      list.push(outcome);
      byLocale.set(outcome.post.locale, list);
    }
  }
  // In the order checkSite reads them: locale by locale, each locale's files in order.
  const outcomes: CheckedOutcome[] = layout.locales.flatMap((locale) =>
    (byLocale.get(locale) ?? []).map(({post: {bodyLine, parseFindings, ...post}, data, diagnostics}) => ({
      post: {...post, parsed: leanParsed(post.absolutePath, data, parseFindings, bodyLine)},
      data,
      diagnostics,
    })),
  );
  const registries = {
    tags: Object.assign({}, ...replies.map((r) => r.tags)) as LoadedSite['tags'],
    authors: Object.assign({}, ...replies.map((r) => r.authors)) as LoadedSite['authors'],
  };
  // Each thread reads the default locale's registries; their problems come from the one that checks that locale.
  const registryProblems = layout.locales.flatMap((locale) =>
    replies.flatMap((r) => r.registryProblems.filter((p) => p.locale === locale)),
  );
  const checker = {...DEFAULT_OPTIONS, ...options.checker};
  // The fonts' coverage is for a post's own checks, done in the threads.
  const facts = await siteFacts(layout, registries, checker, {coverage: false});
  const known = await history;
  if (known) facts.history = known;
  const result = completed(outcomes, registryProblems, facts, severities(checker));
  await saveLanguageStore(
    facts.siteDir,
    jointUse(replies.map(({languages}) => ({...languages, used: () => languages.used}))),
  );
  return result;
}

/** The job's reply from a thread of its own, which is added to `started`. */
function inThread(job: Job, started: Worker[]): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(pluginScript(), {
      argv: ['check'],
      workerData: {qalamCheck: job},
      stdout: true,
      stderr: true,
    });
    started.push(worker);
    worker.once('message', (reply: Reply | {error: string}) => {
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`check thread exited with ${code}`)));
  });
}

/** In a worker: checks the posts of its locales and sends them back. */
export async function serveCheck(): Promise<void> {
  const {siteDir, options, locales} = (workerData as {qalamCheck: Job}).qalamCheck;
  try {
    const layout: SiteLayout = layoutOf(siteDir, options);
    const languages = await loadLanguageStore(layout.siteDir);
    const site = await loadSite({...layout, locales}, (post) => withoutBytes(withPostText(post, languages)));
    const checker = {...DEFAULT_OPTIONS, ...options.checker};
    const facts = {...(await gatherFacts(site, checker, {languages})), locales: layout.locales};
    const severityOf = severities(checker);
    const outcomes = site.posts.map((post): SentOutcome => {
      const {post: checked, data, diagnostics} = checkPost(post, facts, severityOf);
      const {parsed, ...rest} = checked;
      return {post: {...rest, bodyLine: parsed.bodyLine, parseFindings: parsed.findings}, data, diagnostics};
    });
    const mine = <T>(record: Record<string, T>) =>
      Object.fromEntries(Object.entries(record).filter(([locale]) => locales.includes(locale)));
    const reply: Reply = {
      outcomes,
      tags: mine(site.tags),
      authors: mine(site.authors),
      registryProblems: site.registryProblems.filter((p) => locales.includes(p.locale)),
      languages: {used: languages.used(), identified: languages.identified, known: languages.known},
    };
    parentPort!.postMessage(reply);
  } catch (error) {
    parentPort!.postMessage({error: messageOf(error)});
  }
}
