// The client of the React server-rendering example: `npm run build:react` (after `npm run build`)
// writes demo/react-ssr/dist/client.js, loaded by the page server.mjs renders. Like demo/react,
// it uses the package by name (dist/, lit and d3 bundled here by Vite).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  resolve: {
    alias: [{ find: /^indikator\/(.+)$/, replacement: here('../../dist/$1') }],
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: { input: here('client.js'), output: { entryFileNames: 'client.js', chunkFileNames: '[name]-[hash].js' } },
  },
});
