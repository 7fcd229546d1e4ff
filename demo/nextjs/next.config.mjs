// The Next.js 15 example: server-rendered widgets (a static export, pre-rendered at build time)
// hydrated by React, through @lit-labs/nextjs (Lit SSR with React; it supports Next 13 to 15 —
// with Next 16 see the README's client-only pattern). Built by tests/ssr/nextjs.test.ts:
//   NEXT_TELEMETRY_DISABLED=1 npx next build demo/nextjs
import { fileURLToPath } from 'node:url';
import withLitSSR from '@lit-labs/nextjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

export default withLitSSR()({
  output: 'export',
  // Served by the test server under this path.
  basePath: '/demo/nextjs/out',
  eslint: { ignoreDuringBuilds: true },
  webpack(config) {
    // The package refers to itself by name (as it would from node_modules).
    config.resolve.alias = { ...config.resolve.alias, 'indikator/react': `${dist}react/index.js` };
    return config;
  },
});
