// The CDN snippet with a Subresource Integrity hash of the built dist/indikator.js, after
// `npm run build`. `npm run sri` prints it; `-- --write` puts the hash into the README's snippet;
// `-- --check` (CI) fails when the README shows a hash other than the one of the file it describes.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = readFileSync(new URL('../dist/indikator.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const SNIPPET = /(src="https:\/\/unpkg\.com\/indikator@[^/]+\/dist\/indikator\.js"\s+integrity=")(sha384-[A-Za-z0-9+/=]+)(")/;

if (process.argv.includes('--write')) {
  if (!SNIPPET.test(readme)) throw new Error('README.md has no CDN snippet with an integrity attribute');
  writeFileSync(readmeUrl, readme.replace(SNIPPET, `$1${integrity}$3`));
  console.log(`README.md: integrity ${integrity}`);
} else if (process.argv.includes('--check')) {
  const shown = SNIPPET.exec(readme)?.[2];
  if (shown !== integrity) {
    console.error(`README.md shows ${shown ?? 'no integrity'}, but dist/indikator.js is ${integrity}: run \`npm run sri -- --write\``);
    process.exit(1);
  }
  console.log(`README.md shows the integrity of dist/indikator.js (${integrity})`);
} else {
  console.log(
    `<script type="module" src="https://unpkg.com/indikator@${pkg.version}/dist/indikator.js"\n        integrity="${integrity}" crossorigin="anonymous"></script>`,
  );
}
