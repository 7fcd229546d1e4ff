/**
 * Downloads of what a widget shows: its data as CSV, its chart as a standalone SVG file, and the same
 * picture as a PNG. This module is the one the download buttons load (see download-buttons.ts) and
 * the one the elements import types from, so it stays the public face; the work is done beside it,
 * one concern a file, under downloads/: the CSV (csv.ts), the SVG export with its colours resolved
 * (svg.ts, values.ts), the PNG painted on a canvas (png.ts) and the saving (save.ts).
 *
 * Loaded only when a download button is pressed: the buttons import it dynamically and the elements
 * import only its types, so pages that never download never load it (in the CDN build it and
 * downloads/ make one chunk, named after this file). A value imported from here or from downloads/
 * by anything in the bundle would pull the code into it.
 */
import type { Point } from '../data/normalize.js';
import { csvBlob, dataRows } from './downloads/csv.js';
import { pngBlob } from './downloads/png.js';
import { fileName, save } from './downloads/save.js';
import { composeSvg, svgDocument, type ExportOptions } from './downloads/svg.js';
import { themeColours, type Colours } from './downloads/values.js';

export { toCsv, dataRows, csvBlob, type Cell } from './downloads/csv.js';
export { themeColours, type Colours } from './downloads/values.js';
export { composeSvg, svgDocument, type ExportOptions } from './downloads/svg.js';
export { drawSvgToCanvas, pngBlob } from './downloads/png.js';
export { fileName, save } from './downloads/save.js';

export type DownloadKind = 'csv' | 'svg' | 'png';

/** What an element hands over to be downloaded; read when a button is pressed. */
export interface DownloadSource {
  readonly id: unknown;
  readonly locale: string;
  /** The observations shown, per series (the primary first). */
  readonly series: () => readonly { readonly id: unknown; readonly points: readonly Point[] }[];
  readonly chart: SVGSVGElement | null;
  readonly frame: Element | null;
  /** The words around the chart, given the theme's resolved colours. */
  readonly text: (colours: Colours) => ExportOptions;
}

/** Makes one file and saves it. */
export async function download(kind: DownloadKind, source: DownloadSource): Promise<void> {
  const name = fileName(source.id, kind);
  if (kind === 'csv') return save(csvBlob(dataRows(source.series(), source.locale)), name);
  if (!source.chart || !source.frame) return;
  const colours = themeColours(source.frame);
  const options = source.text(colours);
  if (kind === 'svg') return save(new Blob([svgDocument(source.chart, options)], { type: 'image/svg+xml' }), name);
  save(await pngBlob(composeSvg(source.chart, options), colours), name);
}
