// `npm test`: find a browser, run @web/test-runner with it, and close the log with
// `N passed, N failed` alone on the last line.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome } from './find-chrome.mjs';
import { closingLine } from './count-reporter.mjs';

let chrome;
try {
  chrome = findChrome();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

// The tests load the built files (dist/, the React example): build them first, so that `npm test`
// alone passes after `npm ci`. INDIKATOR_SKIP_BUILD=1 skips it where the same tree was just built
// (CI builds once for its checks), and a run of a few files (`--files`) does not rebuild.
if (process.env.INDIKATOR_SKIP_BUILD !== '1' && !process.argv.includes('--files')) {
  for (const script of ['build', 'build:react']) {
    const built = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
    if (built.status !== 0) {
      process.stdout.write(`\nnpm run ${script} failed (see above).\n0 passed, 1 failed\n`);
      process.exit(1);
    }
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'indikator-test-'));
const countFile = path.join(dir, 'count.json');
const wtr = fileURLToPath(new URL('../../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const child = spawn(process.execPath, [wtr, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome, INDIKATOR_COUNT_FILE: countFile },
});

child.on('exit', (code, signal) => {
  let counts;
  try {
    counts = JSON.parse(readFileSync(countFile, 'utf8'));
  } catch {
    // wtr stopped before any test ran (a config or browser failure): that is a failure too.
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  rmSync(dir, { recursive: true, force: true });
  const failed = code !== 0 || signal !== null || counts.failed > 0;
  if (failed && counts.failed === 0) {
    // Every test passed but wtr still failed (coverage under its threshold, a browser crash):
    // the closing line must not read as a clean run.
    process.stdout.write('\nThe test runner failed outside the tests (see above); counted as one failure.\n');
    counts.failed = 1;
  }
  process.stdout.write(`\n${closingLine(counts)}\n`);
  process.exit(failed ? code || 1 : 0);
});
