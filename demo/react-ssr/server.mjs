// The server side of the React example: renders the app to HTML in Node with react-dom/server,
// the elements drawn whole by @lit-labs/ssr-react (declarative shadow DOM). `renderPage()` is
// what `npm start` serves at /demo/react-ssr/ and what tests/ssr/react-ssr.test.ts opens;
// `node demo/react-ssr/server.mjs` prints it (see the end).
// The patch of React.createElement must come before anything creates elements.
import '@lit-labs/ssr-react/enable-lit-ssr.js';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { App } from './app.js';

const data = (name) => readFile(new URL(`../data/${name}`, import.meta.url), 'utf8').then(JSON.parse);

/** The documents the page shows; the programme's indicators (URLs in the file) read here and given inline. */
export async function pageProps(lang = 'id') {
  const [muba, sumsel, idn, extreme, program] = await Promise.all(
    [
      'muba-poverty-rate.json',
      'sumsel-poverty-rate-march.json',
      'idn-poverty-rate-march.json',
      'muba-extreme-poverty.json',
      'program-muba-poverty-2025.json',
    ].map(data),
  );
  const rows = { 'muba-poverty-rate.json': muba, 'muba-extreme-poverty.json': extreme };
  const indicators = program.indicators.map((entry) => (typeof entry === 'string' && rows[entry] ? { data: rows[entry] } : entry));
  return { lang, docs: { extreme, comparison: [muba, sumsel, idn], program: { ...program, indicators } } };
}

const escapeJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page; `root` is where the demo's folder is, from the page's URL; `client: false` leaves the script out. */
export async function renderPage(lang = 'id', { root = '..', client = true } = {}) {
  const props = await pageProps(lang);
  const body = renderToString(createElement(App, props));
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'id'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>React SSR · Indikator demo</title>
<link rel="icon" href="${root}/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}/demo-bar.css">
<link rel="stylesheet" href="${root}/demo.css">
<script type="module" src="${root}/nav.js"></script>
<link rel="stylesheet" href="${root}/react-ssr/react-ssr.css">
</head>
<body>
<div id="root">${body}</div>
<script type="application/json" id="app-props">${escapeJson(props)}</script>
${client ? `<script type="module" src="${root}/react-ssr/dist/client.js"></script>` : ''}
</body>
</html>`;
}

// `node demo/react-ssr/server.mjs [lang] [--root=/demo] [--no-client]`: the page on stdout.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = args.find((a) => a.startsWith('--root='))?.slice('--root='.length);
  const lang = args.find((a) => !a.startsWith('--')) ?? 'id';
  process.stdout.write(await renderPage(lang, { root, client: !args.includes('--no-client') }));
}
