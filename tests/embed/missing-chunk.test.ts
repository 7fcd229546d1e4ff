// A self-hosted copy of dist/indikator.js made without its chunk folder: what needs a chunk (`src`, an
// adapter, the downloads, the table) says so inside the widget, in the page's language, and names the file;
// what needs none (the gauge from inline JSON, valid documents: the schema library is a chunk too) still renders.
import { expect } from '@open-wc/testing';
import { frame, requireBuilt, settled, until, widgetsIn } from './helpers.js';

describe('a missing chunk', () => {
  before(async () => {
    await requireBuilt('/dist/indikator.js');
  });

  it('shows a visible error in the widget that needed it, naming the file, in Indonesian', async () => {
    const el = await frame({ src: '/tests/embed/no-chunks.html' });
    try {
      const doc = el.contentDocument!;
      const states = await settled(doc, 5);
      expect(states).to.deep.equal([
        'indikator-trend-line:error',
        'indikator-target-gauge:ready',
        'indikator-trend-line:ready',
        'indikator-target-gauge:error',
        'indikator-trend-line:error',
      ]);
      const [trend, gauge, drawn, invalid, fetched] = widgetsIn(doc) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];

      // The schema library's chunk: valid documents were drawn without it (above); an invalid one
      // is still an error in the reader's words, and its details say the explanation did not load.
      const invalidError = invalid.shadowRoot!.querySelector<HTMLElement>('.error')!;
      expect(invalidError.innerText).to.include('tidak dapat ditampilkan');
      const invalidDetails = invalidError.querySelector<HTMLDetailsElement>('details.error-details')!;
      invalidDetails.open = true;
      expect(invalidDetails.innerText).to.match(/Sebagian Indikator tidak termuat \(http:\/\/[^)]+\/__nochunks\/cdn\/validate-[\w-]+\.js\)/);

      // The adapter chunk: the error state (its reader's sentence, then the reason one click away)
      // says what is missing and where it was looked for.
      const error = trend.shadowRoot!.querySelector<HTMLElement>('.error')!;
      expect(error.innerText).to.include('Data tidak dapat dimuat');
      const details = error.querySelector<HTMLDetailsElement>('details.error-details')!;
      details.open = true;
      expect(details.innerText).to.include('Sebagian Indikator tidak termuat');
      // Two chunks were asked for at once (the fetching code and the CSV adapter): the first to fail is named.
      expect(details.innerText).to.match(/\/__nochunks\/cdn\/(csv|remote)-[\w-]+\.js/);
      expect(details.innerText).to.include('salin juga folder cdn/');
      expect(details.innerText).not.to.include('tidak dapat dikonversi'); // not the data's fault

      // The fetching code's chunk: a widget with `src` says so as a failed load, before any request.
      const fetchError = fetched.shadowRoot!.querySelector<HTMLElement>('.error')!;
      expect(fetchError.innerText).to.include('Data tidak dapat dimuat');
      const fetchDetails = fetchError.querySelector<HTMLDetailsElement>('details.error-details')!;
      fetchDetails.open = true;
      expect(fetchDetails.innerText).to.match(/Sebagian Indikator tidak termuat \(http:\/\/[^)]+\/__nochunks\/cdn\/remote-[\w-]+\.js\)/);

      // The downloads chunk: pressing a button puts the reason beside the buttons, as an alert.
      const said = gauge.shadowRoot!.querySelector<HTMLElement>('.download-error')!;
      expect(said.getAttribute('role')).to.equal('alert');
      expect(said.getBoundingClientRect().height, 'empty, it takes no room').to.equal(0);
      gauge.shadowRoot!.querySelector<HTMLButtonElement>('.download[data-kind="csv"]')!.click();
      const text = await until(() => said.textContent, 'the download error');
      expect(text).to.match(/^Unduhan gagal: Sebagian Indikator tidak termuat \(http:\/\/[^)]+\/__nochunks\/cdn\/downloads-[\w-]+\.js\)/);
      expect(said.getBoundingClientRect().height).to.be.greaterThan(10);

      // The table's chunk: the chart is drawn without it; opening the table says what is missing.
      drawn.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
      const failed = await until(() => drawn.shadowRoot!.querySelector<HTMLElement>('.table-failed'), 'the table failure');
      expect(failed.getAttribute('role')).to.equal('alert');
      expect(failed.textContent).to.match(/^Sebagian Indikator tidak termuat \(http:\/\/[^)]+\/__nochunks\/cdn\/trend-table-body-[\w-]+\.js\)/);
    } finally {
      el.remove();
    }
  });
});
