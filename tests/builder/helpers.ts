// Driving the builder page (dist/builder.html) in an iframe as a user would: typing into its
// fields, clicking, choosing files, and reading what it shows and saves.
import { until } from '../embed/helpers.js';

export const STORAGE_KEY = 'indikator-builder@1';

export interface BuilderFrame {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  /** An element of the page by CSS selector; fails when it is missing. */
  $<T extends Element = HTMLElement>(selector: string): T;
  /** Types `value` into a field (as a paste would: one input event), by its control id. */
  type(id: string, value: string): void;
  /** Chooses a radio button of a field by its value. */
  pick(field: string, value: string): void;
  /** Chooses an option of a select by its control id. */
  choose(id: string, value: string): void;
  /** Gives a file input a file, as a user choosing it would. */
  file(id: string, name: string, text: string, type?: string): void;
  click(selector: string): void;
  /** The text of the page as a reader sees it (layout-aware). */
  text(): string;
  /** The files the page saved (its `<a download>` clicks), read. */
  readonly saved: { name: string; text: string }[];
  /** Resolves with the next file the page saves after `action`. */
  download(action: () => void): Promise<{ name: string; text: string }>;
}

/** Opens the builder at `src` (default: dist/builder.html) in an iframe of `width` px. */
export async function openBuilder(options: { src?: string; width?: number; keep?: boolean } = {}): Promise<BuilderFrame> {
  if (!options.keep) localStorage.removeItem(STORAGE_KEY);
  const frame = document.createElement('iframe');
  frame.width = String(options.width ?? 1280);
  frame.height = '900';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = options.src ?? '/dist/builder.html';
  document.body.append(frame);
  await loaded;
  return wrap(frame);
}

/** The same frame after a reload (storage kept). */
export async function reload(b: BuilderFrame): Promise<BuilderFrame> {
  const loaded = new Promise<void>((resolve) => b.frame.addEventListener('load', () => resolve(), { once: true }));
  b.win.location.reload();
  await loaded;
  return wrap(b.frame);
}

function wrap(frame: HTMLIFrameElement): BuilderFrame {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow! as Window & typeof globalThis;
  const saved: { name: string; text: string }[] = [];
  const pending: Promise<void>[] = [];
  const original = win.HTMLAnchorElement.prototype.click;
  win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return original.call(this);
    const { download: name, href } = this;
    pending.push(
      fetch(href)
        .then((r) => r.text())
        .then((text) => void saved.push({ name, text })),
    );
  };
  const $ = <T extends Element = HTMLElement>(selector: string): T => {
    const el = doc.querySelector<T>(selector);
    if (!el) throw new Error(`the builder has no ${selector}`);
    return el;
  };
  const fire = (el: Element, ...types: string[]) => types.forEach((t) => el.dispatchEvent(new win.Event(t, { bubbles: true })));
  return {
    frame,
    doc,
    win,
    $,
    type(id, value) {
      const el = $<HTMLInputElement>(`#${id}`);
      el.focus();
      el.value = value;
      fire(el, 'input');
    },
    pick(field, value) {
      $<HTMLInputElement>(`input[data-field="${field}"][value="${value}"]`).click();
    },
    choose(id, value) {
      const el = $<HTMLSelectElement>(`#${id}`);
      el.value = value;
      fire(el, 'change');
    },
    file(id, name, text, type = 'application/json') {
      const el = $<HTMLInputElement>(`#${id}`);
      const transfer = new win.DataTransfer();
      transfer.items.add(new win.File([text], name, { type }));
      el.files = transfer.files;
      fire(el, 'change');
    },
    click(selector) {
      $<HTMLElement>(selector).click();
    },
    text: () => doc.body.innerText,
    saved,
    async download(action) {
      const before = saved.length;
      action();
      await until(() => saved.length > before || undefined, 'a saved file');
      await Promise.all(pending);
      return saved[before]!;
    },
  };
}

/** The preview's widget of that tag, once it has drawn. */
export async function previewWidget(b: BuilderFrame, tag: 'indikator-target-gauge' | 'indikator-trend-line', status?: string): Promise<HTMLElement> {
  return until(
    () => {
      const el = b.doc.querySelector<HTMLElement>(`.preview-frame ${tag}`);
      if (!el || el.getAttribute('state') !== 'ready') return undefined;
      return status === undefined || el.getAttribute('status') === status ? el : undefined;
    },
    `the preview's ${tag}${status ? ` (${status})` : ''}`,
  );
}

/** The trend line's summary sentence (part="summary"). */
export const summaryOf = (el: Element): string => el.shadowRoot!.querySelector('[part~="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Whether an element is rendered with a box (visible on the page). */
export const visible = (el: Element | null): boolean => Boolean(el && el.getClientRects().length > 0 && (el as HTMLElement).offsetHeight > 0);

export { until };
