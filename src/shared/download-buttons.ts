/**
 * The row of download buttons the gauge and the trend line show with `downloads`. The code that makes
 * the files (downloads.ts) is loaded when a button is first pressed: pages that never download,
 * most of them, never load it (in the CDN build it is a chunk beside the bundle).
 */
import { css, html, type TemplateResult } from 'lit';
import type { Messages } from '../core/messages.js';
import type { DownloadKind, DownloadSource } from './downloads.js';

async function run(kind: DownloadKind, source: DownloadSource): Promise<void> {
  try {
    const { download } = await import('./downloads.js');
    await download(kind, source);
  } catch (error) {
    // Nowhere in the widget to say it; the page's console at least hears of it.
    console.error('indikator: the download failed', error);
  }
}

/** The buttons; `label` names the group (the widget's title); `source` is read when a button is pressed. */
export function downloadButtons(m: Messages, label: string, source: () => DownloadSource): TemplateResult {
  const button = (kind: DownloadKind, text: string) =>
    html`<button type="button" class="download" data-kind=${kind} @click=${() => void run(kind, source())}>${text}</button>`;
  return html`<div part="downloads" class="downloads" role="group" aria-label=${label}>
    ${button('csv', m.downloadCsv)} ${button('svg', m.downloadSvg)} ${button('png', m.downloadPng)}
  </div>`;
}

export const downloadStyles = css`
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .download {
    font-size: 0.8125rem;
  }
  /* Messages are lower case to fit mid-sentence; as labels they start with a capital. */
  .download::first-letter {
    text-transform: uppercase;
  }
  @media print {
    .downloads {
      display: none;
    }
  }
`;
