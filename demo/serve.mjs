// `npm start` (after the build): serves the demo pages and the built library from the repo root.
import { readFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const favicon = new URL('./favicon.svg', import.meta.url);

await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: false,
    watch: false,
    middleware: [
      // The React server-rendering example: each request rendered by react-dom/server in this
      // process (demo/react-ssr/server.mjs), as a Node app would.
      async function nodeSsr(context, next) {
        // The plain Node example (demo/node-ssr/page.mjs), as its own server.mjs serves it.
        if (context.path !== '/demo/node-ssr/' && context.path !== '/demo/node-ssr/index.html') return next();
        const { renderPage } = await import('./node-ssr/page.mjs');
        context.type = 'html';
        context.body = await renderPage({ lang: context.query.lang === 'en' ? 'en' : 'id', script: '/dist/indikator.js', nav: '/demo/nav.js' });
      },
      async function reactSsr(context, next) {
        if (context.path !== '/demo/react-ssr/' && context.path !== '/demo/react-ssr/index.html') return next();
        const { renderPage } = await import('./react-ssr/server.mjs');
        context.type = 'html';
        context.body = await renderPage(context.query.lang === 'en' ? 'en' : 'id');
      },
      // Browsers ask for /favicon.ico on their own; answer with the demo's icon instead of a 404
      // that would show up as a console error on every page.
      async function favicon404(context, next) {
        if (context.path !== '/favicon.ico') return next();
        context.type = 'image/svg+xml';
        context.body = await readFile(favicon);
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Indikator demo: http://localhost:${port}/demo/`);
