/**
 * The CSV download: the observations a widget shows, one row each, as a file a spreadsheet opens
 * as it is (UTF-8 that Excel reads, numbers never in a locale's format, nothing run as a formula).
 */
import type { Point } from '../../data/normalize.js';
import { pickText } from '../../core/locale.js';

export type Cell = string | number | null | undefined;

/**
 * RFC 4180: CRLF line ends; a field holding a comma, a quote or a line break goes in quotes, with its
 * quotes doubled. Numbers are written as JSON numbers (`0.98`, never a locale's `0,98`).
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? JSON.stringify(cell) : '';
  let text = cell === null || cell === undefined ? '' : String(cell);
  // Text that starts like a formula would be run by a spreadsheet: an apostrophe keeps it text.
  // The same after every separator a spreadsheet may split on, whatever this file uses: Excel set
  // to a ";" list separator (Indonesian locales) reads `a;=cmd()` as a second cell `=cmd()`.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  text = text.replace(/([,;\t|])(\s*)(?=[=+\-@])/g, "$1$2'");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per observation (gaps included); with several series, one per series × period with a series column. */
export function dataRows(series: readonly { readonly id: unknown; readonly points: readonly Point[] }[], locale: string): Cell[][] {
  const multi = series.length > 1;
  const rows: Cell[][] = [[...(multi ? ['series'] : []), 'period', 'value', 'status', 'note']];
  for (const s of series) {
    for (const p of s.points) {
      rows.push([...(multi ? [String(s.id)] : []), p.period.key, p.value, p.status.join(' '), pickText(p.note, locale)?.text]);
    }
  }
  return rows;
}

/** UTF-8 with a byte-order mark, which Excel needs to read the file as UTF-8. */
export const csvBlob = (rows: readonly (readonly Cell[])[]): Blob => new Blob(['\ufeff', toCsv(rows)], { type: 'text/csv;charset=utf-8' });
