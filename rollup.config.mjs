// Two outputs from one source tree:
//  - dist/**/*.js: unbundled ES modules for npm users and their bundlers (lit and d3 stay imports);
//  - dist/indikator.js: one minified, self-contained module for a CDN <script type="module">.
// Declarations (.d.ts) come from `tsc -p tsconfig.build.json` (see the build script).
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

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

const isDependency = (id) => /^(lit|@lit|d3-|internmap|valibot)/.test(id);

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
    },
    external: isDependency,
    plugins: [ts()],
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
    // Lit's html/css literals keep their indentation unless minified (the Lit team's plugin).
    plugins: [nodeResolve(), ts(), minifyHTML(), terser({ ecma: 2022, module: true, compress: { passes: 3 } })],
    // Adapters stay separate chunks beside the bundle, loaded (relative to it) only when a page
    // uses `format`; the bundle itself registers every element.
    output: { dir: 'dist', entryFileNames: 'indikator.js', chunkFileNames: 'cdn/[name]-[hash].js', format: 'es' },
  },
];
