// The plain Node example: a page of widgets rendered by indikator/server's renderToString, as a
// publisher's own Node server would write it. `server.mjs` serves it with node:http; `npm start`
// serves it at /demo/node-ssr/; the test server's /__ssr/page.html is this page (tests/ssr/).
import { readFile } from 'node:fs/promises';
import { renderToString } from 'indikator/server';

const TAGS = ['indikator-target-gauge', 'indikator-trend-line', 'indikator-program-card'];
const dataDir = new URL('../data/', import.meta.url);
const readJson = async (dir, name) => JSON.parse(await readFile(new URL(name, dir), 'utf8'));

/**
 * The page's HTML. `tags`: which elements; `data`: a folder URL to read documents from (the card's
 * indicators are read beside its programme); `script`: the module that takes the page over in the
 * browser (none: the page as it reads without JavaScript); `nav`: the demo's bar.
 */
export async function renderPage({ tags = TAGS, lang = 'id', theme, data = dataDir, indicator = 'muba-poverty-rate.json', script, width, nav } = {}) {
  const widgets = [];
  for (const tag of tags) {
    const card = tag === 'indikator-program-card';
    const doc = await readJson(data, card ? 'program-muba-poverty-2025.json' : indicator);
    const html = await renderToString(tag, doc, {
      lang,
      attributes: { theme, 'heading-level': 2 },
      baseUrl: 'https://data.invalid/',
      // The programme names its indicators by file name: read them from the same folder.
      fetch: async (url) => ({ ok: true, status: 200, json: () => readJson(data, new URL(url).pathname.split('/').pop()) }),
    });
    widgets.push(`<div class="widget">${html}</div>`);
  }
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'id'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lang === 'en' ? 'Poverty in Musi Banyuasin' : 'Kemiskinan di Musi Banyuasin'} · Node</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { margin: 0 auto; ${width ? `width: ${Number(width)}px;` : 'max-width: 760px;'} } .widget { margin: 8px; }</style>
</head>
<body>
<main>${widgets.join('\n')}</main>
${script ? `<script type="module" src="${script}"></script>` : ''}${nav ? `<script type="module" src="${nav}"></script>` : ''}
</body>
</html>`;
}
