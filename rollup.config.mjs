// Two outputs from one source tree:
//  - dist/**/*.js: unbundled ES modules for npm users and their bundlers (lit and d3 stay imports);
//  - dist/indikator.js: one minified, self-contained module for a CDN <script type="module">.
// Declarations (.d.ts) come from `tsc -p tsconfig.build.json` (see the build script).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    noEmit: false,
    outDir: undefined,
    sourceMap: false,
  });

// Minified builds carry their CSS minified too: the static text of every css`...` literal (the
// styles' comments explain them in the source; the bundle has no use for them) loses its comments
// and every whitespace run that carries no meaning. Only `css` literals are touched, never html`` or
// svg`` (spaces between inline elements matter there). A lone scanner, not a CSS minifier: it knows
// strings, comments, url() and escapes, and drops whitespace only around `{ } ; , >` and after `:`
// (not before it: `.a :hover` is a descendant); spaces in selectors (`.a .b`), in values
// (`calc(1px + 2px)`, `1px 2px`) and before `(` (`and (`) become one space. A literal it cannot read
// whole (a string or comment cut by a `${}`) is left as it was, and a space beside a `${}` stays.
// Exported for .ci/element-sizes.mjs, which measures bundles built this way.
export const minifyCssLiterals = () => ({
  name: 'indikator-minify-css-literals',
  transform(code, id) {
    if (!/\.[cm]?[jt]s$/.test(id) || !/\bcss\s*`/.test(code)) return null; // TypeScript writes `css `
    const edits = [];
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
        // Lit reads the cooked text (escapes undone): that is the CSS, minified and written back
        // escaped for the template (`\\`, `\``, `\${`).
        const { quasis } = node.quasi;
        const last = quasis.length - 1;
        const parts = quasis.map(({ start, end, value }, i) =>
          value.cooked != null && code.slice(start, end) === value.raw ? minifyCss(value.cooked, i === 0, i === last) : null,
        );
        if (parts.every((part) => part !== null)) {
          const escape = (text) => text.replace(/\\|`|\$\{|\r/g, (m) => (m === '\r' ? '\\r' : `\\${m}`));
          quasis.forEach((q, i) => edits.push([q.start, q.end, escape(parts[i])]));
        }
      }
      for (const key in node) if (node[key] && typeof node[key] === 'object') visit(node[key]);
    };
    visit(this.parse(code));
    if (edits.length === 0) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
});

// Minified builds also drop the source's indentation from html`` and svg`` templates: each run of
// whitespace that holds a line break becomes one space. Rendering cannot tell (HTML and SVG text
// collapse such runs to one space, and no element of ours keeps white-space as written), while
// spaces between inline elements stay. Exported for .ci/element-sizes.mjs.
export const collapseTemplateIndent = () => ({
  name: 'indikator-collapse-template-indent',
  transform(code, id) {
    if (!/\.[cm]?[jt]s$/.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
    const edits = [];
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
        for (const q of node.quasi.quasis) {
          const text = code.slice(q.start, q.end);
          const collapsed = text.replace(/[ \t]*\r?\n[ \t\r\n]*/g, ' ');
          if (collapsed !== text) edits.push([q.start, q.end, collapsed]);
        }
      }
      for (const key in node) if (node[key] && typeof node[key] === 'object') visit(node[key]);
    };
    visit(this.parse(code));
    if (edits.length === 0) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
});

/** One static part of a css`` literal (its CSS text), minified; null when it cannot be read whole. */
export function minifyCss(raw, first = true, last = true) {
  const PUNCT = '{};,:>'; // whitespace after these goes
  const TIGHT = '{};,>'; // and before these (not `:`)
  const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  let out = '';
  let space = false; // whitespace seen since the last token
  let prev = first ? 'start' : '${}'; // the last token: a punctuation character, 'text', or what the part starts at
  const emit = (token, kind) => {
    if (space && prev !== 'start' && !(prev.length === 1 && PUNCT.includes(prev)) && !(kind.length === 1 && TIGHT.includes(kind))) {
      out += ' ';
    }
    if (kind === '}' && prev === ';') out = out.slice(0, -1);
    out += token;
    space = false;
    prev = kind;
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (isSpace(c)) {
      space = true;
      i++;
    } else if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      if (end < 0) return null;
      // A comment is not whitespace (`.a/**/.b` is `.a.b`): one with text or a `${}` tight on both
      // sides stays, lest dropping it join the two.
      const next = raw[end + 2];
      const joins = next === undefined ? !last : !isSpace(next) && !PUNCT.includes(next);
      if (!space && (prev === 'text' || prev === '${}') && joins) emit(raw.slice(i, end + 2), 'text');
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c && raw[j] !== '\n') j += raw[j] === '\\' ? 2 : 1;
      if (raw[j] !== c) return null;
      emit(raw.slice(i, j + 1), 'text');
      i = j + 1;
    } else if (c === '\\') {
      // An escape, kept whole: a hex one is up to six digits and the one whitespace after them.
      let j = i + 2;
      if (/[0-9a-f]/i.test(raw[i + 1] ?? '')) {
        while (j < i + 7 && /[0-9a-f]/i.test(raw[j] ?? '')) j++;
        if (isSpace(raw[j] ?? '')) j += raw[j] === '\r' && raw[j + 1] === '\n' ? 2 : 1;
      }
      if (j > raw.length) return null;
      emit(raw.slice(i, j), 'text');
      i = j;
    } else if (/^url\(\s*[^\s'")]/i.test(raw.slice(i, i + 64)) && !/[\w-]/.test(raw[i - 1] ?? '')) {
      // An unquoted url() is one token: a `/*` or `,` in it is the URL's.
      const end = raw.indexOf(')', i);
      if (end < 0) return null;
      emit(raw.slice(i, end + 1), 'text');
      i = end + 1;
    } else {
      emit(c, PUNCT.includes(c) ? c : 'text');
      i++;
    }
  }
  if (space && !last && prev !== 'start') out += ' '; // beside a `${}`
  return out;
}

// The static pages' HTML and CSS are copied into dist/ as they are (a strict CSP allows them: no
// inline script or style): the iframe page (src/embed/, embed.js does its work) and the builder
// (src/builder/, builder.js).
const staticPage = (name) => ({
  name: `indikator-${name}-page`,
  buildStart() {
    for (const file of [`${name}.html`, `${name}.css`]) this.addWatchFile(`src/${name}/${file}`);
  },
  async generateBundle() {
    for (const file of [`${name}.html`, `${name}.css`]) {
      this.emitFile({ type: 'asset', fileName: file, source: await readFile(`src/${name}/${file}`, 'utf8') });
    }
  },
});
const embedPage = () => staticPage('embed');
const builderPage = () => staticPage('builder');

// embed.js takes the elements from the CDN bundle beside it instead of a second copy: its
// `import '../define.js'` becomes `import './indikator.js'`.
const defineModule = fileURLToPath(new URL('./src/define.js', import.meta.url));
const defineTs = fileURLToPath(new URL('./src/define.ts', import.meta.url));
const isDefine = (id) => id === defineModule || id === defineTs;

const isDependency = (id) => /^(lit|@lit|d3-|internmap|valibot|parse5|node:)/.test(id) || /^react(-dom)?(\/|$)/.test(id);

// Framework types for users, shipped as written: dist/jsx.d.ts for React (`import type {} from
// 'indikator/jsx'`), dist/vue.d.ts for Vue (`'indikator/vue'`) and the framework-free props they
// share. Generated from custom-elements.json by .ci/element-types.mjs (`npm run types`; CI's
// `npm run types:check` fails when they are stale); `npm run typecheck` compiles them with React's and
// Vue's types (tests/types), and demo/vue's vue-tsc run checks templates against them.
const jsxTypes = () => ({
  name: 'indikator-jsx-types',
  async generateBundle() {
    for (const file of ['jsx.d.ts', 'vue.d.ts', 'element-props.d.ts']) {
      this.emitFile({ type: 'asset', fileName: file, source: await readFile(`src/${file}`, 'utf8') });
    }
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      // `indikator/server` (Node): @lit-labs/ssr stays an import, as lit does.
      'server/index': 'src/server/index.ts',
      // `npx indikator render`: the CLI on it.
      'server/cli': 'src/server/cli.ts',
      // `indikator/react`: @lit/react and React stay imports.
      'react/index': 'src/react/index.ts',
    },
    external: isDependency,
    plugins: [ts(), jsxTypes()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
  {
    input: 'src/define.ts',
    plugins: [
      nodeResolve(),
      ts(),
      minifyCssLiterals(),
      collapseTemplateIndent(),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
    ],
    // Adapters stay separate chunks beside the bundle, loaded (relative to it) only when a page
    // uses `format`; the bundle itself registers every element.
    output: { dir: 'dist', entryFileNames: 'indikator.js', chunkFileNames: 'cdn/[name]-[hash].js', format: 'es' },
  },
  {
    // The iframe page (dist/embed.html + embed.css + embed.js) and the fallback writer for the
    // snippet generator (dist/fallback.js): ES modules with no bare imports.
    input: { embed: 'src/embed/embed.ts', fallback: 'src/embed/fallback.ts' },
    external: (id, importer, resolved) =>
      resolved ? isDefine(id) : id === '../define.js' && /[\\/]src[\\/]embed[\\/]embed\.ts$/.test(importer ?? ''),
    plugins: [nodeResolve(), ts(), terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }), embedPage()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'cdn/embed-[name]-[hash].js',
      paths: (id) => (isDefine(id) ? './indikator.js' : id),
    },
  },
  {
    // The builder (dist/builder.html + builder.css + builder.js): its own entry, so none of its code
    // reaches the element bundle; like embed.js it takes the elements from ./indikator.js, and its
    // adapters are chunks of its own, loaded when a file of that format is read.
    input: { builder: 'src/builder/builder.ts' },
    external: (id, importer, resolved) =>
      resolved ? isDefine(id) : id === '../define.js' && /[\\/]src[\\/]builder[\\/]builder\.ts$/.test(importer ?? ''),
    plugins: [
      nodeResolve(),
      ts(),
      collapseTemplateIndent(),
      terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
      builderPage(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'cdn/builder-[name]-[hash].js',
      paths: (id) => (isDefine(id) ? './indikator.js' : id),
    },
  },
  {
    // The parent page's script (dist/embed-parent.js): one self-contained file that works as a
    // classic <script src> (a CMS template may allow no other) and as a module.
    input: 'src/embed/parent.ts',
    plugins: [ts(), terser({ ecma: 2022, compress: { passes: 2 } })],
    output: { file: 'dist/embed-parent.js', format: 'iife', name: 'IndikatorEmbeds' },
  },
];
