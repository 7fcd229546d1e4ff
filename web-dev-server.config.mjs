// `npm run dev`: serves the source (TypeScript through esbuild) for working on the elements, e.g.
// http://localhost:8001/demo/gallery.html?dev. The demo itself (`npm start`) uses the built bundle.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  port: 8001,
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
};
