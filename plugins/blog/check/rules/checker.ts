/**
 * The checker's own failure: a check that throws is a bug of the blog plugin,
 * not a problem of the post. check/index.ts reports it for the post the check
 * failed on and runs the other checks, so one bug hides no other finding.
 */
import {defineRule} from './rule';

export const checkerInternal = defineRule({
  id: 'checker-internal',
  severity: 'error',
  // A post the checker could not check may hide anything: every preset reports it.
  category: 'safety',
  description: 'the checker itself failed on a post (a bug of the blog plugin)',
  fix: 'Report it with the post it names; the other checks of the post still ran.',
  blocking: false,
  scope: 'checker',
  messages: {
    failed: ({check, error}: {check: string; error: string}) =>
      `The checker failed on this post in ${check} (${error}): a bug of the blog plugin, not a problem of the post. The other checks still ran. Please report it.`,
  },
});
