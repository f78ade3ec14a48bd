/**
 * One reload of the blog at a time in the dev server. Docusaurus 3.10.2
 * reloads a plugin on every file event without waiting for the reload before
 * (a TODO in its start command): two saves in quick succession (an editor that
 * truncates then writes, a registry and a post saved together) run two loads
 * whose contentLoaded write the same data files at once. A file written by
 * both ends in "}}", and the page stays broken until the next save; the load
 * that finishes last, maybe the older one, wins. Here each load waits until the
 * one before it has written its data. Found by tests/soak/dev-server-soak.test.ts;
 * tests/unit/upstream-premises.test.ts fails when the start command changes.
 */
import type {Plugin} from '@docusaurus/types';

/** Longer than any reload; a reload that never reaches contentLoaded frees the next one after it. */
const MAX_RELOAD_MS = 60_000;

export function oneReloadAtATime<Content>(plugin: Plugin<Content>): Plugin<Content> {
  let previous: Promise<void> = Promise.resolve();
  let finish: (() => void) | undefined;
  const {loadContent, contentLoaded} = plugin;
  if (!loadContent || !contentLoaded) return plugin;
  return {
    ...plugin,
    async loadContent() {
      const before = previous;
      let done!: () => void;
      previous = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, MAX_RELOAD_MS);
        timer.unref?.();
        done = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      await before;
      finish = done;
      try {
        return await loadContent.call(plugin);
      } catch (error) {
        done();
        throw error;
      }
    },
    async contentLoaded(args) {
      try {
        await contentLoaded.call(plugin, args);
      } finally {
        finish?.();
        finish = undefined;
      }
    },
  };
}
