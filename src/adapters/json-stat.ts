/**
 * JSON-stat 2.0 datasets (and the 1.0 form, where `id`, `size` and `role` sit inside `dimension`,
 * and a bundle holding a single dataset). Cells are stored row-major: the last dimension in `id`
 * varies fastest, so cell (i0, i1, ... in) is at Σ ik × Π size[k+1..]. `value` and `status` come
 * as arrays (dense) or objects keyed by that flat index (sparse); `status` may also be one string
 * for every cell. A category's position comes from `category.index` (a list, or an object of
 * positions whose key order means nothing), never from the order of `category.label`.
 *
 * Unit: `dimension.<metric>.category.unit.<category>` (label, symbol, position, decimals) for the
 * `role.metric` dimension or any dimension that carries units; else, Eurostat's convention, the
 * label of the category of a dimension called `unit`.
 */
import type { Note, Text } from '../data/schema.js';
import { type Adapter, failWith } from './adapter.js';
import {
  describe,
  describeId,
  baseName,
  finish,
  isRecord,
  mapStatus,
  mapText,
  normalizePeriod,
  readInt,
  sanitizeId,
  str,
  textString,
  toText,
  htmlToText,
  withSuffix,
  type Json,
} from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

export const accept = 'application/json';

const FORMAT = 'JSON-stat';
const fail = failWith(FORMAT);

/** A file that is not a JSON-stat dataset: said with what to do. */
const notADataset = (en: string, id: string): never =>
  fail(`${en}; check that src points at a JSON-stat dataset`, `${id}; periksa apakah src mengarah ke dataset JSON-stat`);
/** A dataset that breaks the format's own rules: only its publisher can mend it. */
const broken = (en: string, id: string): never => fail(`${en}; report the file to its publisher`, `${id}; laporkan berkas ini ke penerbitnya`);

interface Dim {
  readonly id: string;
  readonly label?: Text | undefined;
  readonly ids: readonly string[];
  readonly labels: readonly (Text | undefined)[];
  readonly category: Json;
}

/** `dataset=<name>` in a `select` clause names a dataset of a 1.x bundle; the rest selects the series. */
const DATASET_PAIR = /(^|;)\s*dataset\s*=\s*([^;|]*)/i;

/**
 * The dataset itself: a 2.0 dataset, the dataset of a 1.x bundle (`{"dataset": {...}}`, or named
 * ones: `select="dataset=canada"` picks one of several), or the `result` of a JSON-RPC answer
 * (CSO Ireland's PxStat API). Returns the `select` left once the dataset is chosen.
 */
function dataset(message: Json, select: string | undefined): { ds: Json; select: string | undefined } {
  if (message.jsonrpc !== undefined && isRecord(message.result)) return dataset(message.result, select);
  if (message.jsonrpc !== undefined && isRecord(message.error)) {
    const said = str(message.error.message) ?? JSON.stringify(message.error).slice(0, 200);
    return fail(
      `the API answered with an error: ${said}; check the query in src`,
      `API menjawab dengan pesan kesalahan: ${said}; periksa kueri pada src`,
    );
  }
  if (message.class === 'dataset' || message.value !== undefined) return { ds: message, select };
  if (message.class === 'collection') {
    return fail(
      'this is a collection (a list of links), not a dataset; point src at one dataset',
      'ini adalah collection (daftar tautan), bukan dataset; arahkan src ke satu dataset',
    );
  }
  if (message.class === 'dimension') {
    return fail('this is a dimension, not a dataset; point src at a dataset', 'ini adalah dimension, bukan dataset; arahkan src ke sebuah dataset');
  }
  const inner = Object.keys(message).filter((k) => isRecord(message[k]) && (message[k] as Json).value !== undefined);
  if (inner.length === 1) return { ds: message[inner[0]!] as Json, select };
  if (inner.length > 1) {
    const named = select === undefined ? null : DATASET_PAIR.exec(select);
    const name = named?.[2]?.trim();
    if (name && inner.includes(name)) {
      const rest = select!.replace(DATASET_PAIR, '$1').replace(/^;|;$/g, '').replace(/;;/g, ';').trim();
      return { ds: message[name] as Json, select: rest || undefined };
    }
    const [listed, pairs] = [inner.join(', '), inner.map((n) => `dataset=${n}`)];
    const none = name ? { en: `, none called "${name}"`, id: `, tidak ada yang bernama "${name}"` } : { en: '', id: '' };
    return fail(
      `a bundle of ${inner.length} datasets (${listed})${none.en}: select one with ${pairs.join(' or ')}`,
      `bundel berisi ${inner.length} dataset (${listed})${none.id}: pilih salah satu dengan ${pairs.join(' atau ')}`,
    );
  }
  return notADataset('"value" is missing: this is not a JSON-stat dataset', '"value" tidak ada: ini bukan dataset JSON-stat');
}

/** A time category's period: its id (`2013Q1`), else its label when only that reads (ONS ids `CI_0004215`, "Jan 1996"). */
function timePeriods(d: Dim): string[] {
  const byLabel = d.labels.map((l) => textString(l));
  const hint = textString(d.label) + ' ' + d.id;
  const read = (x: string) => normalizePeriod(x) ?? numberedPeriod(x, hint);
  // Labels win when every one reads: Istat's ids 2093, 2097… read as years but are codes for "Q1-2010".
  if (byLabel.length && byLabel.every((l) => l && read(l))) return byLabel.map((l) => read(l)!);
  return d.ids.map((id, i) => read(id) ?? read(byLabel[i] ?? '') ?? id);
}

/** `2005 - 1` in a dimension called "Trimestre" (INE Spain via ICANE): the dimension says what n counts. */
function numberedPeriod(x: string, hint: string): string | undefined {
  const m = /^(\d{4})\s*-\s*(\d{1,2})$/.exec(x.trim());
  if (!m) return undefined;
  const n = Number(m[2]);
  if (/trimest|quarter|kvartal|quartal|kwarta|triwulan/i.test(hint) && n >= 1 && n <= 4) return `${m[1]}-Q${n}`;
  if (/semest|half|halvår|halbjahr/i.test(hint) && n >= 1 && n <= 2) return `${m[1]}-S${n}`;
  if (/mes|month|måned|månad|monat|kuukausi|bulan/i.test(hint) && n >= 1 && n <= 12) return `${m[1]}-${String(n).padStart(2, '0')}`;
  return undefined;
}

/**
 * A table's name without the list of its dimensions: "Index of production (2005=100), by
 * industry, contents and time" → "Index of production (2005=100)". Only a tail naming two or more
 * dimensions goes ("Deaths per 1000 live births" stays).
 */
function tableName(t: Text | undefined): Text | undefined {
  return (
    t &&
    mapText(
      t,
      (s) => s.replace(/,?\s+(by|por|efter|etter|nach|selon|según|mukaan)\s+[^,]+?(,[^,]+)*\s+(and|y|och|og|und|et|e|ja)\s+[^,]+$/i, '').trim() || s,
    )
  );
}

/** Notes as text: publishers write HTML (Statistics Finland) and BBCode (`[url=…]…[/url]`, CSO PxStat). */
const noteText = (x: unknown): Text | undefined => {
  const t = toText(x);
  return t && mapText(t, (s) => htmlToText(s.replace(/\[\/?(url|b|i|u)(=[^\]]*)?\]/gi, '')));
};

function readDimension(id: string, size: number, raw: unknown): Dim {
  if (!isRecord(raw)) {
    return broken(
      `dimension "${id}" is listed in "id" but missing from "dimension"`,
      `dimensi "${id}" tercantum di "id" tetapi tidak ada di "dimension"`,
    );
  }
  const category = isRecord(raw.category) ? raw.category : broken(`dimension "${id}" has no "category"`, `dimensi "${id}" tidak memiliki "category"`);
  const labels = isRecord(category.label) ? category.label : {};
  let ids: string[];
  if (Array.isArray(category.index)) {
    const notId = (x: unknown) =>
      broken(`dimension "${id}": category.index holds ${describe(x)}`, `dimensi "${id}": category.index berisi ${describeId(x)}`);
    ids = category.index.map((x) => (typeof x === 'string' ? x : notId(x)));
  } else if (isRecord(category.index)) {
    const index = category.index;
    ids = new Array<string>(Object.keys(index).length);
    for (const key of Object.keys(index)) {
      const pos = index[key];
      if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= ids.length || ids[pos] !== undefined) {
        return broken(
          `dimension "${id}": category.index gives "${key}" the position ${describe(pos)}`,
          `dimensi "${id}": category.index memberi "${key}" posisi ${describeId(pos)}`,
        );
      }
      ids[pos] = key;
    }
  } else {
    // The index may be left out when the dimension has one category; the label then names it.
    ids = Object.keys(labels);
    if (ids.length !== 1) return broken(`dimension "${id}" has no category.index`, `dimensi "${id}" tidak memiliki category.index`);
  }
  if (ids.length !== size) {
    return broken(
      `dimension "${id}" has ${ids.length} categories but "size" says ${size}`,
      `dimensi "${id}" berisi ${ids.length} kategori, tetapi "size" menyebut ${size}`,
    );
  }
  return { id, label: toText(raw.label), ids, labels: ids.map((c) => toText(labels[c])), category };
}

const TIME_IDS = /^(time|time_period|year|period|date|tid|aika|ar|år)$/i;
const GEO_IDS = /^(geo|ref_area|area|country|region)$/i;

export const adapt: Adapter = (message, options = {}) => {
  if (!isRecord(message))
    return notADataset(`expected a JSON object, got ${describe(message)}`, `seharusnya objek JSON, tetapi isinya ${describeId(message)}`);
  if (Array.isArray(message.error) && message.error.length) {
    const said = JSON.stringify(message.error).slice(0, 200);
    return fail(`the message carries errors: ${said}; check the query in src`, `pesan ini berisi kesalahan: ${said}; periksa kueri pada src`);
  }
  const { ds, select } = dataset(message, options.select);
  const holder = isRecord(ds.dimension) ? ds.dimension : notADataset('"dimension" is missing', '"dimension" tidak ada');
  const ids = ds.id ?? holder.id;
  const sizes = ds.size ?? holder.size;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) {
    return broken('"id" must be a list of dimension ids', '"id" harus berupa daftar id dimensi');
  }
  // CSO Ireland's 1.x service writes sizes as numeric strings: ["37","15","15"].
  const sizeList = Array.isArray(sizes) ? sizes.map((n) => readInt(n, 0, 1e9)) : [];
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizeList.every((n) => n !== undefined)) {
    return broken(
      '"size" must be a list of whole numbers, one per entry of "id"',
      '"size" harus berupa daftar bilangan bulat, satu untuk setiap entri "id"',
    );
  }
  const dims = (ids as string[]).map((id, k) => readDimension(id, sizeList[k]!, holder[id]));
  const cells = (sizeList as number[]).reduce((a, b) => a * b, 1);
  const strides = dims.map((_, k) => (sizeList as number[]).slice(k + 1).reduce((a, b) => a * b, 1));

  const role = isRecord(ds.role) ? ds.role : isRecord(holder.role) ? holder.role : {};
  const roleList = (name: string) => (Array.isArray(role[name]) ? (role[name] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const timeId =
    roleList('time')[0] ??
    dims.find((d) => TIME_IDS.test(d.id))?.id ??
    dims.find((d) => d.ids.length > 0 && (d.ids.every((c) => normalizePeriod(c)) || d.labels.every((l) => normalizePeriod(textString(l)))))?.id;
  const t = timeId === undefined ? -1 : dims.findIndex((d) => d.id === timeId);
  if (t < 0) {
    const among = dims.map((d) => d.id).join(', ');
    return fail(
      `no time dimension among ${among}: expected role.time, or a dimension called "time"; ask for the table with its time dimension`,
      `tidak ada dimensi waktu di antara ${among}: seharusnya ada role.time, atau dimensi bernama "time"; minta tabel beserta dimensi waktunya`,
    );
  }
  const periods = timePeriods(dims[t]!);
  const geoId = roleList('geo')[0] ?? dims.find((d) => GEO_IDS.test(d.id))?.id;

  // value and status: dense lists or sparse objects keyed by the flat index.
  const value = ds.value;
  if (Array.isArray(value)) {
    if (value.length !== cells) {
      return broken(
        `"value" has ${value.length} entries but "size" gives ${cells} cells`,
        `"value" berisi ${value.length} entri, tetapi "size" menghasilkan ${cells} sel`,
      );
    }
  } else if (!isRecord(value)) {
    return broken(
      `"value" must be a list or an object, got ${describe(value)}`,
      `"value" harus berupa daftar atau objek, tetapi isinya ${describeId(value)}`,
    );
  }
  // Old Eurostat (wsVersion V1_1) wraps the list: {"value": [...], "category": ...}.
  const status = isRecord(ds.status) && Array.isArray(ds.status.value) ? ds.status.value : ds.status;
  const statusAt = (i: number): unknown =>
    typeof status === 'string' ? status : Array.isArray(status) ? status[i] : isRecord(status) ? status[String(i)] : undefined;
  const present: number[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value).map((k) => {
        const i = /^\d+$/.test(k) ? Number(k) : NaN;
        return i < cells
          ? i
          : broken(`"value" has the key "${k}", outside the ${cells} cells`, `"value" memiliki kunci "${k}", di luar ${cells} sel`);
      });
  const valueAt = (i: number): unknown => (Array.isArray(value) ? value[i] : (value as Json)[String(i)]);

  interface Series {
    readonly coords: number[];
    readonly cells: number[];
  }
  const groups = new Map<string, Series>();
  for (const i of present.sort((a, b) => a - b)) {
    const coords = strides.map((s, k) => Math.floor(i / s) % sizeList[k]!);
    const key = coords.filter((_, k) => k !== t).join(':');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { coords, cells: [] }));
    g.cells.push(i);
  }

  const seriesDims = dims.filter((_, k) => k !== t);
  const selectDims: Dimension[] = seriesDims.map((d) => ({ id: d.id, label: d.label }));
  const candidates: Candidate<Series>[] = [...groups.values()].map((g) => ({
    values: dims.flatMap((d, k) => (k === t ? [] : [{ id: d.ids[g.coords[k]!]!, label: d.labels[g.coords[k]!] }])),
    item: g,
  }));
  const extension = isRecord(ds.extension) ? ds.extension : {};
  const statusLabels = isRecord(extension.status) && isRecord(extension.status.label) ? extension.status.label : {};
  const datasetNotes: Note[] = (Array.isArray(ds.note) ? ds.note : []).flatMap((n) => {
    const text = noteText(n);
    return text ? [{ kind: 'footnote' as const, text }] : [];
  });
  const base = str(extension.id) ?? str(isRecord(extension.datastructure) ? extension.datastructure.id : undefined);
  // Who published it: `source`, else the copyright holder PxStat names (CSO: "Department of Finance").
  const copyright = isRecord(extension.copyright) ? str(extension.copyright.name) : undefined;
  // Eurostat's own web service (its `wsVersion` mark) names no source: it is the publisher.
  const publisher = str(ds.source) ?? copyright ?? (str(ds.wsVersion) ? 'Eurostat' : undefined);
  // Old Eurostat writes `title` and `lastUpdateDate` (epoch milliseconds) instead of `label` and `updated`.
  const datasetTitle = tableName(toText(ds.label) ?? toText(ds.title));
  const updated =
    ds.updated ??
    (typeof ds.lastUpdateDate === 'number' && Number.isFinite(ds.lastUpdateDate) ? new Date(ds.lastUpdateDate).toISOString() : undefined);

  if (!candidates.length) {
    return [finish({ format: FORMAT, id: base, title: datasetTitle, observations: [], publisher, notes: datasetNotes, updated }, options)];
  }

  return choose(selectDims, candidates, select, { format: FORMAT, onChoices: options.onChoices }).map((chosen) => {
    const g = chosen.item;
    const category = (d: Dim) => d.ids[g.coords[dims.indexOf(d)]!]!;
    // Units: the metric dimension's category.unit, else Eurostat's `unit` dimension.
    const unitDims = [...roleList('metric').map((id) => dims.find((d) => d.id === id)), ...dims].filter((d): d is Dim => !!d && d !== dims[t]);
    const withUnit = unitDims.find((d) => isRecord(d.category.unit) && isRecord(d.category.unit[category(d)]));
    const unit = withUnit ? ((withUnit.category.unit as Json)[category(withUnit)] as Json) : undefined;
    const eurostatUnit = dims.find((d) => d.id.toLowerCase() === 'unit' && d !== dims[t]);
    const position = unit?.position === 'start' || unit?.position === 'end' ? unit.position : undefined;
    const geo = dims.find((d) => d.id === geoId && d !== dims[t]);

    const notes: Note[] = [...datasetNotes];
    const flagged = new Map<string, string[]>();
    const observations = g.cells.map((i) => {
      const period = periods[Math.floor(i / strides[t]!) % sizeList[t]!]!;
      const v = valueAt(i);
      // A flag on an empty cell (Statistics Norway's ".", Eurostat's ":") says why it is empty: a gap, not a note.
      const flag = v === null || v === undefined ? undefined : statusAt(i);
      if (typeof flag === 'string' && Object.hasOwn(statusLabels, flag)) {
        const list = flagged.get(flag);
        if (list) list.push(period);
        else flagged.set(flag, [period]);
      }
      return { period, value: v, status: flag };
    });
    for (const [flag, periods] of flagged) {
      const label = toText(statusLabels[flag]);
      const valid = periods.map(normalizePeriod).filter((p): p is string => p !== undefined);
      // Named by the code as shown (Eurostat's `d` is shown as SDMX `D`).
      const code = mapStatus(flag).codes[0] ?? flag;
      if (label) notes.push({ kind: 'footnote', text: mapText(label, (l) => `${code}: ${l}`), ...(valid.length ? { periods: valid } : {}) });
    }
    const found = distinguishing(selectDims, candidates, chosen);
    return finish(
      {
        format: FORMAT,
        id: sanitizeId([base ?? baseName(options.source) ?? (textString(datasetTitle) || 'json-stat'), ...found.ids].join('.')),
        title: withSuffix(datasetTitle, found.labels),
        area: geo ? { code: category(geo), name: geo.labels[g.coords[dims.indexOf(geo)]!] ?? category(geo) } : undefined,
        unit: unit
          ? {
              // ONS writes {type: "Index", base: "Consumer Prices", label: "UK Economy"}: the type is the unit there.
              label: (/^index$/i.test(str(unit.type) ?? '') ? toText(unit.type) : undefined) ?? toText(unit.label) ?? toText(unit.base),
              symbol: str(unit.symbol),
              symbolPosition: position,
            }
          : eurostatUnit
            ? { label: eurostatUnit.labels[g.coords[dims.indexOf(eurostatUnit)]!] ?? category(eurostatUnit), code: category(eurostatUnit) }
            : undefined,
        decimals: unit ? readInt(unit.decimals, 0, 10) : undefined,
        observations,
        publisher,
        notes,
        updated,
      },
      options,
    );
  });
};
