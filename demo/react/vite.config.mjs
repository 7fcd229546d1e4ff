// The React 19 example: `npm run build:react` (after `npm run build`) writes demo/react/dist/, which
// `npm start` serves at http://localhost:8000/demo/react/dist/. It uses the library as an npm user
// does: `import 'indikator/define.js'` (the package's own exports map, i.e. dist/define.js with lit
// and d3 as dependencies, bundled here by Vite).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // Relative asset URLs: the page works wherever dist/ is served from.
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // JSX with React's automatic runtime through Vite's own transformer (Oxc in Vite 8; the
  // `esbuild: { jsx: 'automatic' }` of Vite 7 and earlier): no @vitejs/plugin-react needed.
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    // The package refers to itself by name (as it would from node_modules).
    alias: [{ find: /^indikator\/(.+)$/, replacement: here('../../dist/$1') }],
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or styles in the output (a strict CSP), and no source maps in the demo.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
