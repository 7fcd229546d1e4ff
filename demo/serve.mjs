// `npm start` (after the build): serves the demo pages and the built library from the repo root.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: {
    rootDir: new URL('..', import.meta.url).pathname,
    port,
    hostname: process.env.HOST ?? 'localhost',
    nodeResolve: false,
    watch: false,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Indikator demo: http://localhost:${port}/demo/`);
