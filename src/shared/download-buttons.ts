/**
 * The row of download buttons the gauge and the trend line show with `downloads`. The code that makes
 * the files (downloads.ts) is loaded when a button is first pressed: pages that never download,
 * most of them, never load it (in the CDN build it is a chunk beside the bundle).
 */
import { css, html, type TemplateResult } from 'lit';
import { fill, type Messages } from '../core/messages.js';
import { ChunkError, chunkText, loadChunk } from './chunks.js';
import type { DownloadKind, DownloadSource } from './downloads.js';

async function run(t: Messages, kind: DownloadKind, source: DownloadSource, group: Element | null): Promise<void> {
  // The group's own message line: static in the template (Lit never writes it), so the text set
  // here stays until the next press clears it. Text only (textContent), announced as an alert.
  const said = group?.querySelector<HTMLElement>('.download-error');
  if (said) said.textContent = '';
  try {
    const { download } = await loadChunk('downloads', () => import('./downloads.js'));
    await download(kind, source);
  } catch (error) {
    console.error('indikator: the download failed', error);
    const reason = error instanceof ChunkError ? chunkText(t, error) : error instanceof Error ? error.message : String(error);
    if (said) said.textContent = fill(t.downloadFailed, { reason });
  }
}

/** The buttons; `label` names the group (the widget's title); `source` is read when a button is pressed. */
export function downloadButtons(t: Messages, label: string, source: () => DownloadSource): TemplateResult {
  const button = (kind: DownloadKind, text: string) =>
    html`<button
      type="button"
      class="download"
      data-kind=${kind}
      @click=${(event: Event) => void run(t, kind, source(), (event.currentTarget as Element).closest('.downloads'))}
    >
      ${text}
    </button>`;
  return html`<div part="downloads" class="downloads" role="group" aria-label=${label}>
    ${button('csv', t.downloadCsv)} ${button('svg', t.downloadSvg)} ${button('png', t.downloadPng)}
    <p part="download-error" class="download-error" role="alert"></p>
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
  .download-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_bad);
  }
  .download-error:empty {
    display: none;
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
