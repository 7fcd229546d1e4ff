/**
 * BPS WebAPI dynamic data (`list/model/data`). Each `datacontent` key is the concatenation of the
 * codes (`val`) of vervar, var, turvar, tahun and turtahun, in that order, with no separator:
 * `7315` `31` `0` `99` `0` → `"7315310990"`. Codes have no fixed width, so a key is never split;
 * the keys are built from the code lists and looked up. Two different code combinations can build
 * the same string (vervar 5 + var 1 + turvar 10 vs vervar 51 + var 1 + turvar 0); such a value
 * cannot be placed, and a series that needs one is an error naming the combinations.
 *
 * Periods: `tahun` labels give the year ("2021"); `turtahun` 1-12 are months, 0 is the year
 * itself, others are read by label ("Tahunan" annual, "Triwulan II", "Semester 1"). When a table
 * mixes months with annual figures, they are separate series (select `turtahun=year`).
 */
import type { Note, Text } from '../data/schema.js';
import { AdapterError, type Adapter, failWith } from './adapter.js';
import {
  describe,
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

interface Code {
  readonly val: string;
  readonly label: string;
  readonly raw: Json;
}

const LISTS = ['vervar', 'var', 'turvar', 'tahun', 'turtahun'] as const;
type ListName = (typeof LISTS)[number];

function codes(message: Json, name: ListName): Code[] {
  const list = message[name];
  if (!Array.isArray(list) || !list.length) return fail(`"${name}" is missing or empty: keys cannot be built without it`);
  return list.map((c, i) => {
    if (!isRecord(c)) return fail(`${name}[${i}] is not an object`);
    const val =
      typeof c.val === 'number' && Number.isInteger(c.val) && c.val >= 0
        ? String(c.val)
        : typeof c.val === 'string' && /^\d+$/.test(c.val.trim())
          ? c.val.trim()
          : undefined;
    if (val === undefined) return fail(`${name}[${i}].val is ${describe(c.val)}, not a code`);
    return { val, label: htmlToText(str(c.label) ?? val), raw: c };
  });
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
  if (!isRecord(message)) return fail(`expected a JSON object, got ${describe(message)}`);
  if (message.status !== undefined && message.status !== 'OK') {
    return fail(`the API answered status ${JSON.stringify(message.status)}${str(message.message) ? `: ${str(message.message)}` : ''}`);
  }
  const availability = str(message['data-availability']);
  if (availability && availability !== 'available') return fail(`the API says data-availability "${availability}": there is no table here`);
  const lists = Object.fromEntries(LISTS.map((name) => [name, codes(message, name)])) as Record<ListName, Code[]>;
  // PHP encodes an empty map as []: an empty table.
  const content = Array.isArray(message.datacontent) && !message.datacontent.length ? {} : message.datacontent;
  if (!isRecord(content)) return fail(`"datacontent" should map keys to values, got ${describe(message.datacontent)}`);

  const subs = new Map(lists.turtahun.map((c) => [c, subPeriod(c)] as const));
  const granularities = [...new Set([...subs.values()].filter((s): s is SubPeriod => !!s).map((s) => s.granularity))];

  // Every key the code lists can build, and which combinations build it.
  const builders = new Map<string, string[]>();
  const describeCombo = (c: readonly Code[]) => LISTS.map((name, i) => `${name} ${c[i]!.val}`).join(' + ');
  for (const v of lists.vervar)
    for (const va of lists.var)
      for (const tv of lists.turvar)
        for (const th of lists.tahun)
          for (const tt of lists.turtahun) {
            const combo = [v, va, tv, th, tt];
            const key = combo.map((c) => c.val).join('');
            builders.set(key, [...(builders.get(key) ?? []), describeCombo(combo)]);
          }
  const ambiguous = new Set([...builders].filter(([key, list]) => list.length > 1 && Object.hasOwn(content, key)).map(([key]) => key));
  const ambiguityText = (keys: Iterable<string>) =>
    [...keys].map((k) => `datacontent key "${k}" fits ${builders.get(k)!.join(' and ')}`).join('; ');

  const dims: Dimension[] = [
    { id: 'vervar', label: str(message.labelvervar) ?? 'vervar' },
    { id: 'var', label: 'var' },
    { id: 'turvar', label: str(message.labelturvar) ?? 'turvar' },
    { id: 'turtahun', label: 'turtahun' },
  ];
  const value = (c: Code): DimensionValue => ({ id: c.val, label: c.label });
  const candidates: Candidate<Series>[] = [];
  for (const vervar of lists.vervar)
    for (const variable of lists.var)
      for (const turvar of lists.turvar)
        for (const granularity of granularities.length ? granularities : [undefined]) {
          // Named by the kind of period (`month`, "Bulanan"); the turtahun labels ("Tahunan") select it too.
          const periodLabels = granularity ? lists.turtahun.filter((c) => subs.get(c)?.granularity === granularity).map((c) => c.label) : [];
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

  let chosen: Candidate<Series>[];
  try {
    chosen = choose(dims, candidates, options.select, { format: FORMAT });
  } catch (error) {
    // Say so now if some keys cannot be placed, so the author does not select into them blindly.
    if (error instanceof AdapterError && ambiguous.size) throw new AdapterError(`${error.message}. Also: ${ambiguityText(ambiguous)}`);
    throw error;
  }

  return chosen.map((c) => {
    const { vervar, variable, turvar, granularity } = c.item;
    const observations: RawObservation[] = [];
    const clashes: string[] = [];
    for (const th of lists.tahun)
      for (const tt of lists.turtahun) {
        const sub = subs.get(tt);
        if (granularity && sub && sub.granularity !== granularity) continue;
        const key = [vervar, variable, turvar, th, tt].map((x) => x.val).join('');
        if (!Object.hasOwn(content, key)) continue;
        if (ambiguous.has(key)) clashes.push(key);
        const period = sub ? periodOf(year(th), sub) : undefined;
        observations.push({ period: period ?? `${th.label} ${tt.label}`, value: content[key] });
      }
    if (clashes.length) {
      throw new AdapterError(
        `${FORMAT}: cannot tell which value is which: ${ambiguityText(clashes)}. ` +
          'Select a series that avoids these keys, or ask BPS for one vervar at a time',
      );
    }
    const found = distinguishing(dims, candidates, c);
    const notes: Note[] = [];
    const note = str(variable.raw.note);
    if (note && htmlToText(note)) notes.push({ kind: 'footnote', text: htmlToText(note) });
    const definition = str(variable.raw.def);
    const title: Text = variable.label;
    const url = publicUrl(options.source);
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
        sources: [{ id: 'bps', name: { id: 'Badan Pusat Statistik', en: 'Statistics Indonesia (BPS)' }, publisher: 'BPS', ...(url ? { url } : {}) }],
        notes,
      },
      options,
    );
  });
};
