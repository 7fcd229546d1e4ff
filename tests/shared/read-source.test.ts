import { expect } from '@open-wc/testing';
import { fetchMessage } from '../../src/shared/remote.js';
import type { AdapterModule } from '../../src/adapters/adapter.js';

// An adapter's `request` hook reaches the fetch: its headers, method and body, and a request with
// them never shares the cache with a plain one for the same URL.
describe('read-source: an adapter request hook', () => {
  it('sends the headers, method and body a format asks for, apart from a plain request for the same URL', async () => {
    const url = new URL(`/__fault/ok/muba-poverty-rate.json?tag=request-${Date.now()}`, location.href).href;
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen.push(init!);
      return original(input, init);
    };
    try {
      const adapter: AdapterModule = {
        adapt: () => [],
        accept: 'application/json',
        request: () => ({ headers: { 'x-format': 'probe' }, method: 'POST', body: '{"q":1}' }),
      };
      const signal = new AbortController().signal;
      const asked = await fetchMessage(url, 'probe', adapter, { signal, fresh: false });
      const plain = await fetchMessage(url, undefined, undefined, { signal, fresh: false });
      expect(seen).to.have.length(2);
      expect((seen[0]!.headers as Record<string, string>)['x-format']).to.equal('probe');
      expect(seen[0]!.method).to.equal('POST');
      expect(seen[0]!.body).to.equal('{"q":1}');
      // The plain request: none of it.
      expect('method' in seen[1]!).to.equal(false);
      expect((seen[1]!.headers as Record<string, string>)['x-format']).to.equal(undefined);
      expect((asked!.raw as { id: string }).id).to.equal('idn.1606.poverty-rate');
      expect((plain!.raw as { id: string }).id).to.equal('idn.1606.poverty-rate');
    } finally {
      window.fetch = original;
    }
  });
});
