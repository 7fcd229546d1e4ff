// Every import path the README documents resolves to a shipped file, with and without `.js`
// (`indikator/adapters/csv.js` once resolved to csv.js.js). Run after `npm run build`.
import { existsSync, readFileSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from './elements.mjs';
// The formats the registry knows (the built file: this check runs after the build).
const { FORMATS } = await import('../dist/adapters/registry.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const specs = [
  'indikator',
  'indikator/define.js',
  'indikator/indikator.js',
  // Each element's class and its define file (src/elements.ts).
  ...ELEMENTS.flatMap((e) => [`indikator/${e.name}.js`, `indikator/indikator-${e.name}.js`]),
  // Each format's adapter (src/adapters/registry.ts).
  ...FORMATS.flatMap((a) => [`indikator/adapters/${a}`, `indikator/adapters/${a}.js`]),
  'indikator/schema/indicator.schema.json',
  'indikator/package.json',
];
const dir = mkdtempSync(path.join(tmpdir(), 'indikator-exports-'));
try {
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(root, path.join(dir, 'node_modules', 'indikator'), 'dir');
  const probe = path.join(dir, 'probe.mjs');
  writeFileSync(probe, `for (const s of ${JSON.stringify(specs)}) console.log(s + '\\t' + import.meta.resolve(s));\n`);
  const lines = execFileSync(process.execPath, [probe], { encoding: 'utf8' }).trim().split('\n');
  let bad = 0;
  for (const line of lines) {
    const [spec, url] = line.split('\t');
    const file = fileURLToPath(url);
    const ok = existsSync(file) && !file.endsWith('.js.js');
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${spec} -> ${path.relative(root, file)}`);
  }
  if (bad) process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Types-only entries (`indikator/jsx`, `indikator/vue`) have nothing to import: their declaration
// files, and every non-wildcard `types` path, must exist in the build.
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
let missingTypes = 0;
for (const [entry, target] of Object.entries(pkg.exports)) {
  const types = typeof target === 'object' ? target.types : undefined;
  if (!types || types.includes('*')) continue;
  const ok = existsSync(path.join(root, types));
  if (!ok) missingTypes++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} types of indikator${entry.slice(1)} -> ${types}`);
}
if (missingTypes) process.exit(1);
