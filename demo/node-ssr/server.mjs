// `node demo/node-ssr/server.mjs` (after `npm run build`): a Node server with no framework that
// renders the widgets on every request (http://localhost:8090/?lang=en) and serves the library for
// the browser to take them over.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { renderPage } from './page.mjs';

const dist = new URL('../../dist/', import.meta.url);
const port = Number(process.env.PORT ?? 8090);

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  try {
    if (url.pathname === '/') {
      const html = await renderPage({ lang: url.searchParams.get('lang') === 'en' ? 'en' : 'id', script: '/dist/indikator.js' });
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } else if (/^\/dist\/[\w./-]+\.js$/.test(url.pathname) && !url.pathname.includes('..')) {
      const body = await readFile(new URL(url.pathname.slice('/dist/'.length), dist));
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(body);
    } else response.writeHead(404).end();
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
  }
}).listen(port, () => console.log(`Indikator, rendered by Node: http://localhost:${port}/`));
