// Test-only wtr commands that reach the browser through the DevTools protocol.
// Called from tests with `executeServerCommand(name, payload)`.
//
//   emulate-timezone { timezoneId }   the page's time zone (null: the machine's)
//   collect-garbage                   a full garbage collection (HeapProfiler.collectGarbage), twice
//   dom-counters                      { documents, nodes, jsEventListeners } (Memory.getDOMCounters)
//   performance-metrics               { JSHeapUsedSize, Nodes, JSEventListeners, ... } (Performance.getMetrics)

function page(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${session.browser.type} is not supported`);
  return session.browser.getPage(session.id);
}

/** One DevTools session per page, made on first use. */
const sessions = new WeakMap();
async function devtools(session) {
  const p = page(session);
  let client = sessions.get(p);
  if (!client) {
    client = await p.createCDPSession();
    sessions.set(p, client);
  }
  return client;
}

export function testCommandsPlugins() {
  return [
    {
      name: 'indikator-commands',
      async executeCommand({ command, payload, session }) {
        if (command === 'emulate-timezone') {
          // `null` restores the machine's zone.
          await page(session).emulateTimezone(payload?.timezoneId ?? undefined);
          return true;
        }
        if (command === 'collect-garbage') {
          const client = await devtools(session);
          // Twice: objects freed by the first pass (weak maps, finalizers) go in the second.
          await client.send('HeapProfiler.collectGarbage');
          await client.send('HeapProfiler.collectGarbage');
          return true;
        }
        if (command === 'dom-counters') {
          const client = await devtools(session);
          const { documents, nodes, jsEventListeners } = await client.send('Memory.getDOMCounters');
          return { documents, nodes, jsEventListeners };
        }
        if (command === 'performance-metrics') {
          const client = await devtools(session);
          await client.send('Performance.enable');
          const { metrics } = await client.send('Performance.getMetrics');
          return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
        }
        return undefined;
      },
    },
  ];
}
