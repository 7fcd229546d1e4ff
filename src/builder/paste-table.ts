/**
 * A table pasted from a spreadsheet or a statistics page, read as observations. Pure.
 *
 * The field separator and the decimal separator are the ones the user chose (shown on the page),
 * never guessed: `6,56` is six and fifty-six hundredths with a decimal comma and a syntax error
 * with a decimal point. Layouts read:
 *   - long: a period column and a value column (`2021<TAB>6,56`), with or without a heading row;
 *     with more than two columns, a heading row names them and the value column is chosen;
 *   - wide: a heading row of periods and one row of values (`Tahun 2021 2022 …` / `Muba 6,56 4,74 …`).
 * Every cell that cannot be read is reported with its line, never dropped or turned into 0; a blank
 * value cell is a gap (`null`), which the line shows as a gap.
 */
import { isValidPeriod } from '../data/periods.js';
import type { Observation } from '../data/schema.js';

export type FieldSeparator = 'tab' | 'comma' | 'semicolon';
export type DecimalSeparator = 'comma' | 'point';

export interface TableOptions {
  readonly separator: FieldSeparator;
  readonly decimal: DecimalSeparator;
  /** With more than two columns: the heading of the value column (default: the second column). */
  readonly column?: string | undefined;
}

/** A problem with the table, in both languages; `line` counts from 1 as the user's paste does. */
export interface TableProblem {
  readonly line?: number | undefined;
  readonly en: string;
  readonly id: string;
}

export interface TableResult {
  readonly observations: Observation[];
  /** Value columns to choose from (headings), when the table has more than two columns. */
  readonly columns: string[];
  /** The value column read, by heading ('' without a heading row). */
  readonly column: string;
  readonly problems: TableProblem[];
  /** Periods whose value cell was blank (gaps on the line). */
  readonly gaps: string[];
}

const SEPARATORS: Readonly<Record<FieldSeparator, string>> = { tab: '\t', comma: ',', semicolon: ';' };

/** Splits one line into cells: a quoted cell (`"6,56"`, as a spreadsheet writes one holding the separator) keeps its separators. */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * A number written with the chosen decimal separator: `6,56`, `-0,5`, `12.345,6` (grouped thousands
 * with a decimal comma), `1,234.5` with a decimal point; a trailing `%` and spaces inside
 * (`12 345,6`, as French and some BPS tables write) are allowed. `undefined` when it is not one.
 */
export function readNumber(text: string, decimal: DecimalSeparator): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f]+/g, '').replace(/%$/, '');
  t = t.replace(/^\u2212/, '-');
  const [group, point] = decimal === 'comma' ? ['.', ','] : [',', '.'];
  const plain = new RegExp(`^[-+]?\\d+(\\${point}\\d+)?$`);
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})+(\\${point}\\d+)?$`);
  if (!plain.test(t) && !grouped.test(t)) return undefined;
  const n = Number(t.split(group).join('').replace(point, '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A period as the documents write it: `2021`, `2024-03`, `2024-Q1`, …; `'2021'` also from a spreadsheet's `2021.0`-free year cell. */
const periodOf = (cell: string): string | undefined => {
  const t = cell.trim();
  return isValidPeriod(t) ? t : undefined;
};

/** Reads a pasted table. Never throws. */
export function parseTable(text: string, options: TableOptions): TableResult {
  const problems: TableProblem[] = [];
  const gaps: string[] = [];
  const empty = (extra: TableProblem[]): TableResult => ({ observations: [], columns: [], column: '', problems: extra, gaps });
  if (options.separator === 'comma' && options.decimal === 'comma') {
    return empty([
      {
        en: 'The comma cannot be both the column separator and the decimal separator: choose tab or semicolon columns, or a decimal point.',
        id: 'Koma tidak bisa menjadi pemisah kolom sekaligus pemisah desimal: pilih kolom tab atau titik koma, atau desimal titik.',
      },
    ]);
  }
  const separator = SEPARATORS[options.separator];
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ n: i + 1, cells: cellsOf(line, separator) }))
    .filter((l) => l.cells.some((c) => c !== ''));
  if (!lines.length) return empty([]);

  const first = lines[0]!;
  // Wide: a heading row whose cells after the first are periods, and one row of values.
  const widePeriods = first.cells.slice(1).map(periodOf);
  if (first.cells.length > 2 && widePeriods.every(Boolean) && lines.length === 2 && !periodOf(lines[1]!.cells[0] ?? '')) {
    const row = lines[1]!;
    const observations: Observation[] = [];
    widePeriods.forEach((period, i) => {
      const cell = row.cells[i + 1] ?? '';
      const value = readCell(cell, options.decimal, row.n, period!, problems);
      if (value === null) gaps.push(period!);
      if (value !== undefined) observations.push({ period: period!, value });
    });
    return { observations, columns: [], column: row.cells[0] ?? '', problems, gaps };
  }

  // Long: a heading row when the first row's first cell is not a period.
  const heading = !periodOf(first.cells[0] ?? '');
  const rows = heading ? lines.slice(1) : lines;
  // A loop, not Math.max(...): a paste of 200,000 lines would overflow the argument stack.
  let width = 0;
  for (const l of lines) width = Math.max(width, l.cells.length);
  const columns = heading && width > 2 ? first.cells.slice(1).filter((c) => c !== '') : [];
  let index = 1;
  if (columns.length && options.column) {
    const at = first.cells.indexOf(options.column);
    if (at > 0) index = at;
    else {
      problems.push({
        en: `There is no column "${options.column}"; choose one of: ${columns.join(', ')}.`,
        id: `Tidak ada kolom "${options.column}"; pilih salah satu: ${columns.join(', ')}.`,
      });
    }
  }
  if (width < 2) {
    return empty([
      {
        line: first.n,
        en: `Line ${first.n} has one column: the table needs a period column and a value column. Is the column separator right (${options.separator})?`,
        id: `Baris ${first.n} hanya satu kolom: tabel perlu kolom periode dan kolom nilai. Apakah pemisah kolomnya benar (${options.separator === 'tab' ? 'tab' : options.separator === 'comma' ? 'koma' : 'titik koma'})?`,
      },
    ]);
  }
  const observations: Observation[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rawPeriod = row.cells[0] ?? '';
    const period = periodOf(rawPeriod);
    if (!period) {
      problems.push({
        line: row.n,
        en: `Line ${row.n}: "${rawPeriod}" is not a period (write 2021, 2024-03, 2024-Q1 or 2024-S1).`,
        id: `Baris ${row.n}: "${rawPeriod}" bukan periode (tulis 2021, 2024-03, 2024-Q1 atau 2024-S1).`,
      });
      continue;
    }
    const before = seen.get(period);
    if (before !== undefined) {
      problems.push({
        line: row.n,
        en: `Line ${row.n}: the period ${period} is already on line ${before}.`,
        id: `Baris ${row.n}: periode ${period} sudah ada di baris ${before}.`,
      });
      continue;
    }
    seen.set(period, row.n);
    const value = readCell(row.cells[index] ?? '', options.decimal, row.n, period, problems);
    if (value === null) gaps.push(period);
    if (value !== undefined) observations.push({ period, value });
  }
  return { observations, columns, column: heading ? (first.cells[index] ?? '') : '', problems, gaps };
}

/** A value cell: a number, `null` for a blank cell (a gap), `undefined` (and a problem) for text. */
function readCell(cell: string, decimal: DecimalSeparator, line: number, period: string, problems: TableProblem[]): number | null | undefined {
  if (cell.trim() === '') return null;
  const value = readNumber(cell, decimal);
  if (value !== undefined) return value;
  const example = decimal === 'comma' ? '6,56' : '6.56';
  const other = decimal === 'comma' ? readNumber(cell, 'point') : readNumber(cell, 'comma');
  const hint =
    other !== undefined
      ? {
          en: ` It reads as a number with a decimal ${decimal === 'comma' ? 'point' : 'comma'}: is the decimal separator right?`,
          id: ` Ini terbaca sebagai angka dengan desimal ${decimal === 'comma' ? 'titik' : 'koma'}: apakah pemisah desimalnya benar?`,
        }
      : { en: '', id: '' };
  problems.push({
    line,
    en: `Line ${line} (${period}): "${cell}" is not a number (write it as ${example}, or leave the cell blank for no data).${hint.en}`,
    id: `Baris ${line} (${period}): "${cell}" bukan angka (tulis seperti ${example}, atau kosongkan selnya bila tidak ada data).${hint.id}`,
  });
  return undefined;
}
