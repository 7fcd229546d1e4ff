// Writes the framework types of the elements from custom-elements.json (which `npm run build`
// writes from the elements' JSDoc): src/element-props.d.ts (attributes and properties, no
// framework), src/jsx.d.ts (React 19) and src/vue.d.ts (Vue 3), which the build ships as
// dist/*.d.ts. Each element's listeners are its own `@fires`, with their detail types; the type
// names they and the properties use are imported from where the element's module (or its base
// class's) finds them. Which elements: the table, src/elements.ts.
//
//   node .ci/element-types.mjs           write the three files (`npm run types`, after a build)
//   node .ci/element-types.mjs --check   fail when one differs from what the manifest gives (`npm run types:check`)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as prettier from 'prettier';
import { ELEMENTS } from './elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifestFile = path.join(root, pkg.customElements);
if (!existsSync(manifestFile)) fail(`${pkg.customElements} is missing: run \`npm run build\` first (its last step writes it).`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

function fail(message) {
  console.error(`element types: ${message}`);
  process.exit(1);
}

/**
 * What markup may write where the property's own type says otherwise: the manifest has the
 * property's type (`theme` is any string, falling back to the page's scheme), the props say which
 * values are meant, and attribute values may be strings.
 */
const PROP_TYPES = {
  theme: 'Theme',
  'heading-level': '1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`',
  refresh: 'number | string',
};
/** Types the generated files declare themselves (element-props.d.ts). */
const OWN_TYPES = new Set(['Theme']);

// ---- the manifest's elements, in the table's order ------------------------------------------

const declarations = new Map();
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) declarations.set(d.tagName, { module: mod.path, d });
}
for (const tag of declarations.keys()) {
  if (!ELEMENTS.some((e) => e.tag === tag)) fail(`<${tag}> is in the manifest but not in src/elements.ts`);
}

/** `dist/trend-line/trend-line.js` → `src/trend-line/trend-line.ts`. */
const sourceOf = (module) => path.join(root, module.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
/** A file under src/ → its import from src/*.d.ts (and dist/*.d.ts): `./trend-line/trend-line.js`. */
const importPath = (file) =>
  `./${path
    .relative(path.join(root, 'src'), file)
    .replace(/\\/g, '/')
    .replace(/\.d\.ts$|\.ts$/, '.js')}`;
const withoutUndefined = (text) =>
  text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined')
    .join(' | ');
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const comment = (text, indent = '') => {
  const lines = String(text ?? '')
    .replace(/\*\//g, '*\\/')
    .trim()
    .split('\n');
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */\n`
    : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
};

const elements = ELEMENTS.map((entry) => {
  const found = declarations.get(entry.tag);
  if (!found) fail(`<${entry.tag}> (src/elements.ts) is not in the manifest: does ${entry.className} have its @tagname?`);
  const { module, d } = found;
  // Props: what a user sets, by its attribute's name or (no attribute) its property's; not the
  // read-only state the element reflects (`state`, `stale`, `status`).
  const props = d.members
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !/\(read-only\)/i.test(m.description ?? ''))
    .map((m) => {
      const name = m.attribute ?? m.name;
      const type = PROP_TYPES[name] ?? withoutUndefined(m.type?.text ?? 'unknown');
      return { name, type, description: m.description };
    });
  const events = (d.events ?? []).map((e) => {
    if (!e.type?.text) fail(`<${entry.tag}> fires ${e.name} with no type: write @fires {CustomEvent<Detail>} ${e.name}`);
    return { name: e.name, type: e.type.text, description: e.description };
  });
  const chain = [sourceOf(module)];
  for (let s = d.superclass; s?.module;) {
    const base = manifest.modules.find((m) => m.path === s.module);
    chain.push(sourceOf(s.module));
    s = base?.declarations?.find((x) => x.name === s.name)?.superclass;
  }
  return { ...entry, module: sourceOf(module), chain, props, events };
});

// Props every element takes alike (same name, same type) go in IndikatorCommonProps.
const common = elements[0].props.filter((p) => elements.every((e) => e.props.some((q) => q.name === p.name && q.type === p.type)));
const isCommon = (p) => common.some((c) => c.name === p.name);

// ---- where the type names come from ----------------------------------------------------------

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
const program = ts.createProgram({
  rootNames: [...new Set(elements.flatMap((e) => e.chain))],
  options: { ...config.options, noEmit: true },
});
const checker = program.getTypeChecker();
/** src/ as the compiler writes file names (forward slashes). */
const srcDir = `${path.join(root, 'src').replace(/\\/g, '/')}/`;

/** The names a type's text refers to (`LoadDetail & { rows: Array<…> }` → LoadDetail, Array). */
function namesIn(text) {
  const file = ts.createSourceFile('type.ts', `type T = ${text};`, ts.ScriptTarget.Latest);
  const names = new Set();
  const visit = (node) => {
    if (ts.isTypeReferenceNode(node)) {
      let name = node.typeName;
      while (ts.isQualifiedName(name)) name = name.left;
      names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

const exportsOf = (file) => {
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  return new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []);
};

/**
 * Where `name`, used by an element, is imported from: from the element's module when it exports
 * it, else from the file that declares it, found in the scope of the element's module or of its
 * base classes' modules; `null` for a global (CustomEvent, Array).
 */
function home(name, element) {
  if (exportsOf(element.module).has(name)) return importPath(element.module);
  for (const file of element.chain) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    let symbol = checker.getSymbolsInScope(source, ts.SymbolFlags.Type | ts.SymbolFlags.Alias).find((s) => s.name === name);
    if (!symbol) continue;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declared = symbol.declarations?.[0]?.getSourceFile();
    if (!declared) continue;
    if (program.isSourceFileDefaultLibrary(declared)) return null;
    if (!declared.fileName.startsWith(srcDir)) fail(`${name} (used by <${element.tag}>) comes from ${declared.fileName}, outside src/`);
    if (!exportsOf(declared.fileName).has(name))
      fail(`${name} (used by <${element.tag}>) is not exported by ${path.relative(root, declared.fileName)}`);
    return importPath(declared.fileName);
  }
  // A name only the JSDoc uses (`@fires {CustomEvent<CardSelectDetail>}`): the one module under src/ that declares and exports it.
  const declaring = program
    .getSourceFiles()
    .filter((f) => f.fileName.startsWith(srcDir) && exportsOf(f.fileName).has(name))
    .filter((f) => f.statements.some((s) => s.name?.text === name && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)));
  if (declaring.length === 1) return importPath(declaring[0].fileName);
  fail(
    `${name} (used by <${element.tag}>) is neither in scope of ${path.relative(root, element.module)} or its base classes nor exported by exactly one module of src/: import it there`,
  );
}

/** `import type` lines for the names the given texts use, as the elements' modules see them. */
function imports(uses, extra = []) {
  const byFile = new Map(extra.map(([file, names]) => [file, new Set(names)]));
  for (const { text, element } of uses) {
    for (const name of namesIn(text)) {
      if (OWN_TYPES.has(name)) continue;
      const file = home(name, element);
      if (file) byFile.set(file, (byFile.get(file) ?? new Set()).add(name));
    }
  }
  return [...byFile]
    .sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1))
    .map(([file, names]) => `import type { ${[...names].sort().join(', ')} } from '${file}';\n`)
    .join('');
}

// ---- the three files -------------------------------------------------------------------------

const GENERATED = (what) =>
  `Generated by .ci/element-types.mjs from custom-elements.json (the elements' JSDoc): do not edit;\n\`npm run types\` after \`npm run build\` writes it again.${what ? `\n${what}` : ''}`;

const propLines = (props) =>
  props
    .map((p) => `${comment(p.description, '  ')}  '${p.name}'?: ${p.type};\n`)
    .join('')
    .replace(/'([a-zA-Z_$][\w$]*)'\?:/g, '$1?:');

function elementProps() {
  const uses = elements.flatMap((element) => element.props.map((p) => ({ text: p.type, element })));
  let out = comment(
    `The attributes and properties of Indikator's elements, with no framework's types: the React\n(jsx.d.ts) and Vue (vue.d.ts) declarations add their own way of listening to events.\n\n${GENERATED('')}`,
  );
  out += imports(uses);
  out += `\nexport type Theme = 'light' | 'dark' | 'auto';\n\n`;
  out += `/** Attributes and properties every element takes. */\nexport interface IndikatorCommonProps {\n${propLines(common)}}\n`;
  for (const e of elements) {
    out += `\n/** \`<${e.tag}>\`'s own attributes and properties. */\nexport interface ${e.className}Props extends IndikatorCommonProps {\n${propLines(e.props.filter((p) => !isCommon(p)))}}\n`;
  }
  return out;
}

const eventUses = () => elements.flatMap((element) => element.events.map((ev) => ({ text: ev.type, element })));

function jsx() {
  let out = comment(`JSX types for React 19 (and other React-typed JSX) users of Indikator's elements.

  // once, e.g. in src/indikator.d.ts or any file of your app:
  import type {} from 'indikator/jsx';

Then \`<indikator-trend-line data={docs} target-id="t" onindikator-load={(e) => e.detail.data} />\`
type-checks. React 19 sets a prop that is a property of the element as that property (\`data\`,
\`annotations\`) and adds \`on<event>\` props as listeners for \`<event>\` (\`onindikator-load\`).
Needs \`@types/react\` 19 in your project. (DOM typings without React, the tag-name map and the
event map, come with the package itself: \`document.querySelector('indikator-trend-line')\` and
\`el.addEventListener('indikator-load', …)\` are typed by importing \`indikator/define.js\`.)

${GENERATED("Each element's listeners are its own events (its `@fires`).")}`);
  out += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n`;
  out += imports(
    eventUses(),
    elements.map((e) => [importPath(e.module), [e.className]]),
  );
  out += `import type * as P from './element-props.js';\n\n`;
  out += `type Props<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;\n`;
  for (const e of elements) {
    out += `\nexport interface ${e.className}Props extends P.${e.className}Props {\n`;
    for (const ev of e.events)
      out += `${comment(`React 19: a listener for \`${ev.name}\`. ${ev.description ?? ''}`, '  ')}  'on${ev.name}'?: (event: ${ev.type}) => void;\n`;
    out += `}\n`;
  }
  out += `\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) out += `      '${e.tag}': Props<${e.className}> & ${e.className}Props;\n`;
  out += `    }\n  }\n}\n`;
  return out;
}

function vue() {
  let out = comment(`Vue 3 types for Indikator's elements, so templates type-check under \`vue-tsc --strictTemplates\`:

  // once, e.g. in src/env.d.ts of your app:
  import type {} from 'indikator/vue';

Then \`<indikator-trend-line :data="docs" target-id="t" @indikator-load="(e) => e.detail.data" />\`
is checked: Vue sets a bound prop that is a property of the element as that property (\`:data\`
sets \`el.data\`), and \`@indikator-load\` listens for the \`indikator-load\` event (Vue types it as
the \`onIndikatorLoad\` prop declared here). Vue's compiler must also be told the tags are custom
elements (\`compilerOptions.isCustomElement\`; see the README's Vue recipe).

${GENERATED("Each element's listeners are its own events (its `@fires`).")}`);
  out += `import type { DefineComponent, HTMLAttributes } from 'vue';\n`;
  out += imports(eventUses());
  out += `import type * as P from './element-props.js';\n`;
  for (const e of elements) {
    out += `\nexport interface ${e.className}VueProps extends P.${e.className}Props {\n`;
    for (const ev of e.events) {
      const prop = camel(`on-${ev.name}`);
      out += `${comment(`\`@${ev.name}\`: ${ev.description ?? ''}`, '  ')}  ${prop}?: (event: ${ev.type}) => void;\n`;
    }
    out += `}\n`;
  }
  out += `
// Vue's template checker camel-cases attribute names (\`target-id\` is checked as \`targetId\`).
type Camel<S extends string> = S extends \`\${infer A}-\${infer B}\` ? \`\${A}\${Capitalize<Camel<B>>}\` : S;
type Camelized<P> = { [K in keyof P as K extends string ? Camel<K> : K]: P[K] };

// The elements' own props, plus every global HTML attribute (\`lang\`, \`class\`, \`id\`, \`hidden\`…).
type Element<P> = DefineComponent<Camelized<P> & Omit<HTMLAttributes, keyof Camelized<P>>>;

declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `    '${e.tag}': Element<${e.className}VueProps>;`).join('\n')}
  }
}
`;
  return out;
}

// ---- write or check --------------------------------------------------------------------------

const outputs = { 'src/element-props.d.ts': elementProps(), 'src/jsx.d.ts': jsx(), 'src/vue.d.ts': vue() };
let stale = 0;
for (const [file, text] of Object.entries(outputs)) {
  const full = path.join(root, file);
  const formatted = await prettier.format(text, { ...(await prettier.resolveConfig(full)), filepath: full });
  const current = existsSync(full) ? readFileSync(full, 'utf8') : '';
  if (check) {
    if (current !== formatted) {
      stale++;
      console.error(`FAIL ${file} differs from what custom-elements.json gives: run \`npm run types\` (after \`npm run build\`) and commit it.`);
    } else console.log(`ok   ${file}`);
  } else if (current !== formatted) {
    writeFileSync(full, formatted);
    console.log(`wrote ${file}`);
  } else console.log(`ok   ${file} (unchanged)`);
}
process.exit(stale ? 1 : 0);
