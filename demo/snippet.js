// The "embed this" generator: fetches the chosen data, writes the three snippets (script tag and
// element with fallback content, iframe, fallback content alone) and shows a live preview.
// The fallback is written by the library's own `fallbackHtml` (escaped text, never parsed here).
import { fallbackHtml, escapeHtml } from '../dist/fallback.js';

const VERSION = '0.1.0';
const CDN = `https://unpkg.com/indikator@${VERSION}/dist/`;
const HERE = new URL('../dist/', import.meta.url).href;
const TAGS = { gauge: 'indikator-target-gauge', 'trend-line': 'indikator-trend-line', 'program-card': 'indikator-program-card' };
const VARIANTS = {
  gauge: [
    ['', 'bullet (bawaan)'],
    ['arc', 'arc'],
  ],
  'trend-line': [
    ['', 'full (bawaan)'],
    ['sparkline', 'sparkline'],
  ],
  'program-card': [],
};

const form = document.getElementById('form');
const dataInput = document.getElementById('data-url');
const problem = document.getElementById('data-problem');
const targetSelect = document.getElementById('target-id');
const variantSelect = document.getElementById('variant');
const out = {
  element: document.getElementById('snippet-element'),
  iframe: document.getElementById('snippet-iframe'),
  fallback: document.getElementById('snippet-fallback'),
};
const preview = document.getElementById('preview');
const fallbackPreview = document.getElementById('fallback-preview');

/** sha384 of the local build of indikator.js, for the script tag's `integrity`. */
const integrity = (async () => {
  try {
    const bytes = await (await fetch(new URL('indikator.js', HERE))).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    return `sha384-${btoa(String.fromCharCode(...digest))}`;
  } catch {
    return undefined;
  }
})();

const choice = () => {
  const data = new FormData(form);
  return {
    widget: data.get('widget'),
    src: String(data.get('src') ?? '').trim(),
    lang: data.get('lang'),
    theme: data.get('theme'),
    targetId: data.get('target-id') || '',
    variant: data.get('variant') || '',
    library: data.get('library') === 'here' ? HERE : CDN,
  };
};

/** The data URL as the snippet will carry it: absolute, and only http(s) (the embed page's rule too). */
function absolute(src) {
  try {
    const url = new URL(src, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const textOf = (text, lang) => (typeof text === 'string' ? text : (text?.[lang] ?? text?.en ?? Object.values(text ?? {})[0] ?? ''));

let loaded = { url: '', doc: undefined, error: '' };
async function load(url) {
  if (loaded.url === url) return loaded;
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    loaded = { url, doc: await response.json(), error: '' };
  } catch (error) {
    loaded = { url, doc: undefined, error: `Data tidak dapat diambil dari ${url} (${error.message}).` };
  }
  return loaded;
}

function fillTargets(doc, keep) {
  const targets = Array.isArray(doc?.targets) ? doc.targets : [];
  const options = [['', 'bawaan']].concat(targets.map((t) => [t.id, `${t.id}: ${textOf(t.label, 'id') || t.period}`]));
  targetSelect.replaceChildren(...options.map(([value, label]) => new Option(label, value, false, value === keep)));
}

function fillVariants(widget, keep) {
  const options = VARIANTS[widget];
  variantSelect.replaceChildren(...options.map(([value, label]) => new Option(label, value, false, value === keep)));
  variantSelect.disabled = options.length === 0;
  if (!options.length) variantSelect.append(new Option('tidak ada untuk kartu program', ''));
}

const attr = (name, value) => ` ${name}="${escapeHtml(value)}"`;
const indent = (text, by) =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

let run = 0;
async function update() {
  const id = ++run;
  const c = choice();
  fillVariants(c.widget, c.variant);
  targetSelect.disabled = c.widget === 'program-card';
  const url = absolute(c.src);
  if (!url) {
    problem.textContent = 'Alamat data harus URL https: atau http:, atau path di situs ini.';
    for (const area of Object.values(out)) area.value = '';
    preview.replaceChildren();
    fallbackPreview.removeAttribute('srcdoc');
    return;
  }
  const { doc, error } = await load(url);
  if (id !== run) return;
  if (c.widget !== 'program-card') fillTargets(doc, c.targetId);
  const targetId = c.widget === 'program-card' ? '' : choice().targetId;

  const isProgram = doc?.schema === 'indikator/program@1';
  let fallback = '';
  let trouble = error;
  if (!trouble && isProgram !== (c.widget === 'program-card')) {
    trouble = isProgram
      ? 'Data ini dokumen program: pilih widget "Kartu program".'
      : 'Kartu program memerlukan dokumen program (schema indikator/program@1).';
  }
  if (!trouble) {
    try {
      fallback = fallbackHtml(doc, c.lang, { targetId: targetId || undefined });
    } catch (e) {
      trouble = `Data tidak sah: ${e.message}`;
    }
  }
  problem.textContent = trouble;

  const tag = TAGS[c.widget];
  const attrs = [
    ['src', url],
    ['lang', c.lang],
  ];
  if (c.theme) attrs.push(['theme', c.theme]);
  if (targetId) attrs.push(['target-id', targetId]);
  if (c.variant) attrs.push(['variant', c.variant]);

  const sri = await integrity;
  if (id !== run) return;
  const script = `<script type="module" src="${escapeHtml(`${c.library}indikator.js`)}"${sri ? attr('integrity', sri) + ' crossorigin="anonymous"' : ''}></script>`;
  out.element.value = `${script}\n\n<${tag}${attrs.map(([n, v]) => attr(n, v)).join('')}>\n${indent(fallback, '  ')}\n</${tag}>\n`;
  out.fallback.value = fallback;

  const query = new URLSearchParams({ widget: c.widget, src: url, lang: c.lang });
  if (c.theme) query.set('theme', c.theme);
  if (targetId) query.set('target-id', targetId);
  if (c.variant) query.set('variant', c.variant);
  const frameId = `indikator-${(doc?.id ?? 'widget')
    .toString()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(-40)}`;
  query.set('id', frameId);
  const title = textOf(doc?.title, c.lang) || 'Indikator';
  const el = renderPreview(tag, attrs);
  const height = await measured(el, c.widget);
  if (id !== run) return;
  out.iframe.value =
    `<iframe data-indikator-embed${attr('title', title)} loading="lazy" width="100%" height="${height}" style="border: 0"\n` +
    `  src="${escapeHtml(`${c.library}embed.html?${query}`)}"></iframe>\n` +
    `<script src="${escapeHtml(`${c.library}embed-parent.js`)}" defer></script>\n`;

  // What a reader without JavaScript sees: the fallback, in a sandboxed frame where no script can
  // run (same origin only so that its height can be read and the frame fits its content).
  fallbackPreview.setAttribute(
    'srcdoc',
    `<!doctype html><html lang="${escapeHtml(c.lang)}"><head><meta charset="utf-8"><link rel="stylesheet" href="${escapeHtml(new URL('./fallback-preview.css', import.meta.url).href)}"></head><body>${fallback}</body></html>`,
  );
}

let previewElement;
function renderPreview(tag, attrs) {
  const el = document.createElement(tag);
  for (const [name, value] of attrs) el.setAttribute(name, value);
  preview.replaceChildren(el);
  previewElement = el;
  return el;
}

/** The preview's height once it has loaded (or failed), for the iframe's initial `height`. */
function measured(el, widget) {
  const guess = { gauge: 260, 'trend-line': 560, 'program-card': 900 }[widget];
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(el === previewElement ? Math.ceil(el.getBoundingClientRect().height) || guess : guess));
    };
    const timer = setTimeout(done, 4000);
    el.addEventListener('indikator-load', done, { once: true });
    el.addEventListener('indikator-error', done, { once: true });
  });
}

async function copy(button) {
  const area = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector('.copied');
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    area.select();
    document.execCommand('copy');
  }
  status.textContent = 'Disalin.';
  setTimeout(() => (status.textContent = ''), 2500);
}

fallbackPreview.addEventListener('load', () => {
  const height = fallbackPreview.contentDocument?.documentElement.scrollHeight;
  if (height) fallbackPreview.height = String(height + 2);
});

for (const button of document.querySelectorAll('button.copy')) button.addEventListener('click', () => copy(button));
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
dataInput.addEventListener('input', () => {
  clearTimeout(dataInput.timer);
  dataInput.timer = setTimeout(update, 400);
});
update();
