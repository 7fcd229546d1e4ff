import { expect } from '@open-wc/testing';

/** Loads the CSP test page in an iframe and waits for its report. */
export async function underCsp(query: string): Promise<{ results: Record<string, Record<string, string>>; violations: string[] }> {
  const frame = document.createElement('iframe');
  frame.src = `/__csp/page.html?${query}`;
  const report = new Promise<{ results: Record<string, Record<string, string>>; violations: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the CSP page never reported')), 15000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.kind !== 'csp-result') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('element base under a strict CSP', () => {
  for (const [name, query] of [
    ['a strict Content-Security-Policy', 'tt=0'],
    ['Trusted Types', 'tt=1'],
  ]) {
    it(`renders every state under ${name} with 0 violations`, async () => {
      const { results, violations } = await underCsp(query!);
      expect(violations).to.deep.equal([]);
      expect(results['indikator-test-element']).to.deep.equal({
        ready: 'ready',
        empty: 'empty',
        invalid: 'error',
        fetched: 'ready',
        failed: 'error',
        loading: 'loading',
      });
    });
  }
});
