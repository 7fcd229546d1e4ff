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
  fileName,
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
  withSuffix,
  type Json,
} from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

export const accept = 'application/json';

const FORMAT = 'JSON-stat';
const fail = failWith(FORMAT);

interface Dim {
  readonly id: string;
  readonly label?: Text | undefined;
  readonly ids: readonly string[];
  readonly labels: readonly (Text | undefined)[];
  readonly category: Json;
}

/** The dataset itself: a 2.0 dataset, or the only dataset of a 1.0 bundle. */
function dataset(message: Json): Json {
  if (message.class === 'dataset' || message.value !== undefined) return message;
  if (message.class === 'collection') return fail('this is a collection (a list of links), not a dataset; point src at one dataset');
  if (message.class === 'dimension') return fail('this is a dimension, not a dataset');
  const inner = Object.keys(message).filter((k) => isRecord(message[k]) && (message[k] as Json).value !== undefined);
  if (inner.length === 1) return message[inner[0]!] as Json;
  if (inner.length > 1) return fail(`a bundle of ${inner.length} datasets (${inner.join(', ')}); point src at one dataset`);
  return fail('"value" is missing: this is not a JSON-stat dataset');
}

function readDimension(id: string, size: number, raw: unknown): Dim {
  if (!isRecord(raw)) return fail(`dimension "${id}" is listed in "id" but missing from "dimension"`);
  const category = isRecord(raw.category) ? raw.category : fail(`dimension "${id}" has no "category"`);
  const labels = isRecord(category.label) ? category.label : {};
  let ids: string[];
  if (Array.isArray(category.index)) {
    ids = category.index.map((x) => (typeof x === 'string' ? x : fail(`dimension "${id}": category.index holds ${describe(x)}`)));
  } else if (isRecord(category.index)) {
    const index = category.index;
    ids = new Array<string>(Object.keys(index).length);
    for (const key of Object.keys(index)) {
      const pos = index[key];
      if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0 || pos >= ids.length || ids[pos] !== undefined) {
        return fail(`dimension "${id}": category.index gives "${key}" the position ${describe(pos)}`);
      }
      ids[pos] = key;
    }
  } else {
    // The index may be left out when the dimension has one category; the label then names it.
    ids = Object.keys(labels);
    if (ids.length !== 1) return fail(`dimension "${id}" has no category.index`);
  }
  if (ids.length !== size) return fail(`dimension "${id}" has ${ids.length} categories but "size" says ${size}`);
  return { id, label: toText(raw.label), ids, labels: ids.map((c) => toText(labels[c])), category };
}

const TIME_IDS = /^(time|time_period|year|period|date|tid|aika|ar|år)$/i;
const GEO_IDS = /^(geo|ref_area|area|country|region)$/i;

export const adapt: Adapter = (message, options = {}) => {
  if (!isRecord(message)) return fail(`expected a JSON object, got ${describe(message)}`);
  if (Array.isArray(message.error) && message.error.length) return fail(`the message carries errors: ${JSON.stringify(message.error).slice(0, 200)}`);
  const ds = dataset(message);
  const holder = isRecord(ds.dimension) ? ds.dimension : fail('"dimension" is missing');
  const ids = ds.id ?? holder.id;
  const sizes = ds.size ?? holder.size;
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) return fail('"id" must be a list of dimension ids');
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every((n) => Number.isInteger(n) && n >= 0)) {
    return fail('"size" must be a list of whole numbers, one per entry of "id"');
  }
  const dims = (ids as string[]).map((id, k) => readDimension(id, sizes[k] as number, holder[id]));
  const cells = (sizes as number[]).reduce((a, b) => a * b, 1);
  const strides = dims.map((_, k) => (sizes as number[]).slice(k + 1).reduce((a, b) => a * b, 1));

  const role = isRecord(ds.role) ? ds.role : isRecord(holder.role) ? holder.role : {};
  const roleList = (name: string) => (Array.isArray(role[name]) ? (role[name] as unknown[]).filter((x): x is string => typeof x === 'string') : []);
  const timeId =
    roleList('time')[0] ??
    dims.find((d) => TIME_IDS.test(d.id))?.id ??
    dims.find((d) => d.ids.length > 0 && d.ids.every((c) => normalizePeriod(c)))?.id;
  const t = timeId === undefined ? -1 : dims.findIndex((d) => d.id === timeId);
  if (t < 0) return fail('no time dimension: expected role.time, or a dimension called "time"');
  const geoId = roleList('geo')[0] ?? dims.find((d) => GEO_IDS.test(d.id))?.id;

  // value and status: dense lists or sparse objects keyed by the flat index.
  const value = ds.value;
  if (Array.isArray(value)) {
    if (value.length !== cells) return fail(`"value" has ${value.length} entries but "size" gives ${cells} cells`);
  } else if (!isRecord(value)) return fail(`"value" must be a list or an object, got ${describe(value)}`);
  const status = ds.status;
  const statusAt = (i: number): unknown =>
    typeof status === 'string' ? status : Array.isArray(status) ? status[i] : isRecord(status) ? status[String(i)] : undefined;
  const present: number[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value).map((k) => {
        const i = /^\d+$/.test(k) ? Number(k) : NaN;
        return i < cells ? i : fail(`"value" has the key "${k}", outside the ${cells} cells`);
      });
  const valueAt = (i: number): unknown => (Array.isArray(value) ? value[i] : (value as Json)[String(i)]);

  interface Series {
    readonly coords: number[];
    readonly cells: number[];
  }
  const groups = new Map<string, Series>();
  for (const i of present.sort((a, b) => a - b)) {
    const coords = strides.map((s, k) => Math.floor(i / s) % (sizes[k] as number));
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
    const text = toText(n);
    return text ? [{ kind: 'footnote' as const, text }] : [];
  });
  const base = str(extension.id) ?? str(isRecord(extension.datastructure) ? extension.datastructure.id : undefined);

  if (!candidates.length) {
    const publisher = str(ds.source);
    const title = toText(ds.label);
    return [finish({ format: FORMAT, id: base, title, observations: [], publisher, notes: datasetNotes, updated: ds.updated }, options)];
  }

  return choose(selectDims, candidates, options.select, { format: FORMAT }).map((chosen) => {
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
      const period = dims[t]!.ids[Math.floor(i / strides[t]!) % (sizes[t] as number)]!;
      const flag = statusAt(i);
      if (typeof flag === 'string' && Object.hasOwn(statusLabels, flag)) flagged.set(flag, [...(flagged.get(flag) ?? []), period]);
      return { period, value: valueAt(i), status: flag };
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
        id: sanitizeId([base ?? fileName(options.source) ?? (textString(toText(ds.label)) || 'json-stat'), ...found.ids].join('.')),
        title: withSuffix(toText(ds.label), found.labels),
        area: geo ? { code: category(geo), name: geo.labels[g.coords[dims.indexOf(geo)]!] ?? category(geo) } : undefined,
        unit: unit
          ? { label: toText(unit.label) ?? toText(unit.base), symbol: str(unit.symbol), symbolPosition: position }
          : eurostatUnit
            ? { label: eurostatUnit.labels[g.coords[dims.indexOf(eurostatUnit)]!] ?? category(eurostatUnit), code: category(eurostatUnit) }
            : undefined,
        decimals: unit ? readInt(unit.decimals, 0, 10) : undefined,
        observations,
        publisher: str(ds.source),
        notes,
        updated: ds.updated,
      },
      options,
    );
  });
};
