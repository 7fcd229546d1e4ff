// The Vue 3 example: `npm run build:vue` (run by `npm run build:react`, after `npm run build`) type-
// checks it with `vue-tsc --strictTemplates`, then writes demo/vue/dist/, which `npm start` serves at
// http://localhost:8000/demo/vue/dist/. It uses the library as an npm user does (`indikator/define.js`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  // Vue must leave the indikator-* tags to the browser (custom elements, not Vue components).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('indikator-') } } })],
  resolve: {
    alias: [{ find: /^indikator\/(.+)$/, replacement: here('../../dist/$1') }],
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
