// `npm run embed:page -- --origins "https://data.example.go.id https://bps.go.id" --out public/indikator`
//
// Writes a copy of the iframe page for a publisher's own site: dist/embed.html with the
// deployer's list of data origins in `<meta name="indikator-data-origins">` (the page then shows
// data from those origins and its own site only, and refuses the rest visibly) and the page's
// Content-Security-Policy narrowed to the same origins, beside the files it loads. A copy served
// from a publisher's site lends it that site's name; the list says what it vouches for.
//
// The transformation is a pure function (tested in the browser); the file work runs only from Node.

/** `https://a.example/x` → `https://a.example`; throws for anything that is not an http(s) origin. */
export function toOrigin(entry) {
  const url = new URL(entry);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`not an http(s) origin: ${entry}`);
  return url.origin;
}

/** The embed page's HTML with the origins list and a CSP whose connect-src allows only them. */
export function withOrigins(html, origins) {
  const list = [...new Set(origins.map(toOrigin))];
  if (!list.length) throw new Error('name at least one data origin (--origins "https://data.example.go.id")');
  const meta = `<meta name="indikator-data-origins" content="${list.join(' ')}" />`;
  const narrowed = html.replace(/connect-src 'self' https: http:/, `connect-src 'self' ${list.join(' ')}`);
  if (narrowed === html) throw new Error('the page has no connect-src to narrow: is this dist/embed.html?');
  return narrowed.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
}

async function main(argv) {
  const { cp, mkdir, readFile, writeFile } = await import('node:fs/promises');
  const path = await import('node:path');
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const origins = (arg('--origins') ?? '').split(/[\s,]+/).filter(Boolean);
  const out = arg('--out') ?? 'embed-page';
  const dist = new URL('../../dist/', import.meta.url);
  const html = await readFile(new URL('embed.html', dist), 'utf8').catch(() => {
    throw new Error('dist/embed.html is missing: run `npm run build` first');
  });
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'embed.html'), withOrigins(html, origins));
  // What the page loads: its script and style, the CDN bundle and its chunks (adapters, downloads).
  for (const file of ['embed.js', 'embed.css', 'indikator.js', 'embed-parent.js', 'cdn']) {
    await cp(new URL(file, dist), path.join(out, file), { recursive: true });
  }
  console.log(`Wrote ${path.join(out, 'embed.html')} (data from ${origins.map(toOrigin).join(', ')} and its own site) and the files it loads.`);
}

if (typeof process !== 'undefined' && process.argv?.[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
