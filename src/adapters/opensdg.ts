/**
 * Open SDG build output: `data/<id>.json` (columns: `{"Year": [...], "Value": [...], <one column
 * per disaggregation>}`; the `headline/` files and older builds use a list of rows) with its
 * metadata at `../meta/<id>.json`, fetched as a companion: the message is `{ data, meta }`.
 *
 * The headline (rows where every disaggregation is empty) is the default series; `select` picks a
 * disaggregation (`Geography=Ontario;Persons in low income=All persons`). `Units` and `Series`
 * columns are not disaggregations: a headline exists per unit and series. Without a headline, the
 * metadata's `data_start_values` (the page's first view) is tried.
 *
 * From the metadata: title, unit (`computation_units`), precision (decimals), direction and target
 * (`progress_calculation_options`, else `graph_target_lines`), target year (default 2030, as in
 * Open SDG's progress calculation; a note says so), limits, sources, footnote. Metadata HTML is
 * reduced to text by a small tokenizer (no DOM parsing: it throws under Trusted Types).
 */
import type { IndicatorDocument, Note, Source, Target, Text } from '../data/schema.js';
import { type Adapter, failWith } from './adapter.js';
import {
  describe,
  describeId,
  baseName,
  finish,
  htmlToText,
  isRecord,
  normalizePeriod,
  readInt,
  readNumber,
  sanitizeId,
  str,
  withSuffix,
  type Json,
} from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

export const accept = 'application/json';

/** `.../en/data/1-2-1.json` → `{ meta: '.../en/meta/1-2-1.json' }` (Open SDG's layout: `../meta/<id>.json`). */
export const companions = (url: string): Readonly<Record<string, string>> => {
  const path = url.split(/[?#]/)[0]!;
  const file = path.slice(path.lastIndexOf('/') + 1);
  try {
    return { meta: new URL(`../meta/${file}`, new URL(path)).href };
  } catch {
    // A relative URL: the same step by hand.
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/') + 1) : dir ? '' : '../';
    return { meta: `${parent}meta/${file}` };
  }
};

const FORMAT = 'Open SDG';
const fail = failWith(FORMAT);

/** A file that is not an Open SDG build's data file: said with what to do. */
const notOpenSdg = (en: string, id: string): never =>
  fail(
    `${en}; check that src points at an Open SDG data file (data/<id>.json)`,
    `${id}; periksa apakah src mengarah ke berkas data Open SDG (data/<id>.json)`,
  );
/** A data file that breaks its own layout: only its publisher can mend it. */
const broken = (en: string, id: string): never => fail(`${en}; report the file to its publisher`, `${id}; laporkan berkas ini ke penerbitnya`);

/**
 * Columns that are observation attributes, not disaggregations: by their SDMX id, or by the name a
 * translated build gives them ("Observation status", "Статус наблюдения", "Unit multiplier",
 * "Множитель"...). Counted as disaggregations, they hid the headline and split one series in two.
 */
const ATTRIBUTE_COLUMNS = new Map<string, 'status' | 'multiplier' | 'comment' | 'other'>([
  ...['obs_status', 'observation status', 'статус наблюдения', 'бақылау мәртебесі', "statut de l'observation", 'estado de la observación'].map(
    (n) => [n, 'status'] as const,
  ),
  ...['unit_mult', 'unit multiplier', 'множитель', 'множитель единиц', 'бірлік көбейткіші', "multiplicateur d'unité", 'multiplicador de unidad'].map(
    (n) => [n, 'multiplier'] as const,
  ),
  ...['comment_obs', 'observation-level footnotes', 'сноски на уровне наблюдения', 'observation footnotes'].map((n) => [n, 'comment'] as const),
  ...[
    'nature',
    'nature of data points',
    'характер данных',
    'time_detail',
    'time detail',
    'source_detail',
    'base_per',
    'geocode',
    'upper_bound',
    'lower_bound',
  ].map((n) => [n, 'other'] as const),
]);
const attributeOf = (column: string) => ATTRIBUTE_COLUMNS.get(column.trim().toLowerCase());
const NOT_DIMENSIONS = (c: string) => /^(year|value)$/i.test(c) || attributeOf(c) !== undefined;
/** Columns a headline may have a value in. */
const SERIES_COLUMNS = /^(units|unit_measure|unit measure|series|serie|серия|единица измерения|reporting_type|reporting type)$/i;

/** SDMX OBS_STATUS codes for the labels translated builds write (English and Russian). */
const STATUS_WORDS: readonly [RegExp, string | null][] = [
  [/^(normal value|нормальное значение|undefined|a)$/i, null],
  [/^(imputed|вмененное)/i, 'I'],
  [/^(estimated|оценочн)/i, 'E'],
  [/^(provisional|предварительн)/i, 'P'],
  [/^(forecast|прогноз)/i, 'F'],
  [/^(break|разрыв)/i, 'B'],
  [/^(missing|отсутств)/i, 'M'],
];
/** A status cell as an SDMX code: a code as written (`E`), a label read, `undefined` for "normal". */
function statusCode(cell: string): string | undefined {
  if (!cell) return undefined;
  for (const [pattern, code] of STATUS_WORDS) if (pattern.test(cell)) return code ?? undefined;
  return cell;
}

/** Powers of ten for the unit multiplier words Open SDG writes ("Thousands", "Тысячи", or "3"). */
const MULTIPLIER_WORDS: readonly [RegExp, number][] = [
  [/^(units?|единицы|бірлік)$/i, 0],
  [/^(tens|десятки)$/i, 1],
  [/^(hundreds|сотни)$/i, 2],
  [/^(thousands?|тысячи|мың)$/i, 3],
  [/^(millions?|миллионы|миллион)$/i, 6],
  [/^(billions?|миллиарды|миллиард)$/i, 9],
];
function multiplierOf(cell: string): number | undefined {
  const n = readInt(cell, -15, 15);
  if (n !== undefined) return n;
  return MULTIPLIER_WORDS.find(([p]) => p.test(cell.trim()))?.[1];
}
const DEFAULT_TARGET_YEAR = 2030;

/** The rows of a data file: a list of rows, a map of columns, or a `{ data, edges }` combined file. */
function rowsOf(data: unknown, depth = 0): Json[] {
  const notRow = (r: unknown, i: number) =>
    broken(`data row ${i} is ${describe(r)}, not an object`, `baris data ${i} bukan objek (isinya ${describeId(r)})`);
  if (Array.isArray(data)) return data.map((r, i) => (isRecord(r) ? r : notRow(r, i)));
  if (!isRecord(data)) {
    return notOpenSdg(
      `"data" should be a list of rows or a map of columns, got ${describe(data)}`,
      `"data" seharusnya daftar baris atau peta kolom, tetapi isinya ${describeId(data)}`,
    );
  }
  if (depth === 0 && data.data !== undefined && !Array.isArray(data.Year)) return rowsOf(data.data, 1);
  const columns = Object.keys(data);
  if (!columns.length) return [];
  let length: number | undefined;
  for (const c of columns) {
    const col = data[c];
    if (!Array.isArray(col))
      return broken(`data column "${c}" is ${describe(col)}, not a list`, `kolom data "${c}" bukan daftar (isinya ${describeId(col)})`);
    if (length !== undefined && col.length !== length) {
      return broken(
        `data column "${c}" has ${col.length} entries, "${columns[0]}" has ${length}`,
        `kolom data "${c}" berisi ${col.length} entri, sedangkan "${columns[0]}" berisi ${length}`,
      );
    }
    length = col.length;
  }
  return Array.from({ length: length ?? 0 }, (_, i) => Object.fromEntries(columns.map((c) => [c, (data[c] as unknown[])[i]])));
}

/** Metadata text: HTML reduced to text, empty as undefined. */
const metaText = (x: unknown): string | undefined => (typeof x === 'string' ? htmlToText(x) || undefined : undefined);
const cell = (x: unknown): string => (x === null || x === undefined ? '' : String(x).trim());

interface Progress {
  readonly direction?: IndicatorDocument['direction'] | undefined;
  readonly target?: number | undefined;
  readonly targetYear?: number | undefined;
  readonly baseYear?: number | undefined;
}

function sourcesOf(meta: Json): Source[] {
  const out: Source[] = [];
  const add = (n: string, org: unknown, url: unknown, text: unknown, active: unknown) => {
    // Builds write `false`, or the string "False" (metadata from spreadsheets).
    if (active === false || (typeof active === 'string' && /^false$/i.test(active.trim()))) return;
    const organisation = metaText(org);
    const name = metaText(text) ?? organisation;
    if (!name) return;
    const link = str(url);
    out.push({
      id: `source-${n}`,
      name,
      ...(organisation ? { publisher: organisation } : {}),
      ...(link && /^https?:\/\//i.test(link) ? { url: link } : {}),
    });
  };
  // Newer sites: a `sources` list; older ones: numbered `source_*_N` fields.
  if (Array.isArray(meta.sources)) {
    meta.sources.forEach((s, i) => isRecord(s) && add(String(i + 1), s.organisation, s.url, s.url_text ?? s.title, s.active));
  }
  const numbers = new Set(Object.keys(meta).flatMap((k) => /^source_[a-z_]+_(\d+)$/.exec(k)?.[1] ?? []));
  for (const n of [...numbers].sort((a, b) => Number(a) - Number(b))) {
    // `source_compilation_N`: the body that compiles the figures (Kazakhstan's builds name it so).
    add(
      n,
      meta[`source_organisation_${n}`] ?? meta[`source_compilation_${n}`],
      meta[`source_url_${n}`],
      meta[`source_url_text_${n}`],
      meta[`source_active_${n}`],
    );
  }
  return out;
}

export const adapt: Adapter = (message, options = {}) => {
  if (!isRecord(message) && !Array.isArray(message)) {
    return notOpenSdg(`expected { data, meta }, got ${describe(message)}`, `seharusnya { data, meta }, tetapi isinya ${describeId(message)}`);
  }
  const wrapper = isRecord(message) && message.data !== undefined && !Array.isArray(message.Year) ? message : undefined;
  const data = wrapper ? wrapper.data : message;
  if (wrapper && wrapper.meta !== undefined && !isRecord(wrapper.meta)) {
    fail(
      `"meta" should be the metadata object, got ${describe(wrapper.meta)}; check that the metadata is at ../meta/<id>.json`,
      `"meta" seharusnya objek metadata, tetapi isinya ${describeId(wrapper.meta)}; periksa apakah metadata ada di ../meta/<id>.json`,
    );
  }
  const meta = wrapper && isRecord(wrapper.meta) ? wrapper.meta : {};
  const rows = rowsOf(data);

  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const yearColumn = columns.find((c) => /^year$/i.test(c));
  const valueColumn = columns.find((c) => /^value$/i.test(c));
  const listed = columns.join(', ');
  if (rows.length && !yearColumn) notOpenSdg(`no "Year" column (columns: ${listed})`, `tidak ada kolom "Year" (kolom: ${listed})`);
  if (rows.length && !valueColumn) notOpenSdg(`no "Value" column (columns: ${listed})`, `tidak ada kolom "Value" (kolom: ${listed})`);
  const statusColumn = columns.find((c) => attributeOf(c) === 'status');
  const commentColumn = columns.find((c) => attributeOf(c) === 'comment');
  const multiplierColumn = columns.find((c) => attributeOf(c) === 'multiplier');
  const dimColumns = columns.filter((c) => !NOT_DIMENSIONS(c));
  const disaggregations = dimColumns.map((c, i) => (SERIES_COLUMNS.test(c) ? -1 : i)).filter((i) => i >= 0);

  const groups = new Map<string, Json[]>();
  for (const row of rows) {
    const key = JSON.stringify(dimColumns.map((c) => cell(row[c])));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const dims: Dimension[] = dimColumns.map((c) => ({ id: c }));
  const candidates: Candidate<Json[]>[] = [...groups.values()].map((g) => ({
    values: dimColumns.map((c) => ({ id: cell(g[0]![c]) })),
    item: g,
  }));
  const headline = (c: Candidate<unknown>) => disaggregations.every((i) => c.values[i]!.id === '');

  let chosen: Candidate<Json[]>[];
  if (!candidates.length) chosen = [{ values: dimColumns.map(() => ({ id: '' })), item: [] }];
  else {
    let select = options.select;
    const start = Array.isArray(meta.data_start_values) ? meta.data_start_values.filter(isRecord) : [];
    if (select === undefined && !candidates.some(headline) && start.length) {
      // No headline: the page's first view, as Open SDG shows it.
      select = start.map((s) => `${cell(s.field)}=${cell(s.value)}`).join(';');
      try {
        choose(dims, candidates, select, { prefer: headline, format: FORMAT });
      } catch {
        select = undefined;
      }
    }
    chosen = choose(dims, candidates, select, { prefer: headline, format: FORMAT, onChoices: options.onChoices });
  }

  const progressOptions = (Array.isArray(meta.progress_calculation_options) ? meta.progress_calculation_options : [])
    .flatMap((o) => (isRecord(o) && Array.isArray(o.group) ? o.group : [o]))
    .filter(isRecord);
  const title = metaText(meta.graph_title) ?? metaText(meta.indicator_name) ?? metaText(meta.SDG_INDICATOR);
  const number = str(meta.indicator_number);
  const sources = sourcesOf(meta);

  return chosen.map((c) => {
    const valueOf = (pattern: RegExp) => {
      const i = dimColumns.findIndex((col) => pattern.test(col));
      return i < 0 ? undefined : c.values[i]!.id || undefined;
    };
    const units = valueOf(/^(units|unit_measure)$/i);
    const series = valueOf(/^series$/i);
    // An option, line, limit or precision for a unit or series applies to that one only.
    const fits = (o: Json) =>
      (o.unit == null || units === undefined || cell(o.unit) === units) && (o.series == null || series === undefined || cell(o.series) === series);
    const isHeadline = headline(c);
    const option = progressOptions.find((o) => {
      if (!fits(o)) return false;
      const dis = Array.isArray(o.disaggregation) ? o.disaggregation.filter(isRecord) : [];
      if (!dis.length) return isHeadline;
      return dis.every((d) => {
        const i = dimColumns.indexOf(cell(d.field));
        return i >= 0 && c.values[i]!.id === cell(d.value);
      });
    });
    const explicit = progressOptions.find((o) => o.direction === 'negative' || o.direction === 'positive');
    // Open SDG's progress calculation assumes "negative" when an option gives no direction; the
    // direction of the indicator holds for its disaggregations too.
    const word = option ? (option.direction ?? 'negative') : explicit?.direction;
    const progress: Progress = {
      direction: word === 'positive' ? 'higher-is-better' : word === 'negative' ? 'lower-is-better' : undefined,
      target: option ? (readNumber(option.target) ?? undefined) : undefined,
      targetYear: option ? readInt(option.target_year, 1000, 9999) : undefined,
      baseYear: option ? readInt(option.base_year, 1000, 9999) : undefined,
    };
    const line = (Array.isArray(meta.graph_target_lines) ? meta.graph_target_lines : []).filter(isRecord).find(fits);
    const targetValue = progress.target ?? (line ? (readNumber(line.value) ?? undefined) : undefined);
    const notes: Note[] = [];
    const targets: Target[] = [];
    if (targetValue !== undefined && progress.direction) {
      const year = progress.targetYear ?? DEFAULT_TARGET_YEAR;
      const basis = metaText(meta.SDG_TARGET);
      targets.push({
        id: 'open-sdg',
        period: String(year),
        comparator: progress.direction === 'higher-is-better' ? 'ge' : 'le',
        value: targetValue,
        ...(basis ? { basis } : {}),
      });
      if (progress.targetYear === undefined) {
        notes.push({
          kind: 'methodology',
          text: {
            en: `The target year ${year} is Open SDG's default for its progress calculation: the metadata names none.`,
            id: `Tahun target ${year} adalah bawaan perhitungan kemajuan Open SDG: metadata tidak menyebutkannya.`,
          },
        });
      }
    }
    const footnote = metaText(meta.data_footnote);
    if (footnote) notes.push({ kind: 'footnote', text: footnote });

    const precision = (Array.isArray(meta.precision) ? meta.precision : []).filter(isRecord).find(fits);
    const limit = (Array.isArray(meta.graph_limits) ? meta.graph_limits : []).filter(isRecord).find(fits);
    const min = limit ? readNumber(limit.minimum) : undefined;
    const max = limit ? readNumber(limit.maximum) : undefined;
    const unitLabel = units ?? metaText(meta.computation_units);
    const rowsOfSeries = c.item;
    const observations = rowsOfSeries.map((r) => ({
      period: r[yearColumn!],
      value: r[valueColumn!],
      status: statusColumn ? statusCode(cell(r[statusColumn])) : undefined,
      note: commentColumn && metaText(r[commentColumn]) ? (metaText(r[commentColumn]) as Text) : undefined,
    }));
    const baseYear = progress.baseYear === undefined ? undefined : String(progress.baseYear);
    const baseRow = baseYear ? rowsOfSeries.find((r) => normalizePeriod(r[yearColumn!]) === baseYear) : undefined;
    const baseValue = baseRow ? readNumber(baseRow[valueColumn!]) : undefined;
    const geography = valueOf(/^(geo(graphy)?|reference area|region|регион|область)$/i);
    // A series with no geography of its own is national: the headline, or one selected by hand.
    const hasGeoColumn = dimColumns.some((col) => /^(geo(graphy)?|reference area|region|регион|область)$/i.test(col));
    const national = metaText(meta.national_geographical_coverage);
    const area =
      geography ??
      (isHeadline || hasGeoColumn || !disaggregations.length ? (national && !/^none$/i.test(national) ? national : undefined) : undefined);
    const multiplier = multiplierColumn ? rowsOfSeries.map((r) => multiplierOf(cell(r[multiplierColumn]))).find((m) => m !== undefined) : undefined;
    const found = distinguishing(dims, candidates, c);
    // Several series in one file (Kyrgyzstan 15.1.1: forest area, land area, their ratio): the
    // series is what is measured, so it is the title; units never go into a title (they are the unit).
    const seriesVaries = dimColumns.some((col, i) => /^(series|serie|серия)$/i.test(col) && new Set(candidates.map((x) => x.values[i]!.id)).size > 1);
    const measureOnly = (d: Dimension) => !SERIES_COLUMNS.test(d.id);
    const titleDims = dims.map((d, i) => (measureOnly(d) ? i : -1)).filter((i) => i >= 0);
    const pick = (x: Candidate<unknown>) => ({ ...x, values: titleDims.map((i) => x.values[i]!) });
    const suffix = distinguishing(
      titleDims.map((i) => dims[i]!),
      candidates.map(pick),
      pick(c),
    ).labels;
    const heading = seriesVaries && series ? series : title;

    const doc = finish(
      {
        format: FORMAT,
        id: sanitizeId([number ?? baseName(options.source) ?? 'open-sdg', ...found.ids].join('.')),
        title: withSuffix(heading, suffix),
        description: metaText(meta.STAT_CONC_DEF),
        area: area ? { name: area } : undefined,
        codes: number ? [{ system: 'SDG', code: number }] : undefined,
        unit: {
          label: unitLabel,
          symbol: unitLabel && /%|^percent(age)?$/i.test(unitLabel) ? '%' : undefined,
          symbolPosition: unitLabel?.includes('%') ? 'end' : undefined,
          multiplier,
        },
        decimals: precision ? readInt(precision.decimals, 0, 10) : undefined,
        direction: progress.direction,
        limits: { ...(typeof min === 'number' ? { min } : {}), ...(typeof max === 'number' ? { max } : {}) },
        targets,
        observations,
        sources,
        notes,
        updated: meta.national_data_updated_date,
      },
      options,
    );
    if (typeof baseValue === 'number') doc.baseline = { period: String(progress.baseYear), value: baseValue };
    return doc;
  });
};
