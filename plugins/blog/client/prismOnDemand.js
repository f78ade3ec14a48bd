/**
 * prism-react-renderer for the browser bundle, evaluated when the first code
 * block renders instead of when the page starts.
 *
 * The classic theme imports Prism and its grammars from a client module that
 * every page runs at startup. Building the grammars is some 150 ms of main
 * thread on a phone-class CPU, on pages that have no code at all, and it sits
 * in the task that hydrates the page. The plugin removes that client module and
 * resolves `prism-react-renderer` to this file in the browser bundle; the
 * server bundle keeps the package itself.
 *
 * The exports are getters, so a module that imports them still gets the real
 * values. The first access evaluates the package and then adds the site's
 * `prism.additionalLanguages` through `@theme/prism-include-languages`, which
 * is what the removed client module did (and it stays swizzlable).
 *
 * CommonJS on purpose: an ES module cannot export getters.
 *
 * Written for @docusaurus/theme-classic 3.10.2 and prism-react-renderer 2.4.1
 * (plugin/upstream/prismOnDemand.ts): tests/unit/upstream-premises.test.ts
 * fails when the package's exports or the theme's client module change.
 */
const React = require('react');

let real;

function load() {
  if (real === undefined) {
    real = require('prism-react-renderer/dist/index.mjs');
    require('@theme/prism-include-languages').default(real.Prism);
  }
  return real;
}

Object.defineProperty(exports, '__esModule', {value: true});

/** Highlight is a component: its module loads when it first renders. */
exports.Highlight = function Highlight(props) {
  return React.createElement(load().Highlight, props);
};

for (const name of ['Prism', 'themes', 'normalizeTokens', 'useTokenize']) {
  Object.defineProperty(exports, name, {enumerable: true, get: () => load()[name]});
}
