// What each element adds on top of the shared core (base, validation, status, formatting, Lit),
// gzip -9 of minified bundles built the way dist/indikator.js is. Used by .ci/size-check.mjs.
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import virtual from './virtual-entry.mjs';
// The build's own CSS minifier, so the sizes are those of bundles built like dist/indikator.js.
import { collapseTemplateIndent, minifyCssLiterals } from '../rollup.config.mjs';
import { gzipSync } from 'node:zlib';

const ENTRIES = {
  // Everything the elements share: the base, validation, normalization, status, periods,
  // formatting, the summary sentence, messages, URL checks, Lit and d3-array.
  core: [
    'shared/indikator-element',
    'shared/define',
    'data/validate',
    'data/normalize',
    'core/status',
    'core/periods',
    'core/format',
    'core/summary',
    'core/locale',
    'core/messages',
    'core/urls',
  ]
    .map((m) => `export * from './src/${m}.ts';`)
    .join('\n'),
  'target-gauge': "import './src/target-gauge/indikator-target-gauge.ts';",
  'trend-line': "import './src/trend-line/indikator-trend-line.ts';",
  'gauge-and-trend': "import './src/target-gauge/indikator-target-gauge.ts';\nimport './src/trend-line/indikator-trend-line.ts';",
  all: "import './src/define.ts';",
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
    'target-gauge': size['target-gauge'] - size.core,
    'trend-line': size['trend-line'] - size.core,
    // The card composes the other two: what it adds is the whole less a bundle of both of them
    // (not less each one apart: code the two share would then be taken off twice).
    'program-card': size.all - size['gauge-and-trend'],
  };
}
