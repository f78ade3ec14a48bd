/**
 * The plugin as Docusaurus loads it (the package's `main`): index.ts, loaded
 * once per build.
 *
 * Docusaurus loads a plugin's module afresh for every locale it builds (jiti
 * without a require cache): each later locale evaluated index.ts and the
 * hundred-odd modules under it again, with the packages jiti compiles (some
 * 100 ms, and 0.13 to 0.23 s of "Init plugins" per locale where the preset's
 * blog takes 0.01 s). In `docusaurus build`, whose locales build one after
 * another from the same files, the first locale's module serves the others:
 * the fifteen-locale fixture's "Load site" steps took 3.0 to 3.9 s in all,
 * against 4.4 to 5.0 s (three builds each, interleaved, 2026-12-03). Their
 * state is the plugin instance's, made per locale; what the modules keep
 * (fonts, language models, normalized spellings) is the same for every
 * locale. Anywhere else (the dev server, which loads the plugin again to see
 * a change, Docusaurus's API in another program) the module is loaded as
 * Docusaurus means it, afresh.
 */
import type * as Plugin from './index';
import {isBuildCommand} from './plugin/upstream/buildCommand';

declare global {
  /** index.ts as the build's first locale loaded it (`var` is how a global is declared). */
  var qalamBlogPlugin: typeof Plugin | undefined;
}

// A require, not an import: an import would evaluate index.ts every time this does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (): typeof Plugin => require('./index') as typeof Plugin;

const plugin = isBuildCommand(process.argv) ? (globalThis.qalamBlogPlugin ??= load()) : load();

export default plugin.default;
export const {validateOptions} = plugin;
