// Builds one minified ESM bundle per library (entries/*.js → .build/lib/*.js) and the shared
// in-page harness (.build/harness.js), then reports each bundle's size, min and gzip -9.
// Indikator is not rebuilt here: the benchmark serves the root's dist/indikator.js as built.
import { build } from 'esbuild';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve as resolvePath } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const BUILD = join(here, '.build');
// INDIKATOR_DIST: another build of Indikator to measure (default: the root's dist/).
export const DIST = process.env.INDIKATOR_DIST ? resolvePath(process.env.INDIKATOR_DIST) : join(here, '..', 'dist');
export const PEERS = ['baseline', 'floor', 'uplot', 'chartjs', 'echarts', 'plot', 'highcharts'];

export async function bundleAll() {
  await build({
    entryPoints: Object.fromEntries(PEERS.map((p) => [p, join(here, 'entries', `${p}.js`)])),
    outdir: join(BUILD, 'lib'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
  });
  await build({
    entryPoints: [join(here, 'harness', 'harness.js')],
    outfile: join(BUILD, 'harness.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

/** Bytes of a file: raw and gzip -9. */
export function sizes(file) {
  const buf = readFileSync(file);
  return { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/** Indikator's bundle as built, or why it cannot be measured. */
export function indikatorBundle() {
  const file = join(DIST, 'indikator.js');
  if (!existsSync(file)) return { built: false, reason: `${file} is missing (run \`npm run build\` at the root)` };
  const size = statSync(file).size;
  if (size < 1024) return { built: false, reason: `${file} is only ${size} bytes (a placeholder, not a build)` };
  return { built: true, file, ...sizes(file) };
}

export function bundleSizes() {
  const out = {};
  for (const p of PEERS) {
    const js = sizes(join(BUILD, 'lib', `${p}.js`));
    const cssFile = join(BUILD, 'lib', `${p}.css`);
    out[p] = existsSync(cssFile) ? { ...js, css: sizes(cssFile) } : js;
  }
  const ind = indikatorBundle();
  out.indikator = ind.built ? { bytes: ind.bytes, gzip: ind.gzip } : { error: ind.reason };
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleAll();
  for (const [lib, s] of Object.entries(bundleSizes())) {
    console.log(lib.padEnd(11), s.error ?? `${(s.bytes / 1024).toFixed(1)} KB min, ${(s.gzip / 1024).toFixed(1)} KB gzip`);
  }
}
