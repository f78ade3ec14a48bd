/**
 * `npm run serve` answers an unknown URL of a locale with that locale's 404
 * page: /ar/nothing gets the Arabic "page not found", not the English one.
 *
 * `docusaurus serve` (@docusaurus/core 3.10.2, lib/commands/serve.js) hands
 * every request to serve-handler with the build folder as its root, and
 * serve-handler answers any missing file with the root's 404.html: the default
 * locale's page, whatever the locale of the URL. Preloaded with `node --require`
 * before the Docusaurus command, this wraps serve-handler so that a missing
 * file under a locale's folder (one that holds its own 404.html) is answered
 * with that page. tests/unit/upstream-premises.test.ts checks both premises.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const coreDir = path.dirname(require.resolve('@docusaurus/core/package.json'));
const handlerId = require.resolve('serve-handler', {paths: [coreDir]});
const serveHandler = require(handlerId);

/** The 404 page for a request path under a folder of the build that has one. */
function localeNotFoundPage(root, url) {
  const first = /^\/([^/?#]+)\//.exec(url ?? '')?.[1];
  if (!first) return undefined;
  const page = path.join(root, decodeURIComponent(first), '404.html');
  return path.dirname(path.dirname(page)) === path.resolve(root) && fs.existsSync(page) ? page : undefined;
}

function localizedServeHandler(request, response, config = {}, methods = {}) {
  const root = path.resolve(config.public ?? process.cwd());
  const notFound = localeNotFoundPage(root, request.url);
  if (!notFound) return serveHandler(request, response, config, methods);
  const rootNotFound = path.join(root, '404.html');
  const open = methods.createReadStream ?? fs.createReadStream;
  const stat = methods.lstat ?? ((file) => fs.promises.lstat(file));
  return serveHandler(request, response, config, {
    ...methods,
    lstat: (file, ...rest) => stat(file === rootNotFound ? notFound : file, ...rest),
    createReadStream: (file, ...rest) => open(file === rootNotFound ? notFound : file, ...rest),
  });
}

require.cache[handlerId].exports = localizedServeHandler;
