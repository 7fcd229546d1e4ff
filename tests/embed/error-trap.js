// Classic script, first in the page: records every error and unhandled rejection of the page, so
// the test can check that loading the library (twice) threw nothing.
window.__errors = [];
window.addEventListener('error', (event) => window.__errors.push(String(event.message || event.error)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
