/**
 * BPS WebAPI dynamic data (`list/model/data`). Each `datacontent` key is the concatenation of the
 * codes (`val`) of vervar, var, turvar, tahun and turtahun, in that order, with no separator:
 * `7315` `31` `0` `99` `0` → `"7315310990"`. Codes have no fixed width, so each key present is
 * decoded against the code lists (never the other way round: building every key the lists allow
 * costs the product of their lengths, and a 7 KB file could ask for billions). Two different code
 * combinations can make the same string (vervar 5 + var 1 + turvar 10 vs vervar 51 + var 1 +
 * turvar 0); such a value cannot be placed, and a series that needs one is an error naming the
 * combinations. A key that fits no combination is counted in a note.
 *
 * Periods: `tahun` labels give the year ("2021"); `turtahun` 1-12 are months, 0 is the year
 * itself, others are read by label ("Tahunan" annual, "Triwulan II", "Semester 1"). When a table
 * mixes months with annual figures, they are separate series (select `turtahun=year`).
 */
import type { Note, Text } from '../data/schema.js';
import { AdapterError, type Adapter, failWith } from './adapter.js';
import {
  describe,
  describeId,
  finish,
  htmlToText,
  isRecord,
  publicUrl,
  readInt,
  sanitizeId,
  str,
  withSuffix,
  type Json,
  type RawObservation,
} from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension, type DimensionValue } from './select.js';

export const accept = 'application/json';

const FORMAT = 'BPS';
const fail = failWith(FORMAT);

/** What an editor can do about a file that is not the table BPS serves. */
const CHECK_SRC = {
  en: 'check that src points at a BPS WebAPI table (list/model/data)',
  id: 'periksa apakah src mengarah ke tabel BPS WebAPI (list/model/data)',
};
/** A fault in a file that is not the WebAPI's answer as BPS serves it: said with what to do. */
const notATable = (en: string, id: string): never => fail(`${en}; ${CHECK_SRC.en}`, `${id}; ${CHECK_SRC.id}`);

interface Code {
  readonly val: string;
  readonly label: string;
  readonly raw: Json;
}

const LISTS = ['vervar', 'var', 'turvar', 'tahun', 'turtahun'] as const;
type ListName = (typeof LISTS)[number];

/** Longer codes are not BPS codes (village codes, the longest, have 10 digits); the cap keeps decoding linear. */
const MAX_CODE_DIGITS = 12;

function codes(message: Json, name: ListName): Code[] {
  const list = message[name];
  if (!Array.isArray(list))
    return notATable(`"${name}" is missing: keys cannot be read without it`, `"${name}" tidak ada: kunci tidak dapat dibaca tanpanya`);
  return list.map((c, i) => {
    if (!isRecord(c)) return notATable(`${name}[${i}] is not an object`, `${name}[${i}] bukan objek`);
    const val =
      typeof c.val === 'number' && Number.isInteger(c.val) && c.val >= 0
        ? String(c.val)
        : typeof c.val === 'string' && /^\d+$/.test(c.val.trim())
          ? c.val.trim()
          : undefined;
    if (val === undefined) {
      return notATable(`${name}[${i}].val is ${describe(c.val)}, not a code`, `${name}[${i}].val bukan kode (isinya ${describeId(c.val)})`);
    }
    if (val.length > MAX_CODE_DIGITS) {
      return notATable(
        `${name}[${i}].val has ${val.length} digits; BPS codes have at most ${MAX_CODE_DIGITS}`,
        `${name}[${i}].val terdiri atas ${val.length} digit; kode BPS paling banyak ${MAX_CODE_DIGITS} digit`,
      );
    }
    return { val, label: htmlToText(str(c.label) ?? val), raw: c };
  });
}

/** One way a key splits into the five codes, in LISTS order. */
type Combo = readonly [Code, Code, Code, Code, Code];

/**
 * The ways `key` splits into a vervar, var, turvar, tahun and turtahun code, at most two (two
 * already means it cannot be placed). Counting completions per (list, position) once makes the
 * work per key at most lists × length × code digits: linear in the file, whatever its code lists.
 */
function decodings(key: string, lists: Record<ListName, ReadonlyMap<string, Code>>, widths: readonly number[]): Combo[] {
  if (!/^\d+$/.test(key) || key.length > widths.reduce((a, b) => a + b, 0)) return [];
  const maps = LISTS.map((name) => lists[name]);
  const memo = new Map<number, number>();
  const count = (level: number, pos: number): number => {
    if (level === LISTS.length) return pos === key.length ? 1 : 0;
    const at = level * (key.length + 1) + pos;
    const known = memo.get(at);
    if (known !== undefined) return known;
    let n = 0;
    for (let w = 1; w <= widths[level]! && pos + w <= key.length && n < 2; w++) {
      if (maps[level]!.has(key.slice(pos, pos + w))) n = Math.min(2, n + count(level + 1, pos + w));
    }
    memo.set(at, n);
    return n;
  };
  if (!count(0, 0)) return [];
  const out: Combo[] = [];
  const walk = (level: number, pos: number, picked: Code[]) => {
    if (out.length >= 2) return;
    if (level === LISTS.length) {
      out.push(picked as unknown as Combo);
      return;
    }
    for (let w = 1; w <= widths[level]! && pos + w <= key.length; w++) {
      const code = maps[level]!.get(key.slice(pos, pos + w));
      if (code && count(level + 1, pos + w)) walk(level + 1, pos + w, [...picked, code]);
    }
  };
  walk(0, 0, []);
  return out;
}

type Granularity = 'year' | 'semester' | 'quarter' | 'month';
interface SubPeriod {
  readonly granularity: Granularity;
  readonly n: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mei|may', 'jun', 'jul', 'agu|aug', 'sep', 'okt|oct', 'nov', 'des|dec'];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** What a `turtahun` code means: 0 the year, 1-12 months, others by their label. */
function subPeriod(code: Code): SubPeriod | undefined {
  const n = Number(code.val);
  if (n === 0) return { granularity: 'year', n: 0 };
  if (n >= 1 && n <= 12) return { granularity: 'month', n };
  const label = code.label.toLowerCase();
  let m: RegExpExecArray | null;
  const ordinal = (x: string) => ROMAN[x] ?? Number(x);
  if ((m = /\b(?:triwulan|kuartal|quarter|tw|q)\s*-?\s*(iv|iii|ii|i|[1-4])\b/.exec(label))) return { granularity: 'quarter', n: ordinal(m[1]!) };
  if ((m = /\b(?:semester|smt|s)\s*-?\s*(ii|i|[12])\b/.exec(label))) return { granularity: 'semester', n: ordinal(m[1]!) };
  if (/tahun|annual|year/.test(label)) return { granularity: 'year', n: 0 };
  const month = MONTHS.findIndex((p) => new RegExp(`^(${p})`).test(label));
  return month >= 0 ? { granularity: 'month', n: month + 1 } : undefined;
}

/** A `tahun` code's year: its label ("2021"), else BPS's numbering (val 121 = 2021). */
function year(code: Code): number | undefined {
  const m = /^\s*(\d{4})/.exec(code.label);
  if (m) return Number(m[1]);
  const n = Number(code.val);
  return n < 1000 ? 1900 + n : undefined;
}

function periodOf(y: number | undefined, sub: SubPeriod): string | undefined {
  if (y === undefined) return undefined;
  const yy = String(y).padStart(4, '0');
  switch (sub.granularity) {
    case 'year':
      return yy;
    case 'month':
      return `${yy}-${String(sub.n).padStart(2, '0')}`;
    case 'quarter':
      return `${yy}-Q${sub.n}`;
    case 'semester':
      return `${yy}-S${sub.n}`;
  }
}

/** vervar is often, not always, a region: only then is it the document's area. */
const REGION = /kecamatan|kabupaten|kota|provinsi|wilayah|desa|kelurahan|daerah|region|regency|province|district|city/i;

const GRANULARITY_LABEL: Record<Granularity, Text> = {
  year: { id: 'Tahunan', en: 'Annual' },
  semester: { id: 'Semesteran', en: 'Half-yearly' },
  quarter: { id: 'Triwulanan', en: 'Quarterly' },
  month: { id: 'Bulanan', en: 'Monthly' },
};

interface Series {
  readonly vervar: Code;
  readonly variable: Code;
  readonly turvar: Code;
  readonly granularity: Granularity | undefined;
}

export const adapt: Adapter = (message, options = {}) => {
  if (!isRecord(message))
    return notATable(`expected a JSON object, got ${describe(message)}`, `seharusnya objek JSON, tetapi isinya ${describeId(message)}`);
  if (message.status !== undefined && message.status !== 'OK') {
    const said = `${JSON.stringify(message.status)}${str(message.message) ? `: ${str(message.message)}` : ''}`;
    return fail(
      `the API answered status ${said}; check the WebAPI key and the table in src`,
      `API menjawab dengan status ${said}; periksa key WebAPI dan tabel pada src`,
    );
  }
  const availability = str(message['data-availability']);
  if (availability && availability !== 'available') {
    return fail(
      `the API says data-availability "${availability}": there is no table here; check the table id and the domain in src`,
      `API menyatakan data-availability "${availability}": tabel ini tidak tersedia; periksa id tabel dan domain pada src`,
    );
  }
  const lists = Object.fromEntries(LISTS.map((name) => [name, codes(message, name)])) as Record<ListName, Code[]>;
  // PHP encodes an empty map as []: an empty table.
  const content = Array.isArray(message.datacontent) && !message.datacontent.length ? {} : message.datacontent;
  if (!isRecord(content)) {
    return notATable(
      `"datacontent" should map keys to values, got ${describe(message.datacontent)}`,
      `"datacontent" seharusnya memetakan kunci ke nilai, tetapi isinya ${describeId(message.datacontent)}`,
    );
  }
  const keys = Object.keys(content);
  const variable0 = lists.var[0];
  if (!keys.length) {
    // A table BPS has not filled (no years, no values): the element's empty state, in the page's
    // language, rather than an error about missing code lists.
    const title = lists.var.length === 1 ? variable0!.label : undefined;
    return [finish({ format: FORMAT, title, observations: [], publisher: 'BPS', sources: bpsSources(options.source) }, options)];
  }
  for (const name of LISTS) {
    if (!lists[name].length) {
      fail(
        `"${name}" is empty, yet "datacontent" has ${keys.length} values: they cannot be placed; fetch the table again from the BPS WebAPI`,
        `"${name}" kosong, padahal "datacontent" berisi ${keys.length} nilai: nilai-nilai itu tidak dapat ditempatkan; ambil ulang tabel dari BPS WebAPI`,
      );
    }
  }

  const byVal = Object.fromEntries(
    LISTS.map((name) => {
      const map = new Map<string, Code>();
      for (const c of lists[name]) if (!map.has(c.val)) map.set(c.val, c);
      return [name, map];
    }),
  ) as unknown as Record<ListName, ReadonlyMap<string, Code>>;
  const widths = LISTS.map((name) => Math.max(...lists[name].map((c) => c.val.length)));

  const subs = new Map(lists.turtahun.map((c) => [c, subPeriod(c)] as const));
  const granularityOf = (tt: Code) => subs.get(tt)?.granularity;
  const readable = lists.turtahun.some((c) => granularityOf(c) !== undefined);

  // Every key present, decoded: one combination, two (ambiguous), or none (counted in a note).
  const decoded = new Map<string, Combo[]>();
  const unplaced: string[] = [];
  for (const key of keys) {
    const ways = decodings(key, byVal, widths);
    if (ways.length) decoded.set(key, ways);
    else unplaced.push(key);
  }
  const describeCombo = (c: Combo) => LISTS.map((name, i) => `${name} ${c[i]!.val}`).join(' + ');
  const ambiguityText = (list: Iterable<string>, lang: 'en' | 'id') =>
    [...list]
      .map((k) => {
        const combos = decoded.get(k)!.map(describeCombo);
        return lang === 'en'
          ? `datacontent key "${k}" fits ${combos.join(' and ')}`
          : `kunci datacontent "${k}" cocok dengan ${combos.join(' dan ')}`;
      })
      .join('; ');
  const ambiguous = [...decoded].filter(([, ways]) => ways.length > 1).map(([key]) => key);

  const dims: Dimension[] = [
    { id: 'vervar', label: str(message.labelvervar) ?? 'vervar' },
    { id: 'var', label: 'var' },
    { id: 'turvar', label: str(message.labelturvar) ?? 'turvar' },
    { id: 'turtahun', label: 'turtahun' },
  ];
  const value = (c: Code): DimensionValue => ({ id: c.val, label: c.label });
  // The series the data holds (not every combination the code lists allow).
  const candidates: Candidate<Series>[] = [];
  const seen = new Set<string>();
  for (const ways of decoded.values()) {
    for (const [vervar, variable, turvar, , tt] of ways) {
      const granularity = granularityOf(tt);
      // A turtahun it cannot read joins every series of its variable (and is reported there).
      if (!granularity && readable) continue;
      const id = [vervar.val, variable.val, turvar.val, granularity ?? ''].join('\u0000');
      if (seen.has(id)) continue;
      seen.add(id);
      // Named by the kind of period (`month`, "Bulanan"); the turtahun labels ("Tahunan") select it too.
      const periodLabels = granularity ? lists.turtahun.filter((c) => granularityOf(c) === granularity).map((c) => c.label) : [];
      candidates.push({
        values: [
          value(vervar),
          value(variable),
          // turvar 0 is "Tidak Ada" (no breakdown): nothing to add to a title.
          { ...value(turvar), silent: turvar.val === '0' },
          { id: granularity ?? '', label: granularity && GRANULARITY_LABEL[granularity], aliases: periodLabels },
        ],
        item: { vervar, variable, turvar, granularity },
      });
    }
  }

  let chosen: Candidate<Series>[];
  try {
    chosen = choose(dims, candidates, options.select, { format: FORMAT, onChoices: options.onChoices });
  } catch (error) {
    // Say so now if some keys cannot be placed, so the author does not select into them blindly.
    if (error instanceof AdapterError && ambiguous.length) {
      throw new AdapterError(
        `${error.message}. Also: ${ambiguityText(ambiguous, 'en')}`,
        `${error.id}. Selain itu: ${ambiguityText(ambiguous, 'id')}`,
      );
    }
    throw error;
  }

  const unplacedNote: Note[] = unplaced.length
    ? [
        {
          kind: 'discrepancy',
          text: {
            en: `${unplaced.length.toLocaleString('en')} value${unplaced.length === 1 ? '' : 's'} could not be placed: the key${unplaced.length === 1 ? '' : 's'} ${unplaced
              .slice(0, 5)
              .map((k) => `"${k}"`)
              .join(', ')}${unplaced.length > 5 ? ', …' : ''} fit${unplaced.length === 1 ? 's' : ''} no combination of the code lists.`,
            id: `${unplaced.length.toLocaleString('id')} nilai tidak dapat ditempatkan: kunci ${unplaced
              .slice(0, 5)
              .map((k) => `"${k}"`)
              .join(', ')}${unplaced.length > 5 ? ', …' : ''} tidak cocok dengan kombinasi kode mana pun.`,
          },
        },
      ]
    : [];

  return chosen.map((c) => {
    const { vervar, variable, turvar, granularity } = c.item;
    const observations: RawObservation[] = [];
    const clashes: string[] = [];
    for (const [key, ways] of decoded) {
      const fits = ways.filter(
        ([v, va, tv, , tt]) =>
          v === vervar && va === variable && tv === turvar && (!granularity || !granularityOf(tt) || granularityOf(tt) === granularity),
      );
      if (!fits.length) continue;
      if (ways.length > 1) {
        clashes.push(key);
        continue;
      }
      const [, , , th, tt] = fits[0]!;
      const sub = subs.get(tt);
      const period = sub ? periodOf(year(th), sub) : undefined;
      observations.push({ period: period ?? `${th.label} ${tt.label}`, value: content[key] });
    }
    if (clashes.length) {
      throw new AdapterError(
        `${FORMAT}: cannot tell which value is which: ${ambiguityText(clashes, 'en')}. ` +
          'Select a series that avoids these keys, or ask BPS for one vervar at a time',
        `${FORMAT}: tidak dapat dipastikan nilai mana milik seri mana: ${ambiguityText(clashes, 'id')}. ` +
          'Pilih seri yang tidak memakai kunci-kunci ini, atau ambil data BPS satu vervar per permintaan',
      );
    }
    const found = distinguishing(dims, candidates, c);
    const notes: Note[] = [...unplacedNote];
    const note = str(variable.raw.note);
    if (note && htmlToText(note)) notes.push({ kind: 'footnote', text: htmlToText(note) });
    const definition = str(variable.raw.def);
    const title: Text = variable.label;
    return finish(
      {
        format: FORMAT,
        id: sanitizeId(['bps', variable.val, ...found.ids].join('.')),
        title: withSuffix(title, found.labels),
        description: definition && htmlToText(definition) ? htmlToText(definition) : undefined,
        area: REGION.test(str(message.labelvervar) ?? '') ? { code: vervar.val, name: vervar.label, system: 'BPS' } : undefined,
        unit: { label: str(variable.raw.unit) },
        decimals: readInt(variable.raw.decimal, 0, 10),
        observations,
        publisher: 'BPS',
        sources: bpsSources(options.source),
        notes,
      },
      options,
    );
  });
};

/** BPS is the publisher of every WebAPI table; the link is the file, without its key. */
function bpsSources(source: string | undefined) {
  const url = publicUrl(source);
  return [{ id: 'bps', name: { id: 'Badan Pusat Statistik', en: 'Statistics Indonesia (BPS)' }, publisher: 'BPS', ...(url ? { url } : {}) }];
}
