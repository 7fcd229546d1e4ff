// The layers of src/, bottom up (ARCHITECTURE.md draws them): a module may import its own layer and
// the layers below it, never one above. Fails with every import that points up, and with every pure
// module (the model and geometry layers, an element's model and layout) that imports Lit or the DOM kit.
//
//   node .ci/layers.mjs          check src/
//   node .ci/layers.mjs --self   also prove the check can fail (an upward import in a scratch copy)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from './elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');

// The element folders, from the one table of elements (src/elements.ts).
const elementDirs = ELEMENTS.map((e) => e.name).join('|');

/** Bottom up. A path's layer is the first rule whose pattern matches it (relative to src/). */
export const LAYERS = [
  { name: 'model', rank: 0, match: /^data\//, pure: true, about: 'periods, the document schema, validation, normalization' },
  { name: 'core', rank: 1, match: /^core\//, pure: true, about: 'status, formatting, summary, messages, languages, URLs' },
  { name: 'adapters', rank: 2, match: /^adapters\//, pure: true, about: "publishers' formats to documents" },
  { name: 'geometry', rank: 2, match: /^geometry\//, pure: true, about: 'scales, ticks, decimation, paths, placement, axes, the gauge arc' },
  { name: 'kit', rank: 3, match: /^shared\//, pure: false, about: 'the element base, its controllers, and what every element draws' },
  { name: 'elements', rank: 4, match: new RegExp(`^(${elementDirs})/`), pure: false, about: 'one folder per element' },
  {
    name: 'entries',
    rank: 5,
    match: /^(embed|builder|server|react)\/|^[^/]+\.ts$/,
    pure: false,
    about: 'the package entry points, the embed page, the builder page, server rendering, React',
  },
];

/** Files inside an element folder that must stay pure (no Lit, no kit): its model and its layout. */
const PURE_IN_ELEMENTS = new RegExp(`^(${elementDirs})/(.*-model\\.ts|[a-z-]*-layout\\.ts|marks/.*)$`);

const layerOf = (rel) => LAYERS.find((l) => l.match.test(rel));

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) yield full;
  }
}

/** Every import specifier of a module: static, dynamic, and re-exports; type-only imports count too (they are a dependency of the design). */
const specifiers = (text) => [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);

export function check(sources = src) {
  const problems = [];
  for (const file of files(sources)) {
    const rel = path.relative(sources, file).split(path.sep).join('/');
    const own = layerOf(rel);
    if (!own) {
      problems.push(`${rel}: in no layer (add it to LAYERS in .ci/layers.mjs and to ARCHITECTURE.md)`);
      continue;
    }
    const pure = own.pure || PURE_IN_ELEMENTS.test(rel);
    const text = readFileSync(file, 'utf8');
    for (const spec of specifiers(text)) {
      if (!spec.startsWith('.')) {
        if (pure && /^lit(\/|$)|^@lit\//.test(spec)) problems.push(`${rel}: a pure module imports ${spec}`);
        continue;
      }
      const target = path
        .relative(sources, path.resolve(path.dirname(file), spec))
        .split(path.sep)
        .join('/');
      const theirs = layerOf(target.replace(/\.js$/, '.ts'));
      if (!theirs) continue;
      if (theirs.rank > own.rank) problems.push(`${rel} (${own.name}) imports ${spec}, up a layer (${theirs.name})`);
      else if (pure && theirs.name === 'kit') problems.push(`${rel}: a pure module imports the kit (${spec})`);
      // Elements compose one another only through their registration files (the card draws gauges and
      // sparklines); a registration file may name another element's types (the global event map).
      else if (
        own.name === 'elements' &&
        theirs.name === 'elements' &&
        rel.split('/')[0] !== target.split('/')[0] &&
        !/\/indikator-[a-z-]+\.js$/.test(spec) &&
        !/\/indikator-[a-z-]+\.ts$/.test(rel)
      )
        problems.push(`${rel} imports ${spec}: another element, other than by its registration file`);
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = check();
  if (process.argv.includes('--self')) {
    // The check must be able to fail: a copy of src/ where the model imports the kit.
    const { cpSync, mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const scratch = mkdtempSync(path.join(tmpdir(), 'layers-'));
    try {
      cpSync(src, scratch, { recursive: true });
      writeFileSync(
        path.join(scratch, 'data', 'upward.ts'),
        "import { html } from 'lit';\nimport { fill } from '../core/messages.js';\nexport const x = [html, fill];\n",
      );
      const found = check(scratch);
      if (found.length !== problems.length + 2) {
        console.error(`layers: the self-test expected 2 new problems, found ${found.length - problems.length}`);
        process.exit(1);
      }
      console.log('layers: the self-test found the planted upward import and the impure model module');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  if (problems.length) {
    console.error(`layers: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`layers: every import in src/ points down or across (${LAYERS.map((l) => l.name).join(' < ')})`);
}
