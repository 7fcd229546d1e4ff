// Prints the CDN snippet with a Subresource Integrity hash of the built dist/indikator.js
// (`npm run sri`, after `npm run build`), for the README and for release notes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = readFileSync(new URL('../dist/indikator.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
console.log(
  `<script type="module" src="https://unpkg.com/indikator@${pkg.version}/dist/indikator.js"\n        integrity="${integrity}" crossorigin="anonymous"></script>`,
);
