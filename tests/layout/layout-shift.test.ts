// Polite to the page around it (issue "Phones and article pages", §3): an article with three widgets
// whose data arrives late must not jump as they draw. Cumulative layout shift, measured by a
// PerformanceObserver on `layout-shift` inside the article's frame, stays under 0.1 at 375 and
// 1280 px. The article carries the README's three lines of CSS that reserve each widget's place
// before the library has loaded (nothing of the library can run before then).
import { expect } from '@open-wc/testing';

/** The README's CSS ("No layout shift"), as a publisher copies it. */
export const RESERVE = `indikator-target-gauge, indikator-trend-line, indikator-program-card { display: block; }
indikator-target-gauge:not(:defined) { min-height: 220px; }
indikator-trend-line:not(:defined) { min-height: 560px; }
indikator-program-card:not(:defined) { min-height: 500px; }`;

const PARAGRAPH =
  '<p>Kemiskinan di Musi Banyuasin turun dalam sepuluh tahun terakhir, tetapi target satu digit dan nol kemiskinan ekstrem menuntut laju yang lebih cepat. Angka-angka di bawah ini berasal dari BPS.</p>';

function article(delay: number): string {
  const widget = (tag: string, fixture: string) =>
    `<${tag} lang="id" heading-level="2" src="/__fault/ok/${fixture}?delay=${delay}&tag=${tag}-${Math.random()}"></${tag}>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0 auto; max-width: 680px; padding: 0 16px; font: 18px/1.6 Georgia, serif; }
${RESERVE}</style>
<script>
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
</script>
<script type="module" src="/dist/indikator.js"></script></head>
<body><h1>Kemiskinan di Musi Banyuasin</h1>${PARAGRAPH}
${widget('indikator-target-gauge', 'muba-extreme-poverty.json')}${PARAGRAPH}
${widget('indikator-trend-line', 'muba-poverty-rate.json')}${PARAGRAPH}
${widget('indikator-program-card', 'program-muba-poverty-2025.json')}${PARAGRAPH}${PARAGRAPH}${PARAGRAPH}</body></html>`;
}

for (const width of [375, 1280]) {
  describe(`an article with three late widgets at ${width} px`, () => {
    it('shifts its layout by less than 0.1 (CLS)', async function () {
      this.timeout(20000);
      const frame = document.createElement('iframe');
      frame.width = String(width);
      frame.height = '900';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = article(600);
      document.body.append(frame);
      await loaded;
      try {
        const doc = frame.contentDocument!;
        const win = frame.contentWindow as Window & typeof globalThis & { __cls: number };
        // Upgraded, data not yet arrived: each holds the place the page reserved (no jump at the upgrade).
        const widgets = [...doc.querySelectorAll<HTMLElement>('indikator-target-gauge, indikator-trend-line, indikator-program-card')];
        for (const tag of ['indikator-target-gauge', 'indikator-trend-line', 'indikator-program-card']) await win.customElements.whenDefined(tag);
        // First updates take turns (slices.ts): on a loaded machine the last one may come a frame or two later.
        for (let i = 0; i < 60 && widgets.some((w) => !w.hasAttribute('state')); i++) await new Promise((r) => win.requestAnimationFrame(r));
        expect(widgets.map((w) => w.getAttribute('state'))).to.deep.equal(['loading', 'loading', 'loading']);
        expect(
          widgets.map((w) => Math.round(w.getBoundingClientRect().height)),
          'loading heights',
        ).to.deep.equal([220, 560, 500]);
        await new Promise<void>((resolve, reject) => {
          const end = performance.now() + 15000;
          const poll = () => {
            const states = [...doc.querySelectorAll('indikator-target-gauge, indikator-trend-line, indikator-program-card')].map((e) =>
              e.getAttribute('state'),
            );
            if (states.length === 3 && states.every((s) => s === 'ready')) resolve();
            else if (performance.now() > end) reject(new Error(`never ready: ${states.join(',')}`));
            else setTimeout(poll, 50);
          };
          poll();
        });
        // Two frames for the last shift to be reported.
        await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
        await new Promise((r) => setTimeout(r, 300));
        console.log(`CLS at ${width}px: ${win.__cls.toFixed(3)}`);
        expect(win.__cls).to.be.below(0.1);
      } finally {
        frame.remove();
      }
    });
  });
}

/** The article with the trend line as an iframe embed (dist/embed.html and its parent script), at the height the README gives. */
function embedArticle(delay: number, height: number): string {
  const src = encodeURIComponent(`/__fault/ok/muba-poverty-rate.json?delay=${delay}&tag=embed-${Math.random()}`);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0 auto; max-width: 680px; padding: 0 16px; font: 18px/1.6 Georgia, serif; } iframe { width: 100%; border: 0; display: block; }</style>
<script>
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
</script>
<script src="/dist/embed-parent.js" defer></script></head>
<body><h1>Kemiskinan di Musi Banyuasin</h1>${PARAGRAPH}
<iframe data-indikator-embed title="Kemiskinan" height="${height}" src="/dist/embed.html?widget=trend-line&amp;lang=id&amp;src=${src}"></iframe>
${PARAGRAPH}${PARAGRAPH}${PARAGRAPH}</body></html>`;
}

for (const width of [375, 1280]) {
  describe(`an article with an iframe embed whose data arrives late, at ${width} px`, () => {
    it('never reports a height of 0 and shifts its layout by less than 0.1', async function () {
      this.timeout(20000);
      const heights: number[] = [];
      const onMessage = (e: MessageEvent) => {
        if (e.data?.type === 'indikator:resize') heights.push(e.data.height);
      };
      const frame = document.createElement('iframe');
      frame.width = String(width);
      frame.height = '900';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = embedArticle(600, 584);
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis & { __cls: number };
      win.addEventListener('message', onMessage);
      try {
        const embed = frame.contentDocument!.querySelector('iframe')!;
        await new Promise<void>((resolve, reject) => {
          const end = performance.now() + 15000;
          const poll = () => {
            const state = embed.contentDocument?.querySelector('indikator-trend-line')?.getAttribute('state');
            if (state === 'ready') resolve();
            else if (performance.now() > end) reject(new Error(`never ready: ${state}`));
            else setTimeout(poll, 50);
          };
          poll();
        });
        await new Promise((r) => setTimeout(r, 500));
        console.log(`iframe CLS at ${width}px: ${win.__cls.toFixed(3)}; heights posted ${heights.join(', ')}`);
        expect(heights.length, 'heights posted').to.be.greaterThan(0);
        expect(Math.min(...heights), 'never 0').to.be.above(200);
        expect(win.__cls).to.be.below(0.1);
      } finally {
        win.removeEventListener('message', onMessage);
        frame.remove();
      }
    });
  });
}
