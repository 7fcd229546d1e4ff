// What each element adds on top of the shared core (base, the plain document check, status, formatting, Lit; the schema library is a lazy chunk),
// gzip -9 of minified bundles built the way dist/indikator.js is. Used by .ci/size-check.mjs.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import virtual from './virtual-entry.mjs';
// The build's own CSS minifier, so the sizes are those of bundles built like dist/indikator.js.
import { collapseTemplateIndent, minifyCssLiterals } from '../rollup.config.mjs';
import { gzipSync } from 'node:zlib';
import { ELEMENTS } from './elements.mjs';

/** An element's define file, which registers it (and, for one that nests others, theirs). */
const define = (name) => `import './src/${name}/indikator-${name}.ts';`;

const ENTRIES = {
  // Everything the elements share: the base, the kit parts more than one element draws (the status
  // badge, headings), validation, normalization, status, periods, formatting, the summary sentence,
  // messages, URL checks, Lit and d3-array.
  core: [
    'shared/indikator-element',
    'shared/define',
    'shared/status-badge',
    'shared/heading',
    'data/validate',
    'data/normalize',
    'data/periods',
    'core/status',
    'core/format',
    'core/summary',
    'core/locale',
    'core/messages',
    'core/urls',
  ]
    .map((m) => `export * from './src/${m}.ts';`)
    .join('\n'),
  // Each element of the table (src/elements.ts), after the elements it nests (in the order
  // src/define.ts imports them), and those alone: what an element adds is its bundle less theirs.
  ...Object.fromEntries(
    ELEMENTS.flatMap((e) => [
      [e.name, [...e.nests, e.name].map(define).join('\n')],
      ...(e.nests.length ? [[`${e.name} nests`, e.nests.map(define).join('\n')]] : []),
    ]),
  ),
};

async function gz(code) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      virtual(code),
      nodeResolve(),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        emitDeclarationOnly: false,
        noEmit: false,
        outDir: undefined,
        sourceMap: false,
      }),
      minifyCssLiterals(),
      collapseTemplateIndent(),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  // Dynamic imports (adapters, downloads) become separate chunks, as in the CDN build: the entry
  // counts, with the chunks it imports statically (code it shares with an adapter chunk, such as
  // the number formatting, is split out of the entry and loaded with it before the first draw).
  const { output } = await bundle.generate({ format: 'es', dir: 'x', chunkFileNames: '[name].js' });
  await bundle.close();
  const byName = new Map(output.map((c) => [c.fileName, c]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (!chunk || loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports ?? []) visit(byName.get(name));
  };
  visit(output.find((c) => c.isEntry));
  return gzipSync([...loaded].map((c) => c.code).join('\n'), { level: 9 }).length;
}

export async function elementSizes() {
  const size = {};
  for (const [name, code] of Object.entries(ENTRIES)) size[name] = await gz(code);
  return {
    core: size.core,
    // An element that composes others (the card: a gauge and a trend line per row) adds its bundle
    // less one bundle of all of them (not less each one apart: code they share would then be
    // taken off twice); any other adds its bundle less the core.
    ...Object.fromEntries(ELEMENTS.map((e) => [e.name, size[e.name] - (e.nests.length ? size[`${e.name} nests`] : size.core)])),
  };
}

/**
 * The bytes an app that imports one element loads before its first draw (its define file and the
 * chunks that imports statically, Lit included; lazy chunks not counted), gzip -9: the figures
 * quality-bar.md sets goals for. The card registers the gauge and the trend line, so its figure is
 * also that of all three.
 */
export async function elementBundles() {
  return Object.fromEntries(await Promise.all(ELEMENTS.map(async (e) => [e.name, await gz(ENTRIES[e.name])])));
}
