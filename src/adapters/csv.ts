/**
 * CSV text: `period,value[,status]` under a header row. Columns are found by name, ignoring case
 * (`period`, `value`, `status`, and `lower`, `upper`, `note` when present); a header with other
 * names means the first two columns are period and value. A file whose first row is already data
 * is read the same way.
 *
 * The decimal and field separators are declared (`decimal`, `delimiter`; default `.` and `,`) and
 * never guessed: "4,74" under decimal "." is an error naming the line and column, never 4, 474 or
 * NaN. Fields follow RFC 4180: quoted fields may hold the delimiter, line breaks and doubled
 * quotes. A byte order mark is dropped; CRLF and LF both end a line. An empty value is a gap (null).
 */
import type { IndicatorDocument } from '../data/schema.js';
import { AdapterError, type AdaptOptions, type Adapter, failWith } from './adapter.js';
import { describe, fileName, finish, normalizePeriod } from './defaults.js';
import { choose } from './select.js';

export const accept = 'text/csv, text/plain;q=0.9';

const FORMAT = 'CSV';
const fail = failWith(FORMAT);

interface Row {
  /** Line of the file where the row starts (1-based). */
  readonly line: number;
  readonly cells: string[];
}

/** RFC 4180 records. Quotes only open a field at its start; a quote elsewhere is an error, not a guess. */
export function parseCsv(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false; // the current field started with a quote and it is still open
  let closed = false; // the current field's closing quote has been read
  const endCell = () => {
    cells.push(cell);
    cell = '';
    closed = false;
  };
  const endRow = () => {
    endCell();
    // A blank line is no record (a trailing newline, spacing between blocks).
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        closed = true;
        i++;
        continue;
      }
      if (c === '\n') line++;
      cell += c;
      i++;
      continue;
    }
    if (c === delimiter) {
      endCell();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
      continue;
    }
    if (closed) fail(`line ${line}, column ${cells.length + 1}: text after the closing quote of a quoted field`);
    if (c === '"') {
      if (cell !== '') {
        fail(`line ${line}, column ${cells.length + 1}: a quote inside an unquoted field (quote the whole field and double the quote)`);
      }
      quoted = true;
      i++;
      continue;
    }
    cell += c;
    i++;
  }
  if (quoted) fail(`line ${rowLine}, column ${cells.length + 1}: a quoted field is not closed`);
  if (cell !== '' || cells.length || closed) endRow();
  return rows;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number written with the declared decimal separator and nothing else (no thousands separators). */
function numberReader(decimal: string): (s: string) => number | null | undefined {
  const d = escape(decimal);
  const shape = new RegExp(`^[+-]?(\\d+(${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?$`);
  return (raw) => {
    const s = raw.trim();
    if (s === '') return null;
    if (!shape.test(s)) return undefined;
    const n = Number(s.replace(decimal, '.'));
    return Number.isFinite(n) ? n : undefined;
  };
}

function separator(value: string | undefined, fallback: string, name: string): string {
  if (value === undefined || value === '') return fallback;
  const v = value === '\\t' || value.toLowerCase() === 'tab' ? '\t' : value;
  if (v.length !== 1 || /[0-9+\-"\r\n]/.test(v)) {
    fail(`${name} must be one character other than a digit, a sign, a quote or a line break; got ${JSON.stringify(value)}`);
  }
  return v;
}

export const adapt: Adapter = (message, options = {}) => {
  if (typeof message !== 'string') return fail(`expected the text of a CSV file, got ${describe(message)}`);
  const decimal = separator(options.decimal, '.', 'decimal');
  const delimiter = separator(options.delimiter, ',', 'delimiter');
  if (decimal === delimiter) fail(`the decimal separator and the delimiter are both ${JSON.stringify(decimal)}`);
  const text = message.replace(/^\uFEFF/, '');
  try {
    return read(text, decimal, delimiter, options);
  } catch (error) {
    // The usual cause of a confusing error is a file written with another separator: say so.
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const other = [';', '\t', ',', '|'].find((c) => c !== delimiter && firstLine.includes(c));
    if (error instanceof AdapterError && other && !firstLine.includes(delimiter)) {
      const hint = `the first line has no ${JSON.stringify(delimiter)} but has ${JSON.stringify(other)}: is the delimiter right?`;
      throw new AdapterError(`${error.message} (${hint})`);
    }
    throw error;
  }
};

function read(text: string, decimal: string, delimiter: string, options: AdaptOptions): IndicatorDocument[] {
  const rows = parseCsv(text, delimiter);
  const readValue = numberReader(decimal);

  const first = rows[0];
  const names = (first?.cells ?? []).map((c) => c.trim().toLowerCase());
  const looksLikeData = !!first && normalizePeriod(first.cells[0] ?? '') !== undefined && readValue(first.cells[1] ?? '') !== undefined;
  const column = (name: string) => (looksLikeData ? -1 : names.indexOf(name));
  const named = column('period') >= 0 && column('value') >= 0;
  const col = {
    period: named ? column('period') : 0,
    value: named ? column('value') : 1,
    status: column('status'),
    lower: column('lower'),
    upper: column('upper'),
    note: column('note'),
  };
  const title = (i: number) => (looksLikeData || !first ? '' : ` ("${first.cells[i]?.trim()}")`);
  const body = looksLikeData ? rows : rows.slice(1);
  const where = (row: Row, i: number) => `line ${row.line}, column ${i + 1}${title(i)}`;

  const observations = body.map((row) => {
    const fields = row.cells.length;
    if (fields <= col.value) {
      const counted = `line ${row.line} has ${fields} field${fields === 1 ? '' : 's'}`;
      fail(`${counted}; the value is in column ${col.value + 1} (is the delimiter ${JSON.stringify(delimiter)} right?)`);
    }
    const rawPeriod = row.cells[col.period]!.trim();
    const period =
      normalizePeriod(rawPeriod) ??
      fail(`${where(row, col.period)}: ${JSON.stringify(rawPeriod)} is not a period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Sn)`);
    const number = (i: number) => {
      const raw = row.cells[i] ?? '';
      const n = readValue(raw);
      if (n === undefined) {
        fail(`${where(row, i)}: ${JSON.stringify(raw.trim())} is not a number with the decimal separator ${JSON.stringify(decimal)}`);
      }
      return n;
    };
    const value = number(col.value);
    const lower = col.lower >= 0 ? number(col.lower) : null;
    const upper = col.upper >= 0 ? number(col.upper) : null;
    const note = col.note >= 0 ? row.cells[col.note]?.trim() : undefined;
    return {
      period,
      value,
      status: col.status >= 0 ? row.cells[col.status] : undefined,
      ...(lower !== null ? { lower } : {}),
      ...(upper !== null ? { upper } : {}),
      note: note || undefined,
    };
  });

  // A CSV file is one series: a `select` can only name nothing; say so rather than ignore it.
  choose([], [{ values: [], item: null }], options.select, { format: FORMAT });
  return [finish({ format: FORMAT, id: fileName(options.source) ?? 'csv', observations }, options)];
}
