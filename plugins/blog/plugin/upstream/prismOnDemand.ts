/**
 * The browser bundle loads Prism when a code block first renders, not when
 * every page starts (client/prismOnDemand.js says why): the startup client
 * module of @docusaurus/theme-classic 3.10.2 (`lib/prism-include-languages`) is
 * dropped and `prism-react-renderer` (2.4) resolves to the on-demand module.
 * Sites without the classic theme are left as they are. The premises (the
 * client module's path, the package's exports) are tested in
 * tests/unit/upstream-premises.test.ts.
 */
import path from 'node:path';

/** The on-demand module that stands for `prism-react-renderer` in the browser bundle. */
export const PRISM_ON_DEMAND = path.join(__dirname, '../../client/prismOnDemand.js');

/** Resolve aliases of the browser bundle (none for the server's). */
export function prismOnDemand(isServer: boolean): Record<string, string | false> {
  if (isServer) return {};
  let themeLib: string;
  try {
    themeLib = path.dirname(require.resolve('@docusaurus/theme-classic'));
  } catch {
    return {};
  }
  return {
    [`${path.join(themeLib, 'prism-include-languages')}$`]: false,
    'prism-react-renderer$': PRISM_ON_DEMAND,
  };
}
