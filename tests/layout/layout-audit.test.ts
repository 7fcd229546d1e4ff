// Widgets a newsroom would print (issue "Phones and article pages", §6): every demo page, at 320,
// 375, 768 and 1280 px, read back from the browser's own layout. In every widget: no two of a
// chart's labels overlap, no line runs through a label, no label sits on a marker, no text is under 12 px, a trend line's plot keeps 60 % of its width, and
// nothing spills out of the widget. The pages are the demo's own, with the real documents they
// load; a failure names the page, the width, the widget and what is wrong.
import { expect } from '@open-wc/testing';

const PAGES = ['index.html', 'article.html', 'portal.html', 'gallery-gauge.html', 'gallery-trend.html', 'gallery-card.html'];
const WIDTHS = [320, 375, 768, 1280];
const TAGS = 'indikator-target-gauge, indikator-trend-line, indikator-program-card';

/** Every widget of a document, those inside a card's shadow root too. */
function widgetsIn(root: ParentNode): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(TAGS)];
  return found.flatMap((w) => [w, ...(w.shadowRoot ? widgetsIn(w.shadowRoot) : [])]);
}

const visible = (r: DOMRect) => r.width > 0.5 && r.height > 0.5;

/** A widget's name in a failure: its tag, its title as drawn and its `src` or position. */
function nameOf(w: HTMLElement, i: number): string {
  const title = w.shadowRoot?.querySelector('[part="title"], .title')?.textContent?.trim().slice(0, 40);
  return `${w.localName}#${i}${title ? ` "${title}"` : ''}`;
}

/** Where a label is tested against what is drawn: 9 × 3 points inside its box, a pixel in from the sides (2 from the top and bottom: the leading). */
function pointsIn(b: DOMRect): DOMPoint[] {
  const out: DOMPoint[] = [];
  for (let i = 0; i <= 8; i++) {
    for (let j = 0; j <= 2; j++) out.push(new DOMPoint(b.x + 1 + ((b.width - 2) * i) / 8, b.y + 2 + ((b.height - 4) * j) / 2));
  }
  return out;
}

/** What is wrong with one widget's layout, as sentences (none when all is well). */
function problems(w: HTMLElement): string[] {
  const root = w.shadowRoot;
  if (!root || w.getAttribute('state') !== 'ready') return [];
  const out: string[] = [];
  const host = w.getBoundingClientRect();
  // Text under 12 px: every element that holds text of its own and is drawn (the visually hidden
  // copies for screen readers are clipped to a pixel and not read by the eye).
  for (const el of root.querySelectorAll<Element>('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own || el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue;
    const r = el.getBoundingClientRect();
    if (!visible(r)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 12 - 0.01) out.push(`"${el.textContent!.trim().slice(0, 30)}" is ${size} px`);
    // Nothing outside the widget (a label running off the edge is cut by the page's column).
    if (r.left < host.left - 1 || r.right > host.right + 1)
      out.push(
        `"${el.textContent!.trim().slice(0, 30)}" runs out of the widget (${Math.round(r.left - host.left)}..${Math.round(r.right - host.left)} of ${Math.round(host.width)} px)`,
      );
  }
  // No two labels of one chart overlap.
  for (const svg of root.querySelectorAll('svg')) {
    const texts = [...svg.querySelectorAll('text')].map((t) => ({ t, r: t.getBoundingClientRect() })).filter((x) => visible(x.r));
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!.r;
        const b = texts[j]!.r;
        // A pixel of tolerance: glyph boxes include the line's leading.
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
        if (overlap) out.push(`labels "${texts[i]!.t.textContent}" and "${texts[j]!.t.textContent}" overlap`);
      }
    }
  }
  // No label is struck through by a line: the series, the required path, the current pace and
  // the target's rules, tested where the reader sees them (the strokes' own geometry).
  for (const svg of root.querySelectorAll('svg')) {
    const strokes = [
      ...svg.querySelectorAll<SVGGeometryElement>('path.line, path.comparison, path.required, path.pace, .target path:not(.diamond)'),
    ].filter((p) => !p.closest('.key'));
    for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
      const b = t.getBBox();
      if (b.width < 1) continue;
      const hit = strokes.find((p) => {
        return pointsIn(b).some((point) => p.isPointInStroke(point));
      });
      if (hit) out.push(`the ${hit.getAttribute('class') ?? hit.parentElement?.getAttribute('class')} line runs through "${t.textContent}"`);
    }
  }
  // No label sits on a marker: the series' points, the baseline's circle, the note circles and the
  // target's diamond, tested on their filled shapes (a note's number is inside its own circle).
  for (const svg of root.querySelectorAll('svg.svg')) {
    const marks = [
      ...svg.querySelectorAll<SVGGeometryElement>('path.marker, path.comparison-marker, .baseline circle, .note-marker circle, .target path.diamond'),
    ].filter((m) => !m.closest('.key'));
    for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
      const b = t.getBBox();
      if (b.width < 1) continue;
      const own = t.closest('.note-marker');
      const hit = marks.find((m) => {
        if (own && own.contains(m)) return false;
        return pointsIn(b).some((point) => m.isPointInFill(point));
      });
      if (hit) out.push(`"${t.textContent}" sits on a marker (${hit.getAttribute('class') ?? hit.parentElement?.getAttribute('class')})`);
    }
  }
  // A gauge's verdict reads as one phrase: its word is not broken across lines (the deadline goes
  // under it whole; at 320 px "tidak / tercapai" once stood in a column beside "· tenggat / 2024").
  for (const word of root.querySelectorAll<HTMLElement>('.status-word')) {
    const range = document.createRange();
    range.selectNodeContents(word);
    // A range has a box per line its text takes (the element's own box is one block).
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    if (lines.size > 1) out.push(`the verdict "${word.textContent}" is broken across ${lines.size} lines`);
  }
  // A trend line's plot (its grid spans it) keeps 60 % of the chart's width.
  if (w.localName === 'indikator-trend-line' && w.getAttribute('variant') !== 'sparkline') {
    const svg = root.querySelector('svg.svg');
    const grid = root.querySelector('.y-axis .grid');
    if (svg && grid) {
      const share = grid.getBoundingClientRect().width / svg.getBoundingClientRect().width;
      if (share < 0.6) out.push(`the plot is ${Math.round(share * 100)} % of the chart's width`);
    }
  }
  // The frame never scrolls sideways.
  const frame = root.querySelector('.frame');
  if (frame && frame.scrollWidth > frame.clientWidth + 1) out.push(`its content is ${frame.scrollWidth} px wide in ${frame.clientWidth} px`);
  return out;
}

async function settled(doc: Document, win: Window): Promise<HTMLElement[]> {
  const end = performance.now() + 20000;
  for (;;) {
    const widgets = widgetsIn(doc);
    const waiting = widgets.filter((w) => !w.hasAttribute('state') || w.getAttribute('state') === 'loading');
    if (widgets.length && !waiting.length) break;
    if (performance.now() > end) throw new Error(`${waiting.length} widgets never left loading`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 100));
  return widgetsIn(doc);
}

for (const page of PAGES) {
  describe(`demo/${page}: layout`, () => {
    for (const width of WIDTHS) {
      it(`at ${width} px: no label overlaps a label, a line or a marker, no text under 12 px, plots at 60 %, nothing out of its widget`, async function () {
        this.timeout(30000);
        const frame = document.createElement('iframe');
        frame.width = String(width);
        frame.height = '800';
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.src = `/demo/${page}`;
        document.body.append(frame);
        await loaded;
        try {
          const widgets = await settled(frame.contentDocument!, frame.contentWindow!);
          const found = widgets.flatMap((w, i) => problems(w).map((p) => `${nameOf(w, i)}: ${p}`));
          expect(widgets.filter((w) => w.getAttribute('state') === 'ready').length, 'widgets drawn').to.be.above(0);
          expect(found, `${page} at ${width} px`).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  });
}
