/**
 * The thread in which the check of a large blog identifies its posts'
 * languages (check/translations/languageThread.ts starts it through
 * bin/run.mjs in a Worker): the posts sent, identified and answered batch by
 * batch, then the language cache written. It loads identification alone, not
 * the checker. Not a command to run by hand.
 */
import {parentPort, workerData} from 'node:worker_threads';
import {loadLanguageStore, saveLanguageStore} from '../check/translations/languageCache';
import type {FromThread, ToThread} from '../check/translations/languageThread';
import {identifyPost} from '../check/translations/postLanguages';
import {messageOf} from '../shared/text';

function serve(port: NonNullable<typeof parentPort>, siteDir: string): void {
  const store = loadLanguageStore(siteDir);
  let queue = Promise.resolve();
  const answer = (message: FromThread) => port.postMessage(message);
  port.on('message', (message: ToThread) => {
    queue = queue.then(async () => {
      try {
        if ('posts' in message) {
          const known = await store;
          answer({languages: message.posts.map((post) => identifyPost(post, known))});
        } else {
          await saveLanguageStore(siteDir, await store);
          answer({saved: true});
          port.close();
        }
      } catch (error) {
        answer({error: messageOf(error)});
        port.close();
      }
    });
  });
}

const job = (workerData as {qalamLanguages?: {siteDir: string}} | null)?.qalamLanguages;
if (parentPort && job) serve(parentPort, job.siteDir);
else {
  process.stderr.write(
    'identifyLanguages: the check starts this in a thread of its own; run `npm run check` instead\n',
  );
  process.exitCode = 2;
}
