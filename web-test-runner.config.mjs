import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './tests/runner/count-reporter.mjs';
import { testCommandsPlugins } from './tests/runner/commands.mjs';
import { screenshotPlugins } from './tests/runner/screenshots.mjs';
import { nextjsFiles, testServerPlugin } from './tests/runner/test-server.mjs';

// The esbuild plugin needs the absolute tsconfig path, or Lit's decorators reach the browser untranslated.
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['tests/**/*.test.ts', '!tests/stress/**'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      // Each test page in a browser context of its own, i.e. a window of its own: with two pages in
      // one window (concurrency 2) one is a background tab, which Chrome gives no rendering at all
      // (no ResizeObserver reports, no animation frames), and tests of resizing time out at random.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  middleware: [nextjsFiles()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), testServerPlugin(), ...testCommandsPlugins(), ...screenshotPlugins()],
  // Coverage only for whole runs: a run of a few files would fall below the threshold.
  coverage: !process.argv.includes('--files'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    // Raised as the code grows; never lowered to make a run pass.
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countReporter()],
};
