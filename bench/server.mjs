// A tiny static server for the benchmark pages: nothing cached, loopback only.
//   /pages/*      bench/pages (one page per library; the case is a query parameter)
//   /lib/*        bench/.build/lib (one minified bundle per peer library, made by bundle.mjs)
//   /harness.js   bench/.build/harness.js (the same in-page harness for every library)
//   /dist/*       the root's dist/ (Indikator's dist/indikator.js and the chunks it loads lazily)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { DIST } from './bundle.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOTS = {
  pages: join(here, 'pages'),
  lib: join(here, '.build', 'lib'),
  dist: DIST,
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function resolve(pathname, roots) {
  if (pathname === '/harness.js') return join(here, '.build', 'harness.js');
  const [, top, ...rest] = pathname.split('/');
  const root = roots[top];
  if (!root || rest.length === 0) return undefined;
  const file = normalize(join(root, ...rest));
  return file.startsWith(root + sep) ? file : undefined;
}

/** Starts the server on a free loopback port; resolves to { url, close }. `dist` replaces ../dist. */
export function serve({ dist } = {}) {
  const roots = dist ? { ...ROOTS, dist } : ROOTS;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = resolve(decodeURIComponent(pathname), roots);
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
    }
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      ok({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
