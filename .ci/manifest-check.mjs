// CI (after `npm run build`): custom-elements.json and the editors' data describe the package as a
// user gets it. Fails when a module path names a file the package does not ship, when a private,
// protected or static member is listed, when an element lacks its attributes, events (with their
// detail types) or custom properties (with descriptions), or when the editors' data
// (vscode.html-custom-data.json, web-types.json) disagree with the manifest.
import { existsSync, readFileSync } from 'node:fs';
import { ELEMENTS } from './elements.mjs';

const root = new URL('../', import.meta.url);
const read = (file) => JSON.parse(readFileSync(new URL(file, root), 'utf8'));
const pkg = read('package.json');
const manifest = read(pkg.customElements);
const problems = [];
const TAGS = ELEMENTS.map((e) => e.tag);

// A path is shipped when it exists and package.json's `files` covers it.
const shipped = (path) => existsSync(new URL(path, root)) && pkg.files.some((f) => path === f || path.startsWith(`${f}/`));
const visit = (node, where) => {
  if (Array.isArray(node)) return node.forEach((n) => visit(n, where));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string' && !shipped(value))
      problems.push(`${where}: ${key} ${value} is not a shipped file`);
    else visit(value, where);
  }
};

const elements = new Map();
for (const mod of manifest.modules) {
  visit(mod, mod.path);
  for (const d of mod.declarations ?? []) {
    for (const m of d.members ?? []) {
      if ((m.privacy && m.privacy !== 'public') || m.static || m.name.startsWith('_'))
        problems.push(`${d.name}.${m.name}: ${m.privacy ?? 'static'} member listed`);
    }
    if (d.customElement && d.tagName) elements.set(d.tagName, d);
  }
}

for (const tag of elements.keys()) if (!TAGS.includes(tag)) problems.push(`${tag}: in the manifest but not in src/elements.ts`);
for (const { tag, className } of ELEMENTS) {
  const d = elements.get(tag);
  if (!d) {
    problems.push(`${tag}: not in the manifest`);
    continue;
  }
  if (d.name !== className) problems.push(`${tag}: its class is ${d.name}, src/elements.ts says ${className}`);
  for (const name of ['lang', 'src', 'theme', 'heading-level', 'refresh']) {
    const a = d.attributes?.find((x) => x.name === name);
    if (!a?.description) problems.push(`${tag}: attribute ${name} missing or without a description`);
  }
  if (!d.members?.some((m) => m.name === 'reload' && m.kind === 'method')) problems.push(`${tag}: reload() not listed`);
  for (const name of ['indikator-load', 'indikator-error']) {
    const e = d.events?.find((x) => x.name === name);
    if (!e?.description || !/^CustomEvent<.+>$/.test(e.type?.text ?? ''))
      problems.push(`${tag}: event ${name} missing, or without a description or detail type`);
  }
  if ((d.cssProperties?.length ?? 0) < 14 || d.cssProperties.some((p) => !p.description))
    problems.push(`${tag}: custom properties missing or undescribed`);
}

const vscode = read('vscode.html-custom-data.json');
const web = read(pkg['web-types']);
for (const tag of TAGS) {
  const d = elements.get(tag);
  if (!d) continue;
  const v = vscode.tags.find((t) => t.name === tag);
  const w = web.contributions.html.elements.find((e) => e.name === tag);
  if (!v || !w) {
    problems.push(`${tag}: missing from the editors' data`);
    continue;
  }
  const names = (list) =>
    list
      .map((a) => a.name)
      .sort()
      .join(',');
  if (names(v.attributes) !== names(d.attributes)) problems.push(`${tag}: vscode attributes differ from the manifest`);
  if (names(w.attributes) !== names(d.attributes)) problems.push(`${tag}: web-types attributes differ from the manifest`);
  if (names(w.events) !== names(d.events)) problems.push(`${tag}: web-types events differ from the manifest`);
}
if (web.version !== pkg.version) problems.push(`web-types.json is for version ${web.version}, the package is ${pkg.version}`);
for (const file of ['vscode.html-custom-data.json', pkg['web-types'].replace(/^\.\//, ''), pkg.customElements]) {
  if (!pkg.files.includes(file)) problems.push(`${file} is not in package.json's files`);
}

if (problems.length) {
  console.error(`custom-elements.json and the editors' data: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `ok   custom-elements.json (${manifest.modules.length} modules, ${elements.size} elements) and the editors' data describe the shipped package`,
);
