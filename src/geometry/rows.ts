/**
 * The table's rows: comparison series aligned to the primary by period. Pure work on the data, so it
 * lives with the geometry and the table's view (trend-table.ts) only draws the rows it returns.
 */
import type { Point } from '../data/normalize.js';
import type { Period } from '../data/periods.js';

/** One row of the table: a period and, per series, the observation that falls in it (if any). */
export interface Row {
  readonly period: Period;
  readonly cells: (Point | undefined)[];
}

/**
 * Rows for the table, aligned by period: every observation of the primary is a row; an observation
 * of a comparison series joins the row whose period overlaps it (`2024-03` joins `2024`), else it
 * gets a row of its own. Sorted by period start. Linear in the number of points.
 */
export function alignRows(series: readonly (readonly Point[])[]): Row[] {
  const rows: Row[] = (series[0] ?? []).map((p) => ({ period: p.period, cells: [p] }));
  for (let s = 1; s < series.length; s++) {
    const extra: Row[] = [];
    let r = 0;
    for (const p of series[s]!) {
      while (r < rows.length && rows[r]!.period.end <= p.period.start) r++;
      const row = rows[r];
      const overlaps = row && row.period.start < p.period.end && p.period.start < row.period.end && !row.cells[s];
      if (overlaps) row.cells[s] = p;
      else extra.push({ period: p.period, cells: Object.assign([], { [s]: p }) });
    }
    if (extra.length) {
      // One push per row: spreading 150,000 rows as arguments overflows the call stack (RangeError).
      for (const row of extra) rows.push(row);
      rows.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
    }
  }
  return rows;
}
