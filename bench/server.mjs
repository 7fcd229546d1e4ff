// A tiny static server for the benchmark pages: nothing cached, loopback only.
//   /pages/<lib>.html  one page per library, filled in from pages/library.html (the case is a query parameter)
//   /pages/*      other files in bench/pages (blank.html)
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

const peer = (lib) => `Peer: ${lib}, one minified ESM bundle made by ../bundle.mjs from entries/${lib}.js.`;
/** What differs between the libraries' pages: the module they load, a note, extra head elements. */
const PAGES = {
  baseline: { about: 'Baseline: d3-selection + d3-axis (both axes) + one d3-shape line path per chart.' },
  floor: { about: "Floor: the baseline's single path, no axes." },
  indikator: { module: '/dist/indikator.js', about: 'Indikator: the built, self-contained dist/indikator.js (served from ../dist), unchanged.' },
  uplot: { about: peer('uplot'), head: '<link rel="stylesheet" href="/lib/uplot.css">\n' },
  chartjs: { about: peer('chartjs') },
  plot: { about: peer('plot') },
  echarts: { about: peer('echarts') },
  highcharts: { about: peer('highcharts') },
};

/** A library's page, from the one template: every library is measured in the same page. */
async function libraryPage(pathname) {
  const lib = /^\/pages\/([a-z]+)\.html$/.exec(pathname)?.[1];
  const spec = lib && Object.hasOwn(PAGES, lib) ? PAGES[lib] : undefined;
  if (!spec) return undefined;
  const template = await readFile(join(here, 'pages', 'library.html'), 'utf8');
  const fill = { lib, module: spec.module ?? `/lib/${lib}.js`, about: spec.about, head: spec.head ?? '' };
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => fill[key]);
}

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
    const page = await libraryPage(pathname);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      return void res.end(page);
    }
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
