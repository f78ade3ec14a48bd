/**
 * The blog in a build: the site's check must pass before the blog plugin
 * loads, and the social cards are drawn while the site is bundled. Either
 * failing ends the build (plugin/stopBuild.ts).
 */
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import type {CheckResult} from '../check';
import {messageOf} from '../shared/text';
import type {SiteCheck} from './siteCheck';
import {stopBuild} from './stopBuild';

export interface BuildParams {
  check: SiteCheck;
  locale: string;
  /** The blog plugin's own load. */
  loadBlog: () => Promise<BlogContent>;
  /** Starts drawing the cards (plugin/cards.ts `drawAhead`); rejects with a one-line reason. */
  drawCards: () => Promise<void>;
  /** Stops the build on what no rule's setting lets through (plugin/filesOutside.ts), once the check passed. */
  refuse?: (result: CheckResult) => void;
}

export function buildLoader({check, locale, loadBlog, drawCards, refuse}: BuildParams): () => Promise<BlogContent> {
  return async () => {
    const result = await check.run();
    if (result.errors) {
      stopBuild(
        `the front matter check found ${result.errors} error${result.errors === 1 ? '' : 's'} (report above). Fix them, or change a rule's severity in the blog plugin's "rules" option.`,
      );
    }
    refuse?.(result);
    const content = await loadBlog();
    // Drawn in a child process while the site is bundled (cards/child.ts);
    // postBuild waits for it. A failure stops the build at once.
    drawCards().catch((error: unknown) => {
      const reason = messageOf(error);
      stopBuild(
        `the social cards (${locale}) could not be drawn: ${reason}. Fix the cause, or turn cards off with the blog plugin's socialCards.enabled: false.`,
      );
    });
    return content;
  };
}
