import { writeFileSync } from 'node:fs';
// Prints `N passed, N failed` alone as the last line of a test run, for CI logs.
// A test file that fails to load (or errors outside a test) counts as one failure,
// so a broken file can never disappear from the count.

function countSuite(suite, tally) {
  for (const test of suite.tests) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, tally);
}

export function tally(sessions) {
  const result = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = result.failed;
    if (session.testResults) countSuite(session.testResults, result);
    const erroredOutsideTests = session.errors.length > 0 || (session.passed === false && result.failed === before);
    if (erroredOutsideTests) result.failed += 1;
  }
  return result;
}

export const closingLine = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export function countReporter() {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      last = tally(sessions);
    },
    stop() {
      if (!last) return;
      // Under `npm test` the wrapper prints the line after wtr has exited, so that nothing wtr
      // writes while closing (terminal clean-up codes) can follow it.
      if (process.env.INDIKATOR_COUNT_FILE) writeFileSync(process.env.INDIKATOR_COUNT_FILE, JSON.stringify(last));
      else process.stdout.write(`\n${closingLine(last)}\n`);
    },
  };
}
