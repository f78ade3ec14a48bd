/**
 * The languages of a large blog's posts identified in a thread of their own,
 * beside the check that reads the posts: a quarter of a cold check's time,
 * moved to the other core. A blog whose folders hold THREAD_FROM posts or
 * more gets the thread before the first post is read; the checker hands each
 * post to `read` as it reads it, what identification needs of it
 * (LanguageInput: plain data, the body's first lines) goes to the thread in
 * small batches, and the thread's answers fill in each post's languages
 * before the rules read them (`finish`). The thread holds the language cache:
 * it reads it, and writes it when it changed (`save` waits for that). A small
 * blog, one core, or QALAM_CHECK_THREADS=1: each post identified here as it
 * is read. Either way a post's languages are the same (postLanguages.ts
 * identifies).
 *
 * The thread is the plugin's `identifyLanguages` command (bin/run.mjs in a
 * Worker), which loads identification alone, not the checker. When the
 * thread cannot start or fails, the posts are identified here after all.
 * Only the commands ask for the thread (CheckSiteOptions): run.mjs sets V8's
 * flags for the whole process, which the build's must not get.
 */
import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import {pluginScript} from '../../shared/child';
import {blogFolder, countPostFiles, type SiteLayout} from '../load';
import type {PostInput} from '../context';
import {threadsAsked} from '../threads';
import {loadLanguageStore, saveLanguageStore} from './languageCache';
import {
  identifyPost,
  isMarked,
  languageInput,
  type LanguageInput,
  type LanguageStore,
  type PostLanguages,
  type PostText,
  withPostText,
} from './postLanguages';

/**
 * From this many post files, a thread. Its start costs this thread some 60 ms
 * of waiting and the process 10 to 25 MB: on 1,000 posts the check took as
 * long either way, with 13 MB more (2 cores, 4 cold runs each); on 10,000 a
 * tenth less time.
 */
const THREAD_FROM = 2_000;
/**
 * Posts per message to the thread: few, so that each batch dies young in both
 * threads (batches of 250 outlived two scavenges: 25 MB more at the peak).
 */
const BATCH = 16;

/** What the checker asks of identification: post by post as it reads them, then once. */
export interface PostIdentifier {
  /** A post with its PostText (in the thread's case, its languages filled in by `finish`). */
  read(post: PostInput): PostInput;
  /**
   * Every post read: their languages identified, here or waited for from the
   * thread. The store that identified them here, if any (facts.languages).
   */
  finish(posts: readonly PostInput[]): Promise<LanguageStore | undefined>;
  /** The language cache written, if it changed. */
  save(): Promise<void>;
}

export type FromThread = {languages: (PostLanguages | undefined)[]} | {saved: true} | {error: string};
export type ToThread = {posts: LanguageInput[]} | {end: true};

/** Whether a thread may identify: QALAM_CHECK_THREADS above 1, or, when it is not set, more than one core. */
const languageThreadAllowed = () => (threadsAsked() ?? availableParallelism()) > 1;

/** Identification for a check: in a thread when one is wanted and the blog holds THREAD_FROM posts or more. */
export async function postIdentifier(layout: SiteLayout, threadWanted: boolean): Promise<PostIdentifier> {
  const {siteDir} = layout;
  const files =
    threadWanted && languageThreadAllowed()
      ? layout.locales.reduce((sum, locale) => sum + countPostFiles(blogFolder(layout, locale)), 0)
      : 0;
  const thread = files >= THREAD_FROM ? startThread(siteDir) : undefined;
  if (!thread) return identifiedHere(await loadLanguageStore(siteDir), siteDir);
  // The thread's start sets V8's young generation growth back for this thread
  // too, till bin/run.mjs sets it again there: reading meanwhile grew this
  // thread's young generation to 8 MB, kept to the end (some 60 ms of waiting).
  thread.started();
  /** Each post's text, in the order read; the inputs not yet sent. */
  const texts: PostText[] = [];
  let pending: LanguageInput[] = [];
  let store: LanguageStore | undefined;
  const send = () => {
    thread.post({posts: pending});
    pending = [];
  };
  return {
    read(post) {
      const data = post.parsed.data;
      if (!data) return post;
      const text: PostText = {languages: undefined, marked: isMarked(post)};
      texts.push(text);
      pending.push(languageInput(post, data));
      if (pending.length >= BATCH) send();
      return {...post, text};
    },

    async finish(posts) {
      if (pending.length) send();
      thread.post({end: true});
      try {
        (await thread.answers).forEach((languages, i) => (texts[i]!.languages = languages));
        return undefined;
      } catch {
        // A thread that failed: its posts are identified here, from their files.
        store = await loadLanguageStore(siteDir);
        for (const post of posts)
          if (post.text && post.parsed.data)
            post.text.languages = identifyPost(languageInput(post, post.parsed.data), store);
        return store;
      }
    },

    async save() {
      await thread.saved;
      if (store) await saveLanguageStore(siteDir, store);
    },
  };
}

/** Each post identified as it is read, in this thread. */
function identifiedHere(store: LanguageStore, siteDir: string): PostIdentifier {
  return {
    read: (post) => withPostText(post, store),
    finish: () => Promise.resolve(store),
    save: () => saveLanguageStore(siteDir, store),
  };
}

interface LanguageThread {
  /** Waits (half a second at most) for the thread to have started, before this one reads its first post. */
  started(): void;
  post(message: ToThread): void;
  /** Every post's languages, in the order sent. */
  answers: Promise<(PostLanguages | undefined)[]>;
  /** The cache written; never rejects. */
  saved: Promise<void>;
}

/** The thread, started; undefined when it cannot be. */
function startThread(siteDir: string): LanguageThread | undefined {
  // Set to 1 by bin/run.mjs in the thread, once it has set V8's young generation flag again (run.mjs says why).
  const flagSet = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(pluginScript(), {
      argv: ['identifyLanguages'],
      workerData: {qalamLanguages: {siteDir}, youngGenerationSet: flagSet},
    });
  } catch {
    return undefined;
  }
  const all: (PostLanguages | undefined)[] = [];
  let sent = 0;
  let ended = false;
  let answer: {resolve: (value: typeof all) => void; reject: (error: Error) => void};
  const answers = new Promise<typeof all>((resolve, reject) => (answer = {resolve, reject}));
  let savedNow: () => void;
  const saved = new Promise<void>((resolve) => (savedNow = resolve));
  const fail = (error: Error) => {
    answer.reject(error);
    savedNow();
    void worker.terminate();
  };
  // A rejection no one awaits yet must not end the process.
  answers.catch(() => {});
  worker.on('message', (message: FromThread) => {
    if ('error' in message) fail(new Error(message.error));
    else if ('saved' in message) savedNow();
    else {
      all.push(...message.languages);
      if (ended && all.length === sent) answer.resolve(all);
    }
  });
  worker.once('error', fail);
  worker.once('exit', (code) => {
    fail(new Error(`the language thread exited with ${code}`));
  });
  // The thread keeps the process alive only while its answers are awaited:
  // a check that fails meanwhile still ends. Not before the listeners: a
  // 'message' listener holds the process again.
  worker.unref();
  return {
    started: () => void Atomics.wait(flagSet, 0, 0, 500),
    post(message) {
      if ('posts' in message) sent += message.posts.length;
      else {
        ended = true;
        worker.ref();
        if (all.length === sent) answer.resolve(all);
        void saved.then(() => worker.unref());
      }
      worker.postMessage(message);
    },
    answers,
    saved,
  };
}
