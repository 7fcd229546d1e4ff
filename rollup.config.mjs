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

// The iframe page's HTML and CSS are copied into dist/ as they are: the page is static (a strict
// CSP allows it: no inline script or style), embed.js does the work.
const embedPage = () => ({
  name: 'indikator-embed-page',
  buildStart() {
    for (const file of ['embed.html', 'embed.css']) this.addWatchFile(`src/embed/${file}`);
  },
  async generateBundle() {
    for (const file of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: await readFile(`src/embed/${file}`, 'utf8') });
    }
  },
});

// embed.js takes the elements from the CDN bundle beside it instead of a second copy: its
// `import '../define.js'` becomes `import './indikator.js'`.
const defineModule = fileURLToPath(new URL('./src/define.js', import.meta.url));
const defineTs = fileURLToPath(new URL('./src/define.ts', import.meta.url));
const isDefine = (id) => id === defineModule || id === defineTs;

const isDependency = (id) => /^(lit|@lit|d3-|internmap|valibot)/.test(id);

// React JSX types for users, shipped as dist/jsx.d.ts (`import type {} from 'indikator/jsx'`); not
// compiled with the rest, since the project itself has no React types.
const jsxTypes = () => ({
  name: 'indikator-jsx-types',
  async generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'jsx.d.ts', source: await readFile('src/jsx.d.ts', 'utf8') });
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
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
    plugins: [nodeResolve(), ts(), terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
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
    // The parent page's script (dist/embed-parent.js): one self-contained file that works as a
    // classic <script src> (a CMS template may allow no other) and as a module.
    input: 'src/embed/parent.ts',
    plugins: [ts(), terser({ ecma: 2022, compress: { passes: 2 } })],
    output: { file: 'dist/embed-parent.js', format: 'iife', name: 'IndikatorEmbeds' },
  },
];
