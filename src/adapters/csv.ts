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
import { describe, describeId, baseName, finish, normalizePeriod, withSuffix, type RawObservation } from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

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
  // Built only for an error: the loop runs once per character.
  const where = () => ({ en: `line ${line}, column ${cells.length + 1}`, id: `baris ${line}, kolom ${cells.length + 1}` });
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
    if (closed) {
      const at = where();
      fail(
        `${at.en}: text after the closing quote of a quoted field; put that text inside the quotes`,
        `${at.id}: ada teks setelah tanda kutip penutup pada isian yang dikutip; masukkan teks itu ke dalam tanda kutip`,
      );
    }
    if (c === '"') {
      if (cell !== '') {
        const at = where();
        fail(
          `${at.en}: a quote inside an unquoted field (quote the whole field and double the quote)`,
          `${at.id}: ada tanda kutip di dalam isian yang tidak dikutip (kutip seluruh isian dan gandakan tanda kutip itu)`,
        );
      }
      quoted = true;
      i++;
      continue;
    }
    cell += c;
    i++;
  }
  if (quoted) {
    fail(
      `line ${rowLine}, column ${cells.length + 1}: a quoted field is not closed; add the closing quote`,
      `baris ${rowLine}, kolom ${cells.length + 1}: isian yang dikutip tidak ditutup; tambahkan tanda kutip penutup`,
    );
  }
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
    fail(
      `${name} must be one character other than a digit, a sign, a quote or a line break; got ${JSON.stringify(value)}`,
      `${name} harus satu karakter selain angka, tanda plus atau minus, tanda kutip, atau baris baru; yang diberikan ${JSON.stringify(value)}`,
    );
  }
  return v;
}

export const adapt: Adapter = (message, options = {}) => {
  if (typeof message !== 'string') {
    return fail(
      `expected the text of a CSV file, got ${describe(message)}; check that src points at a CSV file`,
      `seharusnya teks berkas CSV, tetapi isinya ${describeId(message)}; periksa apakah src mengarah ke berkas CSV`,
    );
  }
  const decimal = separator(options.decimal, '.', 'decimal');
  const delimiter = separator(options.delimiter, ',', 'delimiter');
  if (decimal === delimiter) {
    fail(
      `the decimal separator and the delimiter are both ${JSON.stringify(decimal)}; declare another delimiter (files with a decimal "," usually use ";")`,
      `pemisah desimal dan delimiter sama-sama ${JSON.stringify(decimal)}; tetapkan delimiter lain (berkas dengan desimal "," biasanya memakai ";")`,
    );
  }
  const text = message.replace(/^\uFEFF/, '');
  try {
    return read(text, decimal, delimiter, options);
  } catch (error) {
    // The usual cause of a confusing error is a file written with another separator: say so.
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const other = [';', '\t', ',', '|'].find((c) => c !== delimiter && firstLine.includes(c));
    if (error instanceof AdapterError && other && !firstLine.includes(delimiter)) {
      const [has, not] = [JSON.stringify(other), JSON.stringify(delimiter)];
      const hint = {
        en: `the first line has no ${not} but has ${has}: is the delimiter right?`,
        id: `baris pertama tidak memuat ${not} tetapi memuat ${has}: apakah delimiter sudah benar?`,
      };
      throw new AdapterError(`${error.message} (${hint.en})`, `${error.id} (${hint.id})`);
    }
    throw error;
  }
};

/** Header names, lower-cased, for each role; the first column that has one takes the role. */
const NAMES = {
  period: ['period', 'year', 'tahun', 'date', 'time', 'time_period', 'periode', 'waktu', 'tanggal', 'ref_date', 'obs_time'],
  value: ['value', 'obs_value', 'nilai', 'observation value'],
  status: ['status', 'obs_status', 'observation status', 'flag', 'flags'],
  lower: ['lower', 'lower_bound'],
  upper: ['upper', 'upper_bound'],
  note: ['note', 'notes', 'comment', 'comment_obs', 'catatan', 'keterangan'],
  unit: ['unit', 'units', 'unit_measure', 'unit measure', 'satuan'],
  multiplier: ['unit_mult', 'unit multiplier'],
} as const;
type Role = keyof typeof NAMES;
/** Columns that are neither a role nor a series' dimension (row numbers, geocodes). */
const IGNORED = ['geocode', 'id', 'no', 'no.', '#'];
const SERIES_NAMES = ['series', 'indicator', 'indikator'];

/** SDMX codes for status words as files write them; "normal" is no flag. */
function statusCode(raw: string): string | undefined {
  const s = raw.trim();
  if (!s || /^(normal value|a|undefined)$/i.test(s)) return undefined;
  const word = [
    [/^estimated/i, 'E'],
    [/^provisional/i, 'P'],
    [/^forecast/i, 'F'],
    [/^break/i, 'B'],
    [/^imputed/i, 'I'],
    [/^missing/i, 'M'],
  ] as const;
  return word.find(([p]) => p.test(s))?.[1] ?? s;
}

function read(text: string, decimal: string, delimiter: string, options: AdaptOptions): IndicatorDocument[] {
  const rows = parseCsv(text, delimiter);
  const readValue = numberReader(decimal);
  const first = rows[0];
  if (!first) return [finish({ format: FORMAT, id: baseName(options.source) ?? 'csv', observations: [] }, options)];

  // A header is recognised by its field names (or by holding words only), never by a value that
  // fails to read: a first row of unreadable data is an error naming line 1, not a header dropped.
  const names = first.cells.map((c) => c.trim().toLowerCase());
  const role = (r: Role) => names.findIndex((n) => (NAMES[r] as readonly string[]).includes(n));
  const known = (Object.keys(NAMES) as Role[]).some((r) => role(r) >= 0);
  const words = first.cells.every((c) => !c.trim() || (/\p{L}/u.test(c) && normalizePeriod(c) === undefined && readValue(c) === undefined));
  const header = known || words;
  const col = { period: 0, value: 1, status: -1, lower: -1, upper: -1, note: -1, unit: -1, multiplier: -1 } as Record<Role, number>;
  let valueName: string | undefined;
  const dims: number[] = [];
  if (header) {
    for (const r of Object.keys(NAMES) as Role[]) col[r] = role(r);
    const others = names.map((_, i) => i).filter((i) => !Object.values(col).includes(i));
    const listed = first.cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join(', ');
    if (col.period < 0) {
      fail(
        `line 1 names no period column (it reads: ${listed}): call it period or year. ` +
          'A table laid out for reading (several heading rows, months across) must first become one row per period',
        `baris 1 tidak memuat kolom periode (isinya: ${listed}): beri nama period atau year. ` +
          'Tabel yang ditata untuk dibaca (beberapa baris judul, bulan berjajar ke samping) harus diubah dulu menjadi satu baris per periode',
      );
    }
    if (col.value < 0) {
      // Two columns: the second is the value, and its name names the series (FRED: DATE,UNRATE).
      if (names.length === 2) {
        col.value = others[0]!;
        valueName = first.cells[col.value]!.trim() || undefined;
      } else {
        fail(
          `line 1 names no value column (columns: ${listed}): call the column that holds the numbers value`,
          `baris 1 tidak memuat kolom nilai (kolom: ${listed}): beri nama value pada kolom yang berisi angka`,
        );
      }
    }
    for (const i of others) if (i !== col.value && !IGNORED.includes(names[i]!)) dims.push(i);
  }
  const title = (i: number) => (header ? ` ("${first.cells[i]?.trim()}")` : '');
  const body = header ? rows.slice(1) : rows;
  const where = (row: Row, i: number) => `line ${row.line}, column ${i + 1}${title(i)}`;
  const whereId = (row: Row, i: number) => `baris ${row.line}, kolom ${i + 1}${title(i)}`;

  interface Read {
    readonly key: string;
    readonly values: string[];
    readonly observation: RawObservation;
    readonly unit: string;
    readonly multiplier: string;
  }
  const read: Read[] = body.map((row) => {
    const fields = row.cells.length;
    if (fields <= col.value) {
      const counted = `line ${row.line} has ${fields} field${fields === 1 ? '' : 's'}`;
      const shown = JSON.stringify(delimiter);
      fail(
        `${counted}; the value is in column ${col.value + 1} (is the delimiter ${shown} right?)`,
        `baris ${row.line} hanya berisi ${fields} isian; nilainya ada di kolom ${col.value + 1} (apakah delimiter ${shown} sudah benar?)`,
      );
    }
    const rawPeriod = row.cells[col.period]!.trim();
    const forms = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Sn';
    const period =
      normalizePeriod(rawPeriod) ??
      fail(
        `${where(row, col.period)}: ${JSON.stringify(rawPeriod)} is not a period (${forms})`,
        `${whereId(row, col.period)}: ${JSON.stringify(rawPeriod)} bukan periode (tulis ${forms})`,
      );
    const number = (i: number) => {
      const raw = row.cells[i] ?? '';
      const n = readValue(raw);
      if (n === undefined) {
        const [shown, sep] = [JSON.stringify(raw.trim()), JSON.stringify(decimal)];
        fail(
          `${where(row, i)}: ${shown} is not a number with the decimal separator ${sep}; declare the file's decimal separator and write no thousands separators`,
          `${whereId(row, i)}: ${shown} bukan angka dengan pemisah desimal ${sep}; nyatakan pemisah desimal berkas ini (decimal) dan jangan pakai pemisah ribuan`,
        );
      }
      return n;
    };
    const value = number(col.value);
    const lower = col.lower >= 0 ? number(col.lower) : null;
    const upper = col.upper >= 0 ? number(col.upper) : null;
    const note = col.note >= 0 ? row.cells[col.note]?.trim() : undefined;
    const values = dims.map((i) => row.cells[i]?.trim() ?? '');
    return {
      key: JSON.stringify(values),
      values,
      unit: col.unit >= 0 ? (row.cells[col.unit]?.trim() ?? '') : '',
      multiplier: col.multiplier >= 0 ? (row.cells[col.multiplier]?.trim() ?? '') : '',
      observation: {
        period,
        value,
        status: col.status >= 0 ? statusCode(row.cells[col.status] ?? '') : undefined,
        ...(lower !== null ? { lower } : {}),
        ...(upper !== null ? { upper } : {}),
        note: note || undefined,
      },
    };
  });

  // Extra columns are the series' dimensions (a long table: Sex, Age...): each combination is a
  // series, `select` names one, and the one whose extra cells are all empty is the default.
  const groups = new Map<string, Read[]>();
  for (const r of read) {
    const g = groups.get(r.key);
    if (g) g.push(r);
    else groups.set(r.key, [r]);
  }
  const dimensions: Dimension[] = dims.map((i) => ({ id: first.cells[i]!.trim() }));
  const candidates: Candidate<Read[]>[] = [...groups.values()].map((g) => ({ values: g[0]!.values.map((id) => ({ id })), item: g }));
  // The default series: every extra cell empty, columns that never change (Age: "under 5 years old") aside.
  const varies = dims.map((_, i) => new Set(candidates.map((c) => c.values[i]!.id)).size > 1);
  const total = (c: Candidate<unknown>) => c.values.every((v, i) => v.id === '' || !varies[i] || SERIES_NAMES.includes(names[dims[i]!]!));
  const chosen = candidates.length
    ? choose(dimensions, candidates, options.select, { format: FORMAT, prefer: total, onChoices: options.onChoices })
    : [];
  if (!chosen.length) {
    choose([], [{ values: [], item: null }], options.select, { format: FORMAT });
    return [finish({ format: FORMAT, id: baseName(options.source) ?? 'csv', title: valueName, observations: [] }, options)];
  }
  return chosen.map((c) => {
    const found = distinguishing(dimensions, candidates, c);
    const seriesName = dims.map((d, i) => (SERIES_NAMES.includes(names[d]!) ? c.values[i]!.id : '')).find(Boolean);
    let observations = c.item.map((r) => r.observation);
    // Monthly figures dated on the 1st (FRED: 2000-01-01, 2000-02-01...) are months.
    const days = observations.map((o) => String(o.period));
    if (days.length > 1 && days.every((p) => /^\d{4}-\d{2}-01$/.test(p)))
      observations = observations.map((o) => ({ ...o, period: String(o.period).slice(0, 7) }));
    const unit = c.item.find((r) => r.unit)?.unit;
    const multiplier = c.item.map((r) => r.multiplier).find(Boolean);
    return finish(
      {
        format: FORMAT,
        id: [baseName(options.source) ?? 'csv', ...found.ids].join('.'),
        title: withSuffix(
          seriesName ?? valueName ?? baseName(options.source),
          found.labels.filter((l) => l !== seriesName),
        ),
        unit: {
          label: unit,
          multiplier: multiplier && /^(units?|[+-]?\d+)$/i.test(multiplier) ? (/^units?$/i.test(multiplier) ? 0 : multiplier) : undefined,
        },
        observations,
      },
      options,
    );
  });
}
