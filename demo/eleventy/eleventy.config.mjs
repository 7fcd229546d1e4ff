// A static site that renders the widgets at build time (Eleventy 3): the `indikator` shortcode
// calls indikator/server's renderToString, so each page ships the finished widgets as HTML
// (declarative shadow DOM) with their data inline, and the library takes them over in the
// browser without fetching. Built by tests/ssr/eleventy.test.ts through the test server:
//   npx @11ty/eleventy --config=demo/eleventy/eleventy.config.mjs
import { readFile } from 'node:fs/promises';
import { renderToString } from 'indikator/server';

const data = (name) => readFile(new URL(`../data/${name}`, import.meta.url), 'utf8').then(JSON.parse);

export default function (eleventyConfig) {
  // Where the pages load the library from (the CDN file; the tests serve their own build).
  eleventyConfig.addGlobalData('libraryUrl', process.env.INDIKATOR_LIBRARY_URL ?? 'https://unpkg.com/indikator@0.1.0/dist/indikator.js');
  // {% indikator "indikator-trend-line", "muba-poverty-rate.json", page.lang %}
  eleventyConfig.addShortcode('indikator', async (tag, file, lang = 'id', attributes = {}) =>
    renderToString(tag, await data(file), {
      lang,
      attributes,
      // A programme's indicators are named relative to it: read them from the same folder.
      fetch: async (url) => ({ ok: true, status: 200, json: () => data(new URL(url).pathname.split('/').pop()) }),
      baseUrl: 'https://demo.invalid/data/',
    }),
  );
}

export const config = {
  dir: { input: 'demo/eleventy/src', output: process.env.ELEVENTY_OUTPUT ?? 'demo/eleventy/_site' },
  templateFormats: ['njk'],
};
