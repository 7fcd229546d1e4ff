/**
 * The builder page (`dist/builder.html`): a journalist or a portal editor makes an indicator
 * document and its embed code without writing either. Built to `dist/builder.js`, which takes the
 * elements from the CDN bundle beside it (`./indikator.js`) for the preview.
 *
 * The state is the form (form-state.ts), kept in the browser's storage after every change; the
 * data is read from it (read-data.ts), the document built from both (build-document.ts) and
 * checked by the library's own `validateIndicator`; the page is drawn from all of it (view.ts).
 */
import '../define.js';
import { render } from 'lit-html';
import { validateIndicator } from '../data/validate.js';
import type { IndicatorDocument } from '../data/schema.js';
import { fill } from '../core/messages.js';
import { fileName, save } from '../shared/downloads/save.js';
import { CDN, documentText, elementCode, iframeCode, integrityOf, type Widget } from './embed-code.js';
import { getField, setField, controlId } from './form-fields.js';
import { defaultState, editList, stateFromDocument, type FormState, type LoadedFile } from './form-state.js';
import { History, loadState, saveState } from './history.js';
import { BUILDER_MESSAGES } from './messages.js';
import { detectFormat, fetchText, readFile, readPaste, type DataRead } from './read-data.js';
import { page, type PreviewView, type ViewModel } from './view.js';
import { checkForm, type FormCheck } from './check-form.js';

const MAX_BYTES = 10 * 1024 * 1024;
/** Fields whose change means reading the data again. */
const DATA_FIELDS = new Set(['route', 'paste', 'separator', 'decimal', 'column', 'format']);
const NO_DATA: DataRead = { data: { kind: 'none' }, format: '', choices: [], select: '', problems: [] };

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

class Builder {
  state: FormState;
  readonly history = new History();
  read: DataRead = NO_DATA;
  /** A URL is being fetched (its button says so and waits). */
  fetching = false;
  view: PreviewView;
  library: 'cdn' | 'here' = 'cdn';
  lastGood: IndicatorDocument | undefined;
  lastGoodText = '';
  heights: Record<Widget, number> = { gauge: 260, 'trend-line': 560 };
  integrity: string | undefined;
  announce = '';
  fetchFailure: { text: string; cors: boolean } | undefined;
  notSaved: string | undefined;
  #ticket = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  readonly here = new URL('./', location.href).href;

  constructor(readonly root: HTMLElement) {
    // Indonesian first (the page's own `lang`); English is one click away and then kept.
    this.state = loadState(storage(), 'id');
    this.view = { width: 'desktop', theme: 'light', lang: this.state.ui };
    root.addEventListener('input', (e) => this.onInput(e));
    root.addEventListener('change', (e) => this.onInput(e));
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('dragover', (e) => {
      if ((e.target as Element).closest?.('[data-drop]')) e.preventDefault();
    });
    root.addEventListener('drop', (e) => this.onDrop(e));
    void integrityOf(new URL('indikator.js', this.here)).then((sri) => {
      this.integrity = sri;
      this.render();
    });
    void this.refreshData();
  }

  get t() {
    return BUILDER_MESSAGES[this.state.ui];
  }

  /** One change of the form: recorded for undo, kept in storage, then drawn. */
  change(next: FormState, field: string, rereads = false): void {
    this.history.record(this.state, field, performance.now());
    this.state = next;
    this.persist();
    // Drawn at once (the field as typed, the route chosen); a file is read again after.
    this.render();
    if (rereads) void this.refreshData();
    this.scheduleAnnouncement();
  }

  persist(): void {
    this.notSaved = saveState(storage(), this.state);
  }

  async refreshData(): Promise<void> {
    const ticket = ++this.#ticket;
    const s = this.state;
    let read: DataRead = NO_DATA;
    if (s.route === 'paste') read = readPaste(s);
    else if (s.file) read = await readFile({ ...s.file, format: s.format }, s);
    if (ticket !== this.#ticket) return;
    this.read = read;
    this.render();
  }

  onInput(event: Event): void {
    const el = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (el.dataset.field) {
      if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return;
      const path = el.dataset.field;
      if (getField(this.state, path) === el.value) return;
      this.change(setField(this.state, path, el.value), path, DATA_FIELDS.has(path));
    } else if (el.dataset.pick !== undefined && event.type === 'change') {
      const picks = { ...this.state.picks };
      if (el.value === '') delete picks[el.dataset.pick];
      else picks[el.dataset.pick] = el.value.slice(1);
      this.change({ ...this.state, picks }, `pick:${el.dataset.pick}`, true);
    } else if (el.dataset.library !== undefined && event.type === 'change') {
      this.library = el.value === 'here' ? 'here' : 'cdn';
      this.render();
    } else if (el instanceof HTMLInputElement && el.dataset.file && event.type === 'change') {
      const file = el.files?.[0];
      if (file) void this.takeFile(file, el.dataset.file === 'import');
      el.value = '';
    }
  }

  onDrop(event: DragEvent): void {
    if (!(event.target as Element).closest?.('[data-drop]')) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void this.takeFile(file, false);
  }

  /** A chosen or dropped file: an indicator document fills the form to edit it; any other is the data. */
  async takeFile(file: File, asImport: boolean): Promise<void> {
    if (file.size > MAX_BYTES) {
      this.read = {
        ...NO_DATA,
        problems: [{ en: fill(BUILDER_MESSAGES.en.tooBig, { name: file.name }), id: fill(BUILDER_MESSAGES.id.tooBig, { name: file.name }) }],
      };
      this.render();
      return;
    }
    const text = await file.text();
    const loaded: LoadedFile = { name: file.name, format: 'auto', text };
    const format = asImport ? 'indikator' : this.state.format === 'auto' ? detectFormat(file.name, text) : this.state.format;
    if (format === 'indikator') {
      const checked = validateIndicator(safeJson(text), { lang: this.state.ui });
      if (checked.ok) {
        const next = stateFromDocument(checked.value, { ...this.state, format: 'indikator' }, { ...loaded, format: 'indikator' });
        this.change(next, 'import', true);
        return;
      }
    }
    this.change(
      {
        ...this.state,
        route: 'file',
        file: loaded,
        format: asImport ? 'indikator' : this.state.format,
        picks: {},
      },
      'file',
      true,
    );
  }

  async fetchUrl(): Promise<void> {
    this.fetchFailure = undefined;
    this.fetching = true;
    this.render();
    const result = await fetchText(this.state.url);
    this.fetching = false;
    if (!result.ok) {
      this.fetchFailure = { text: result.failure.said[this.state.ui], cors: result.failure.kind === 'cors' };
      this.render();
      this.say(this.fetchFailure.text);
      return;
    }
    this.change({ ...this.state, file: { name: this.state.url.trim(), format: 'auto', text: result.text }, picks: {} }, 'fetch', true);
  }

  onClick(event: Event): void {
    const target = event.target as Element;
    const view = target.closest<HTMLElement>('[data-view]');
    if (view) {
      this.view = { ...this.view, [view.dataset.view!]: view.dataset.value };
      this.render();
      return;
    }
    const link = target.closest<HTMLAnchorElement>('.problem-box a[href^="#"]');
    if (link) {
      const to = this.root.querySelector<HTMLElement>(`#${CSS.escape(link.hash.slice(1))}`);
      if (to) {
        event.preventDefault();
        to.scrollIntoView({ block: 'center' });
        if (to.matches('input, select, textarea')) to.focus();
      }
      return;
    }
    const button = target.closest<HTMLElement>('[data-action]');
    if (!button) return;
    const index = Number(button.dataset.index);
    const action = button.dataset.action!;
    const edited = editList(this.state, action, index);
    if (edited) {
      this.change(edited.state, action);
      if (edited.focus) this.focusLater(edited.focus);
      return;
    }
    switch (action) {
      case 'undo': {
        const before = this.history.undo(this.state.ui);
        if (!before) return this.say(this.t.nothingToUndo);
        this.state = before;
        this.persist();
        void this.refreshData();
        return this.say(this.t.undone);
      }
      case 'reset':
        this.change(defaultState(this.state.ui), 'reset', true);
        return this.say(this.t.startedOver);
      case 'ui-lang': {
        const ui = this.state.ui === 'id' ? 'en' : 'id';
        this.state = { ...this.state, ui };
        this.persist();
        return this.render();
      }
      case 'fetch':
        return void this.fetchUrl();
      case 'use-file':
        this.change({ ...this.state, route: 'file' }, 'route', true);
        return this.focusLater('file');
      case 'download': {
        const doc = this.current().valid ? this.lastGood : undefined;
        if (doc) save(new Blob([documentText(doc)], { type: 'application/json' }), fileName(doc.id, 'json'));
        return;
      }
      case 'copy':
        return void this.copy(button.dataset.copy!);
      case 'picture':
        return this.picture(index);
    }
  }

  focusLater(path: string): void {
    requestAnimationFrame(() => this.root.querySelector<HTMLElement>(`#${path === 'file' ? 'f-file' : controlId(path)}`)?.focus());
  }

  async copy(id: string): Promise<void> {
    const area = this.root.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
      document.execCommand('copy');
    }
    this.say(this.t.copied);
  }

  /** SVG or PNG of a preview widget, made by the element's own download code (its buttons). */
  picture(index: number): void {
    const tag = index < 2 ? 'indikator-target-gauge' : 'indikator-trend-line';
    const kind = index % 2 ? 'png' : 'svg';
    const el = this.root.querySelector(`.preview-frame ${tag}`);
    const button = el?.shadowRoot?.querySelector<HTMLButtonElement>(`[part="downloads"] button[data-kind="${kind}"]`);
    if (button) button.click();
    else this.say(this.t.pictureFailed);
  }

  say(text: string): void {
    clearTimeout(this.#announceTimer);
    // A change of text is what a live region announces: clear it first so the same words are said again.
    this.announce = '';
    this.render();
    requestAnimationFrame(() => {
      this.announce = text;
      this.render();
    });
  }

  /** After a pause in typing, the live region says how many problems there are and the first. */
  scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const { allProblems } = this.current();
      this.announce = allProblems.length
        ? fill(this.t.problemCount, { count: allProblems.length, first: allProblems[0]!.text })
        : this.read.data.kind === 'none'
          ? ''
          : this.t.noProblems;
      this.render();
    }, 900);
  }

  /** The document and its problems, from the state and the data read. */
  current(): FormCheck {
    return checkForm(this.state, this.read);
  }

  render(): void {
    const now = this.current();
    if (now.valid) {
      const text = documentText(now.built.doc);
      if (text !== this.lastGoodText) {
        this.lastGoodText = text;
        this.lastGood = JSON.parse(text) as IndicatorDocument;
      }
    }
    const doc = this.lastGood;
    const library = this.library === 'cdn' ? CDN : this.here;
    const name = fileName(doc?.id ?? now.built.doc.id, 'json');
    const host = this.state.hostUrl.trim();
    const absolute = /^https?:\/\//i.test(host);
    const widget = this.state.embedWidget;
    const options = doc && {
      doc,
      widget,
      lang: this.view.lang,
      theme: this.view.theme,
      src: host || name,
      library,
      integrity: this.integrity,
      height: this.heights[widget],
    };
    const model: ViewModel = {
      state: this.state,
      t: this.t,
      read: this.read,
      fetching: this.fetching,
      problems: now.problems,
      allProblems: now.allProblems,
      doc,
      stale: !now.valid,
      view: this.view,
      out: {
        valid: now.valid && Boolean(doc),
        fileName: name,
        element: options ? elementCode(options) : '',
        iframe: options && absolute ? iframeCode(options) : '',
        height: this.heights[widget],
      },
      library: this.library,
      saved: this.notSaved ? fill(this.t.notSaved, { reason: this.notSaved }) : this.t.saved,
      announce: this.announce,
      fetchFailure: this.fetchFailure,
      canUndo: this.history.size > 0,
    };
    document.documentElement.lang = this.state.ui;
    document.title = this.t.pageTitle;
    render(page(model), this.root);
    this.measure();
  }

  #measuring = false;
  /** The preview widgets' heights once drawn: the iframe code's `height`. */
  measure(): void {
    if (this.#measuring) return;
    this.#measuring = true;
    requestAnimationFrame(async () => {
      this.#measuring = false;
      const found: [Widget, string][] = [
        ['gauge', 'indikator-target-gauge'],
        ['trend-line', 'indikator-trend-line'],
      ];
      let changed = false;
      for (const [widget, tag] of found) {
        const el = this.root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(`.preview-frame ${tag}`);
        if (!el) continue;
        await el.updateComplete;
        const height = Math.ceil(el.getBoundingClientRect().height);
        if (height > 0 && height !== this.heights[widget]) {
          this.heights[widget] = height;
          changed = true;
        }
      }
      if (changed) this.render();
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const root = document.getElementById('builder');
if (root) new Builder(root);
