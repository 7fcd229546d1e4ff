// custom-elements.json, generated from the elements' JSDoc by `npm run build`; Storybook's docs
// pages and editors read it. It describes the package as users get it: module paths point at the
// shipped files in dist/, and only public members are listed. From it the build also writes the
// editors' data: vscode.html-custom-data.json (VS Code's `html.customData`) and web-types.json
// (JetBrains IDEs, through package.json's `web-types`), as Shoelace does.
// `.ci/manifest-check.mjs` checks all three in CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const README = 'https://www.npmjs.com/package/indikator';

/** `src/a/b.ts` and `/src/a/b.js` → `dist/a/b.js`: the file a user's import reaches (its `.d.ts` for a module of types only). */
const shipped = (path) => {
  const js = path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  const types = js.replace(/\.js$/, '.d.ts');
  return js !== path && !existsSync(new URL(js, import.meta.url)) && existsSync(new URL(types, import.meta.url)) ? types : js;
};

/** Every `path` and `module` of a module's entry, relative ones (`./data/schema.js`) resolved against the module's own. */
function rewritePaths(node, from) {
  if (Array.isArray(node)) return node.forEach((n) => rewritePaths(n, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      const absolute = value.startsWith('.') ? new URL(value, `file:///${from}`).pathname.slice(1) : value;
      node[key] = shipped(absolute);
    } else rewritePaths(value, from);
  }
}

/** What an element's user can touch: no private, protected or static members (the styles), no `_` names. */
const isPublic = (member) => (!member.privacy || member.privacy === 'public') && !member.static && !member.name.startsWith('_');

/** Some attributes are the platform's, observed by the base (no JSDoc to read). */
const GLOBAL_ATTRIBUTES = {
  lang: "Language of the widget (`id`, `en`, …): its own `lang`, else the nearest ancestor's, else the page's.",
};

/** `'full' | 'sparkline' | undefined` → the values an editor offers: full, sparkline. */
const valuesOf = (type) => {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  const literals = parts.filter((p) => /^'[^']*'$/.test(p)).map((p) => p.slice(1, -1));
  return literals.length && literals.length === parts.filter((p) => p !== 'undefined' && p !== 'null').length ? literals : [];
};

function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) out.push({ module: mod.path, d });
  }
  return out;
}

function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map(({ d }) => ({
      name: d.tagName,
      description: d.summary ?? d.description,
      attributes: d.attributes.map((a) => {
        const values = valuesOf(a.type?.text);
        return { name: a.name, description: a.description, ...(values.length ? { values: values.map((name) => ({ name })) } : {}) };
      }),
      references: [{ name: 'README', url: README }],
    })),
  };
}

function webTypes(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map(({ module, d }) => ({
          name: d.tagName,
          description: d.summary ?? d.description,
          'doc-url': README,
          source: { module: `${pkg.name}/${module.replace(/^dist\//, '')}`, symbol: d.name },
          attributes: d.attributes.map((a) => {
            const values = valuesOf(a.type?.text);
            return {
              name: a.name,
              description: a.description,
              value: values.length ? { type: values.map((v) => `'${v}'`).join(' | ') } : { type: a.type?.text ?? 'string' },
            };
          }),
          events: d.events.map((e) => ({ name: e.name, description: e.description, type: e.type?.text })),
          js: {
            properties: d.members.filter((m) => m.kind === 'field').map((m) => ({ name: m.name, description: m.description, type: m.type?.text })),
            events: d.events.map((e) => ({ name: e.name, description: e.description })),
          },
          css: {
            properties: d.cssProperties?.map((p) => ({ name: p.name, description: p.description })) ?? [],
            parts: d.cssParts?.map((p) => ({ name: p.name, description: p.description })) ?? [],
          },
        })),
      },
    },
  };
}

/** `Class members|attributes name` → the type the class itself declares (see indikator-own-types). */
const ownTypes = new Map();

export default {
  globs: ['src/**/*.ts'],
  // What users import: the elements, their define files and the package root (the iframe page's
  // modules are bundled into dist/embed.js and not importable; the fallback writer is, from the root;
  // the table of elements is the tooling's).
  exclude: [
    'src/elements.ts',
    'src/**/*.styles.ts',
    'src/adapters/**',
    'src/core/**',
    'src/data/**',
    'src/server/**',
    'src/react/**',
    'src/embed/!(fallback).ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      // A member a class declares itself has its own type, as in TypeScript: the analyzer's
      // inheritance step gives an overridden member its base's type (each element's `declare data:
      // GaugeData | undefined` became the base's `unknown`). The own types are read before that
      // step and put back after it (.ci/element-types.mjs writes the framework types from them).
      name: 'indikator-own-types',
      moduleLinkPhase({ moduleDoc }) {
        for (const d of moduleDoc.declarations ?? []) {
          if (d.kind !== 'class') continue;
          for (const list of ['members', 'attributes']) {
            for (const item of d[list] ?? []) if (item.type && !item.inheritedFrom) ownTypes.set(`${d.name} ${list} ${item.name}`, item.type);
          }
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            for (const list of ['members', 'attributes']) {
              for (const item of d[list] ?? []) {
                const own = ownTypes.get(`${d.name} ${list} ${item.name}`);
                if (own && item.inheritedFrom) item.type = own;
              }
            }
          }
        }
      },
    },
    {
      name: 'indikator-events',
      // The base dispatches its events through one helper, `emit(type, detail)`; the analyzer
      // reads that call as an event named "type". The real events are declared with @fires.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name !== 'type');
          }
        }
      },
    },
    {
      name: 'indikator-for-users',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) rewritePaths(mod, mod.path);
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter(isPublic);
            for (const a of d.attributes ?? []) if (!a.description && GLOBAL_ATTRIBUTES[a.name]) a.description = GLOBAL_ATTRIBUTES[a.name];
          }
        }
        const elements = elementsOf(customElementsManifest);
        writeFileSync(new URL('./vscode.html-custom-data.json', import.meta.url), `${JSON.stringify(vscodeData(elements), null, 2)}\n`);
        writeFileSync(new URL('./web-types.json', import.meta.url), `${JSON.stringify(webTypes(elements), null, 2)}\n`);
      },
    },
  ],
};
