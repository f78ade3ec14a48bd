/**
 * A static server for a built site, as a host serves it in production: text
 * gzipped (level 6, what common hosts and CDNs do at the least), hashed
 * assets cached for a year, HTML revalidated, clean URLs (`/a/b` → `a/b.html`
 * or `a/b/index.html`). `docusaurus serve` compresses nothing, which would
 * count every byte of JavaScript three to four times over.
 */
import {readFile, stat} from 'node:fs/promises';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic(outDir: string): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const respond = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const base = path.join(outDir, pathname);
      if (path.relative(outDir, base).startsWith('..')) throw new Error('outside');
      const candidates = pathname.endsWith('/')
        ? [path.join(base, 'index.html')]
        : [base, `${base}.html`, path.join(base, 'index.html')];
      let file: string | undefined;
      for (const c of candidates) if (await isFile(c)) file ??= c;
      const status = file ? 200 : 404;
      file ??= path.join(outDir, '404.html');
      const ext = path.extname(file);
      let body: Buffer = await readFile(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': pathname.includes('/assets/')
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
      };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let packed = gzipped.get(file);
        if (!packed) gzipped.set(file, (packed = gzipSync(body, {level: 6})));
        body = packed;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end();
    }
  };
  // Node ignores the handler's promise: a failure of the 404 itself (headers
  // already sent) ends the connection instead of the benchmark.
  const server = createServer((req, res) => {
    respond(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as {port: number};
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
