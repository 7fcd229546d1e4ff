// `npm run test:stress`: the slow suites in tests/stress/ (10,000 create/remove cycles per element,
// DevTools-protocol counters after forced garbage collection). One page at a time, so the
// renderer's DOM counters belong to that page alone; no coverage (it would keep every script alive).
import base from './web-test-runner.config.mjs';

export default {
  ...base,
  files: ['tests/stress/**/*.test.ts'],
  concurrency: 1,
  coverage: false,
  testFramework: { config: { timeout: 900000 } },
  testsFinishTimeout: 3600000,
};
