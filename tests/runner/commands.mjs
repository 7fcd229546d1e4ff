// Test-only wtr commands that reach the browser through the DevTools protocol.
// Called from tests with `executeServerCommand(name, payload)`.

function page(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`${session.browser.type} is not supported`);
  return session.browser.getPage(session.id);
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
        return undefined;
      },
    },
  ];
}
