// Helpers for the tests of the built files (dist/) and the demo's React build: load a page in an
// iframe, wait for things inside it.

/** Fails with a clear instruction when a build output is missing (CI builds before testing). */
export async function requireBuilt(path: string, command = 'npm run build'): Promise<void> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} is missing (HTTP ${response.status}): run \`${command}\` first`);
}

/** An iframe on `src` (or with `srcdoc`), appended to the test page; resolves once it has loaded. */
export async function frame(options: {
  src?: string;
  srcdoc?: string;
  width?: number;
  height?: number;
  attributes?: Record<string, string>;
}): Promise<HTMLIFrameElement> {
  const el = document.createElement('iframe');
  el.width = String(options.width ?? 800);
  el.height = String(options.height ?? 600);
  for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
  const loaded = new Promise<void>((resolve) => el.addEventListener('load', () => resolve(), { once: true }));
  if (options.srcdoc !== undefined) el.srcdoc = options.srcdoc;
  else if (options.src) el.src = options.src;
  document.body.append(el);
  await loaded;
  return el;
}

/** Polls `check` until it returns something truthy, or fails after `ms` with `what`. */
export async function until<T>(check: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what} (page ${document.visibilityState})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every element of the iframe's document (not inside shadow roots) whose tag starts with `indikator-`. */
export const widgetsIn = (doc: Document): HTMLElement[] =>
  [...doc.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('indikator-'));

/** Waits until every widget of the document has left `loading` and returns their states by tag. */
export async function settled(doc: Document, count: number, ms = 8000): Promise<string[]> {
  return until(
    () => {
      const widgets = widgetsIn(doc);
      if (widgets.length < count) return undefined;
      const states = widgets.map((w) => `${w.localName}:${w.getAttribute('state')}`);
      return states.every((s) => /:(ready|empty|error)$/.test(s)) ? states : undefined;
    },
    `${count} widgets to settle`,
    ms,
  );
}
