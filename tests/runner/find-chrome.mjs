// Finds a Chrome or Chromium for the tests: CHROME_PATH, then the usual places;
// where none is found, installs Debian's `chromium` when it can (root with apt-get),
// and otherwise says in one sentence what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function onPath(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function installed() {
  return (
    CANDIDATES.find((p) => existsSync(p)) ??
    ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'].map(onPath).find(Boolean)
  );
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && Boolean(onPath('apt-get'));
}

export function findChrome({ log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there; point it at a Chrome or Chromium executable.`);
  }
  const found = installed();
  if (found) return found;
  if (canApt()) {
    log("No Chrome or Chromium found: installing Debian's chromium package with apt-get (about a minute).");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const after = installed();
    if (after) return after;
  }
  throw new Error(
    'No Chrome or Chromium was found: install Google Chrome or Chromium (on Debian or Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to its executable.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${findChrome()}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
