/**
 * SDMX-JSON data messages, 1.0 and 2.x: `meta` + `data.structure` (1.0) or `data.structures[]`
 * with `dataSets[].structure` pointing into it (2.x). Both layouts: series
 * (`dataSets[].series["0:1:0"].observations["5"]`) and flat AllDimensions
 * (`dataSets[].observations["0:0:0:5"]`). Keys are decoded through the structure's dimensions at
 * each level.
 *
 * Attributes are looked up at observation, series, dimension-group (2.0) and dataSet level, the
 * nearer level first, with the structure's `default` for one left out. Read: UNIT_MEASURE (unit),
 * UNIT_MULT (multiplier), DECIMALS, OBS_STATUS (any code, as status), LOWER_BOUND/UPPER_BOUND
 * (when numeric), TITLE, series and observation annotations (notes). Not read: measures other
 * than the first (2.0 allows several; the first is the indicator's value).
 */
import type { Note, Text } from '../data/schema.js';
import { type Adapter, failWith } from './adapter.js';
import {
  describe,
  describeId,
  finish,
  isRecord,
  joinText,
  mapStatus,
  mapText,
  normalizePeriod,
  readNumber,
  sanitizeId,
  str,
  textString,
  toText,
  withSuffix,
  type Json,
  type RawObservation,
} from './defaults.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

/** Series keys repeated in the text (ILOSTAT writes one per observation) merge rather than overwrite. */
export { parseMerging as parse } from './json-merge.js';

export const accept = 'application/vnd.sdmx.data+json;version=2.0.0, application/vnd.sdmx.data+json;version=1.0.0;q=0.9, application/json;q=0.5';

const FORMAT = 'SDMX-JSON';
const fail = failWith(FORMAT);

/** A file that is not an SDMX-JSON data message: said with what to do. */
const notSdmx = (en: string, id: string): never =>
  fail(`${en}; check that src points at an SDMX-JSON data message`, `${id}; periksa apakah src mengarah ke pesan data SDMX-JSON`);
/** A message that breaks the format's own rules: only its publisher can mend it. */
const broken = (en: string, id: string): never => fail(`${en}; report the message to its publisher`, `${id}; laporkan pesan ini ke penerbitnya`);

interface Value {
  readonly id: string;
  readonly label?: Text | undefined;
}

interface Component {
  readonly id: string;
  readonly label?: Text | undefined;
  readonly roles: readonly string[];
  readonly keyPosition?: number | undefined;
  readonly values: readonly Value[];
  readonly fallback?: unknown;
}

type Level = 'dataSet' | 'series' | 'observation';
const LEVELS: readonly Level[] = ['dataSet', 'series', 'observation'];

interface Structure {
  readonly name?: Text | undefined;
  readonly dims: Record<Level, Component[]>;
  readonly attrs: Record<Level, Component[]>;
  /** 2.0 attributes attached to some dimensions only, valued in `dataSets[].dimensionGroupAttributes`. */
  readonly groupAttrs: readonly Component[];
  readonly measures: number;
  readonly annotations: readonly unknown[];
  readonly flow?: string | undefined;
}

/** 2.0 writes `name` (best language) beside `names` (all of them); 1.0 writes `name` as either. */
const nameOf = (x: Json): Text | undefined => toText(x.names) ?? toText(x.name);

function component(x: unknown, where: string): Component {
  if (!isRecord(x) || typeof x.id !== 'string') return broken(`${where} is not a component with an "id"`, `${where} bukan komponen dengan "id"`);
  const values = Array.isArray(x.values) ? x.values : [];
  return {
    id: x.id,
    label: nameOf(x),
    roles: (Array.isArray(x.roles) ? x.roles : [x.role]).filter((r): r is string => typeof r === 'string'),
    keyPosition: typeof x.keyPosition === 'number' ? x.keyPosition : undefined,
    values: values.map((v, i) => {
      // Coded values have an id; 2.0 uncoded attribute values have `value` instead. A `null`
      // entry (the TWG's own sample starts OBS_STATUS with one) is a value that says nothing.
      if (v === null) return { id: '' };
      if (!isRecord(v)) return broken(`${where}.values[${i}] is not an object`, `${where}.values[${i}] bukan objek`);
      const id = str(v.id) ?? str(v.value) ?? textString(toText(v.value));
      return { id, label: nameOf(v) ?? toText(v.value) };
    }),
    fallback: x.default,
  };
}

function components(group: unknown, where: string): Record<Level, Component[]> {
  const g = isRecord(group) ? group : {};
  const out = {} as Record<Level, Component[]>;
  for (const level of LEVELS) {
    // 1.0 messages in the wild write `dataset`; the specification writes `dataSet`.
    const list = g[level] ?? (level === 'dataSet' ? g.dataset : undefined);
    if (list !== undefined && !Array.isArray(list)) broken(`${where}.${level} is not a list`, `${where}.${level} bukan daftar`);
    out[level] = ((list as unknown[] | undefined) ?? []).map((c, i) => component(c, `${where}.${level}[${i}]`));
  }
  return out;
}

function readStructure(x: unknown, where: string): Structure {
  if (!isRecord(x)) return broken(`${where} is not an object`, `${where} bukan objek`);
  if (!isRecord(x.dimensions)) return broken(`${where}.dimensions is missing`, `${where}.dimensions tidak ada`);
  const links = Array.isArray(x.links) ? x.links.filter(isRecord) : [];
  const flowUrn = links.map((l) => str(l.urn)).find((u) => u && /Dataflow=/i.test(u));
  return {
    name: nameOf(x),
    dims: components(x.dimensions, `${where}.dimensions`),
    attrs: components(x.attributes, `${where}.attributes`),
    groupAttrs:
      isRecord(x.attributes) && Array.isArray(x.attributes.dimensionGroup)
        ? x.attributes.dimensionGroup.map((c, i) => component(c, `${where}.attributes.dimensionGroup[${i}]`))
        : [],
    measures: isRecord(x.measures) && Array.isArray(x.measures.observation) && x.measures.observation.length ? x.measures.observation.length : 1,
    annotations: Array.isArray(x.annotations) ? x.annotations : [],
    flow: flowUrn ? /Dataflow=([^\s]+)$/i.exec(flowUrn)?.[1] : undefined,
  };
}

const KEY_ID = { series: 'kunci seri', observation: 'kunci pengamatan' } as const;

/** `"0:1:0"` as value indices, checked against the dimensions at that level. */
function parseKey(key: string, dims: readonly Component[], what: keyof typeof KEY_ID): number[] {
  const parts = key === '' ? [] : key.split(':');
  if (parts.length !== dims.length) {
    broken(
      `${what} key "${key}" has ${parts.length} positions; the structure has ${dims.length} dimensions there`,
      `${KEY_ID[what]} "${key}" terdiri atas ${parts.length} posisi; struktur pesan memiliki ${dims.length} dimensi di tingkat itu`,
    );
  }
  return parts.map((p, i) => {
    const n = /^\d+$/.test(p) ? Number(p) : NaN;
    const dim = dims[i]!;
    if (!(n < dim.values.length)) {
      broken(
        `${what} key "${key}": ${dim.id} has ${dim.values.length} values, no value ${p}`,
        `${KEY_ID[what]} "${key}": ${dim.id} memiliki ${dim.values.length} nilai, tidak ada nilai ${p}`,
      );
    }
    return n;
  });
}

const UNIT_CONCEPTS = new Set(['UNIT_MEASURE', 'UNIT_MULT', 'UNIT', 'UNIT_MEAS']);

/** An attribute's value from the indices written at one level (or its default). */
function attributeValue(comp: Component, written: unknown): Value | undefined {
  if (written === null || written === undefined) {
    // ILOSTAT lists one unit (PT, "Percentage") and then writes null on every series: a unit with
    // a single possible value is that value (only for the unit concepts, where nothing else fits).
    if ((comp.fallback === undefined || comp.fallback === null) && comp.values.length === 1 && UNIT_CONCEPTS.has(comp.id)) return comp.values[0];
    if (comp.fallback === undefined || comp.fallback === null) return undefined;
    const id = String(comp.fallback);
    return comp.values.find((v) => v.id === id) ?? { id };
  }
  if (typeof written === 'number' && Number.isInteger(written) && comp.values.length) {
    const v = comp.values[written];
    if (!v) {
      broken(
        `attribute ${comp.id} has ${comp.values.length} values, no value ${written}`,
        `atribut ${comp.id} memiliki ${comp.values.length} nilai, tidak ada nilai ${written}`,
      );
    }
    return v;
  }
  // 2.0 may write an uncoded value itself (a number, for an attribute with no code list).
  const id = str(written) ?? textString(toText(written));
  return id ? { id, label: toText(written) } : undefined;
}

interface Obs {
  readonly dims: ReadonlyMap<string, Value>;
  readonly value: unknown;
  readonly attrs: ReadonlyMap<string, Value>;
  readonly notes: readonly Text[];
}

interface Series {
  readonly key: string;
  readonly dimValues: ReadonlyMap<string, Value>;
  readonly notes: readonly Text[];
  readonly obs: Obs[];
}

function annotationTexts(indices: unknown, structure: Structure): Text[] {
  if (!Array.isArray(indices)) return [];
  return indices.flatMap((i) => {
    const a = typeof i === 'number' ? structure.annotations[i] : undefined;
    const text = isRecord(a) ? (toText(a.texts) ?? toText(a.text)) : undefined;
    return text ? [text] : [];
  });
}

function levelAttributes(comps: readonly Component[], written: unknown): Map<string, Value> {
  const out = new Map<string, Value>();
  const list = Array.isArray(written) ? written : [];
  comps.forEach((c, i) => {
    const v = attributeValue(c, list[i]);
    if (v) out.set(c.id, v);
  });
  return out;
}

/** At most this many kinds of group key (which dimensions a key fixes); each costs a lookup per observation. */
const MAX_GROUP_SHAPES = 64;

/**
 * 2.0 `dimensionGroupAttributes`, indexed for a lookup per observation: keys have one slot per
 * dimension, empty slots matching any value (`":0::"`). Where UNIT_MEASURE usually lives in .Stat
 * Suite and IMF messages, since it depends on some dimensions only. Publishers order the slots
 * by keyPosition or as the dimensions are listed (series, then observation); the order under
 * which every key reads is the one taken.
 *
 * Keys are grouped by the slots they fix, and each group is a map from the fixed values to the
 * attributes: an observation costs one lookup per kind of key, never one test per key (751 KB
 * of group attributes once took 4 s).
 */
interface GroupIndex {
  readonly shapes: readonly { readonly dims: readonly string[]; readonly byValues: ReadonlyMap<string, ReadonlyMap<string, Value>> }[];
}

function dimensionGroups(written: unknown, structure: Structure): GroupIndex {
  if (!isRecord(written)) return { shapes: [] };
  const { dims } = structure;
  const listed = [...dims.series, ...dims.observation];
  const all = [...dims.dataSet, ...dims.series, ...dims.observation];
  const byPosition = all.every((c) => c.keyPosition !== undefined) ? [...all].sort((a, b) => a.keyPosition! - b.keyPosition!) : all;
  const keys = Object.keys(written);
  const reads = (slots: readonly Component[]) =>
    keys.every((key) => {
      const parts = key.split(':');
      return parts.length === slots.length && parts.every((p, i) => p === '' || (/^\d+$/.test(p) && Number(p) < slots[i]!.values.length));
    });
  const slots = [byPosition, listed, all].find(reads);
  if (!slots) {
    const bad = keys.find((k) => k.split(':').length !== listed.length && k.split(':').length !== all.length) ?? keys[0];
    const ids = listed.map((c) => c.id).join(', ');
    return broken(
      `dimensionGroupAttributes key "${bad}" fits the dimensions neither by keyPosition nor as listed (${ids})`,
      `kunci dimensionGroupAttributes "${bad}" tidak cocok dengan dimensi, baik menurut keyPosition maupun menurut urutan daftarnya (${ids})`,
    );
  }
  const shapes = new Map<string, { dims: string[]; byValues: Map<string, Map<string, Value>> }>();
  for (const key of keys) {
    const parts = key.split(':');
    const fixed = parts.map((p, i) => (p === '' ? -1 : i)).filter((i) => i >= 0);
    const shapeId = fixed.join(',');
    let shape = shapes.get(shapeId);
    if (!shape) {
      if (shapes.size >= MAX_GROUP_SHAPES) {
        fail(
          `dimensionGroupAttributes has more than ${MAX_GROUP_SHAPES} kinds of key; Indikator reads at most ${MAX_GROUP_SHAPES}; narrow the query in src`,
          `dimensionGroupAttributes memiliki lebih dari ${MAX_GROUP_SHAPES} jenis kunci; Indikator hanya membaca ${MAX_GROUP_SHAPES}; persempit kueri pada src`,
        );
      }
      shapes.set(shapeId, (shape = { dims: fixed.map((i) => slots[i]!.id), byValues: new Map() }));
    }
    const values = fixed.map((i) => slots[i]!.values[Number(parts[i])]!.id).join('\u0000');
    shape.byValues.set(values, levelAttributes(structure.groupAttrs, written[key]));
  }
  return { shapes: [...shapes.values()] };
}

/** The group attributes that apply to an observation with these dimension values. */
function groupAttributes(index: GroupIndex, dims: ReadonlyMap<string, Value>): [string, Value][] {
  const out: [string, Value][] = [];
  for (const shape of index.shapes) {
    const found = shape.byValues.get(shape.dims.map((id) => dims.get(id)?.id ?? '').join('\u0000'));
    if (found) out.push(...found);
  }
  return out;
}

/** Every observation of the message, decoded to dimension and attribute values, grouped by series. */
function decode(dataSets: readonly unknown[], structures: readonly Structure[]): { structure: Structure; series: Map<string, Series> } {
  const first = isRecord(dataSets[0]) ? dataSets[0] : {};
  const structureIndex = typeof first.structure === 'number' ? first.structure : 0;
  const structure =
    structures[structureIndex] ??
    broken(
      `dataSets[0].structure points to structure ${structureIndex}, which is not there`,
      `dataSets[0].structure menunjuk ke struktur ${structureIndex}, yang tidak ada`,
    );
  const { dims, attrs } = structure;
  const only = [...dims.dataSet, ...dims.series, ...dims.observation].map((c) => c.id).join(', ');
  const time =
    [...dims.dataSet, ...dims.series, ...dims.observation].find(isTime) ??
    fail(
      `the message has no time dimension (TIME_PERIOD), only ${only}: it is a cross-section, not a series over time; ask the API for a query with TIME_PERIOD`,
      `pesan ini tidak memiliki dimensi waktu (TIME_PERIOD), hanya ${only}: isinya data satu titik waktu (cross-section), bukan seri menurut waktu; ` +
        'minta kueri dengan TIME_PERIOD ke API',
    );
  const series = new Map<string, Series>();

  dataSets.forEach((ds, d) => {
    if (!isRecord(ds)) return broken(`dataSets[${d}] is not an object`, `dataSets[${d}] bukan objek`);
    if ((typeof ds.structure === 'number' ? ds.structure : 0) !== structureIndex) {
      fail(
        `dataSets[${d}] uses another structure; one structure per message is read; ask for one dataflow per query`,
        `dataSets[${d}] memakai struktur lain; hanya satu struktur per pesan yang dibaca; minta satu dataflow per kueri`,
      );
    }
    const noValue = (c: Component) => broken(`dataSet dimension ${c.id} has no value`, `dimensi dataSet ${c.id} tidak memiliki nilai`);
    const dsDims = new Map(dims.dataSet.map((c) => [c.id, c.values[0] ?? noValue(c)] as const));
    const dsAttrs = levelAttributes(attrs.dataSet, ds.attributes);
    const groups = dimensionGroups(ds.dimensionGroupAttributes, structure);
    const seriesList: [string, unknown][] = isRecord(ds.series)
      ? Object.entries(ds.series)
      : isRecord(ds.observations)
        ? [['', { observations: ds.observations }]]
        : ds.series === undefined && ds.observations === undefined
          ? []
          : broken(
              `dataSets[${d}] has neither a "series" object nor an "observations" object`,
              `dataSets[${d}] tidak memiliki objek "series" maupun objek "observations"`,
            );
    for (const [seriesKey, s] of seriesList) {
      if (!isRecord(s)) return broken(`series "${seriesKey}" is not an object`, `seri "${seriesKey}" bukan objek`);
      const flat = !isRecord(ds.series);
      const sIdx = flat ? [] : parseKey(seriesKey, dims.series, 'series');
      const sDims = new Map(dsDims);
      dims.series.forEach((c, i) => sDims.set(c.id, c.values[sIdx[i]!]!));
      const sAttrs = levelAttributes(attrs.series, s.attributes);
      const sNotes = annotationTexts(s.annotations, structure);
      if (s.observations !== undefined && !isRecord(s.observations)) {
        broken(`series "${seriesKey}".observations is not an object`, `observations pada seri "${seriesKey}" bukan objek`);
      }
      for (const [obsKey, o] of Object.entries((s.observations as Json | undefined) ?? {})) {
        if (!Array.isArray(o)) return broken(`observation "${obsKey}" is not an array`, `pengamatan "${obsKey}" bukan array`);
        // A flat data set beside series ones (2.0 lets each data set choose) keys its observations
        // by the series dimensions too: "0:0" is CURRENCY 0, TIME_PERIOD 0.
        const oComps =
          flat && obsKey.split(':').length === dims.series.length + dims.observation.length
            ? [...dims.series, ...dims.observation]
            : dims.observation;
        const oIdx = parseKey(obsKey, oComps, 'observation');
        const oDims = new Map(sDims);
        oComps.forEach((c, i) => oDims.set(c.id, c.values[oIdx[i]!]!));
        const n = attrs.observation.length;
        // The nearer level wins: observation, series, dimension group, dataSet.
        const gAttrs = groupAttributes(groups, oDims);
        const own = levelAttributes(attrs.observation, o.slice(structure.measures, structure.measures + n));
        const oAttrs = new Map([...dsAttrs, ...gAttrs, ...sAttrs, ...own]);
        const seriesDims = new Map([...oDims].filter(([id]) => id !== time.id));
        const key = [...seriesDims.values()].map((v) => v.id).join('\u0000');
        let entry = series.get(key);
        if (!entry) series.set(key, (entry = { key, dimValues: seriesDims, notes: sNotes, obs: [] }));
        entry.obs.push({ dims: oDims, value: o[0], attrs: oAttrs, notes: annotationTexts(o.slice(structure.measures + n), structure) });
      }
    }
  });
  return { structure, series };
}

/** Dimensions that say what is measured, by role or by the ids agencies give them. */
const MEASURE_DIMENSIONS = ['INDICATOR', 'SERIES', 'MEASURE', 'SUBJECT', 'VARIABLE', 'TRANSACT', 'NA_ITEM', 'INDIC', 'CONCEPT', 'ITEM', 'STATISTIC'];

const isTime = (c: Component) => c.id === 'TIME_PERIOD' || c.id === 'TIME' || c.roles.some((r) => r === 'TIME_PERIOD' || r.toLowerCase() === 'time');
const hasRole = (c: Component, ...names: string[]) => names.includes(c.id) || c.roles.some((r) => names.includes(r));

/**
 * The series' value for a concept: an attribute at any level of any observation, or a dimension,
 * under any of the ids publishers give it (OECD .Stat: UNIT, POWERCODE; IMF: UNIT, SCALE).
 */
function concept(series: Series, ...ids: string[]): Value | undefined {
  for (const id of ids) {
    for (const o of series.obs) {
      const v = o.attrs.get(id) ?? o.dims.get(id);
      if (v) return v;
    }
  }
  return undefined;
}

const numeric = (v: Value | undefined) => (v ? (readNumber(v.id) ?? readNumber(textString(v.label))) : undefined);

function publisherOf(message: Json, structure: Structure): string | undefined {
  // 1.0 and 2.x write `meta.sender`; the drafts before 1.0 (OECD's first API) wrote `header.sender`.
  const head = isRecord(message.meta) ? message.meta : isRecord(message.header) ? message.header : undefined;
  const sender = head && isRecord(head.sender) ? head.sender : undefined;
  const name = sender ? textString(toText(sender.names) ?? toText(sender.name)) : '';
  // .Stat writes "unknown" when it has no name for itself.
  if (name && name.toLowerCase() !== 'unknown') return name;
  return structure.flow?.split(':')[0];
}

/** Error objects of 1.0 (`error`) and 2.0 (`errors[]`), as one sentence. */
function errorText(message: Json): string | undefined {
  const list = Array.isArray(message.errors) ? message.errors : isRecord(message.error) ? [message.error] : [];
  const texts = list.filter(isRecord).map((e) => {
    const parts = [str(e.code), textString(toText(e.titles) ?? toText(e.title)), textString(toText(e.details) ?? toText(e.detail))];
    return parts.filter(Boolean).join(' ');
  });
  return texts.length ? texts.join('; ') : undefined;
}

export const adapt: Adapter = (message, options = {}) => {
  if (!isRecord(message)) {
    return notSdmx(
      `expected a JSON object with "data", got ${describe(message)}`,
      `seharusnya objek JSON dengan "data", tetapi isinya ${describeId(message)}`,
    );
  }
  const data = isRecord(message.data) ? message.data : Array.isArray(message.dataSets) ? message : undefined;
  const error = errorText(message);
  if (!data && error) {
    return fail(
      `the message carries an error instead of data: ${error}; check the query in src`,
      `pesan ini berisi kesalahan, bukan data: ${error}; periksa kueri pada src`,
    );
  }
  if (!data) return notSdmx('"data" is missing', '"data" tidak ada');
  const rawStructures = Array.isArray(data.structures) ? data.structures : data.structure !== undefined ? [data.structure] : undefined;
  if (!rawStructures?.length) {
    return fail(
      'no structure: expected data.structure (1.0) or data.structures (2.0); ask the API for SDMX-JSON with its structure',
      'tidak ada struktur: seharusnya ada data.structure (1.0) atau data.structures (2.0); minta SDMX-JSON beserta strukturnya dari API',
    );
  }
  if (!Array.isArray(data.dataSets) || !data.dataSets.length) {
    return fail('data.dataSets is missing or empty; check the query in src', 'data.dataSets tidak ada atau kosong; periksa kueri pada src');
  }
  const structures = rawStructures.map((s, i) => readStructure(s, Array.isArray(data.structures) ? `data.structures[${i}]` : 'data.structure'));
  const { structure, series } = decode(data.dataSets, structures);

  // Dimensions in key order (keyPosition when every dimension has one), the time dimension left out.
  const all = [...structure.dims.dataSet, ...structure.dims.series, ...structure.dims.observation];
  if (all.every((c) => c.keyPosition !== undefined)) all.sort((a, b) => a.keyPosition! - b.keyPosition!);
  const dims = all.filter((c) => !isTime(c));
  const selectDims: Dimension[] = dims.map((c) => ({ id: c.id, label: c.label }));
  const candidates: Candidate<Series>[] = [...series.values()].map((s) => ({ values: dims.map((c) => s.dimValues.get(c.id)!), item: s }));
  const publisher = publisherOf(message, structure);
  // A query that matched nothing: a document without observations (the element's empty state).
  if (!candidates.length) return [finish({ format: FORMAT, title: structure.name, observations: [], publisher }, options)];
  const time = all.find(isTime)!;

  return choose(selectDims, candidates, options.select, { format: FORMAT }).map((chosen) => {
    const s = chosen.item;
    const key = chosen.values.map((v) => v.id).join('.');
    const seriesTitle = concept(s, 'TITLE');
    // The title names what is measured: the series' TITLE, else the value of its indicator or
    // measure dimension ("Current account balance, value", not the dataflow "Economic Outlook
    // No 98"), then what tells the series apart, totals left out.
    const measure = dims.find((c) => hasRole(c, ...MEASURE_DIMENSIONS)) ?? dims.find((c) => MEASURE_DIMENSIONS.includes(c.id));
    const base = seriesTitle
      ? (seriesTitle.label ?? seriesTitle.id)
      : measure
        ? (s.dimValues.get(measure.id)?.label ?? s.dimValues.get(measure.id)?.id)
        : undefined;
    const suffix = seriesTitle
      ? []
      : distinguishing(
          selectDims.filter((d) => d.id !== measure?.id),
          candidates.map((x) => ({ ...x, values: x.values.filter((_, i) => dims[i]!.id !== measure?.id) })),
          { ...chosen, values: chosen.values.filter((_, i) => dims[i]!.id !== measure?.id) },
        ).labels;
    const title = withSuffix(base ?? structure.name, suffix);
    const area = dims.find((c) => hasRole(c, 'REF_AREA', 'GEO', 'GEO_AREA', 'COUNTRY'));
    const areaValue = area ? s.dimValues.get(area.id) : undefined;
    const unit = concept(s, 'UNIT_MEASURE', 'UNIT', 'UNIT_MEAS');
    const freq = dims.find((c) => hasRole(c, 'FREQ', 'FREQUENCY'));

    const statusLabels = new Map<string, { label: Text; periods: string[] }>();
    const observations: RawObservation[] = s.obs.map((o) => {
      // A is SDMX's "normal value": no flag at all.
      const written = o.attrs.get('OBS_STATUS');
      const status = written && written.id !== 'A' && written.id !== '' ? written : undefined;
      const period = o.dims.get(time.id)!.id;
      // A flag on a missing value is the reason for the gap, not a note to mark (60 markers once).
      if (status?.label && o.value !== null && o.value !== undefined) {
        // Carry the publisher's meaning of a flag ("EX: Excluded from IGME"); A is SDMX's normal value.
        const code = mapStatus(status.id).codes[0];
        if (code) {
          const entry = statusLabels.get(code) ?? { label: mapText(status.label, (t) => `${code}: ${t}`), periods: [] };
          entry.periods.push(period);
          statusLabels.set(code, entry);
        }
      }
      const lower = numeric(o.attrs.get('LOWER_BOUND'));
      const upper = numeric(o.attrs.get('UPPER_BOUND'));
      return {
        period,
        value: o.value,
        status: status?.id,
        ...(typeof lower === 'number' ? { lower } : {}),
        ...(typeof upper === 'number' ? { upper } : {}),
        note: o.notes.length ? joinText(o.notes, ' ') : undefined,
      };
    });
    const notes: Note[] = s.notes.map((text) => ({ kind: 'footnote', text }));
    for (const { label, periods } of statusLabels.values()) {
      const valid = periods.map(normalizePeriod).filter((p): p is string => p !== undefined);
      notes.push({ kind: 'footnote', text: label, ...(valid.length ? { periods: valid } : {}) });
    }

    return finish(
      {
        format: FORMAT,
        id: sanitizeId(structure.flow ? `${structure.flow.replace(/\(.*\)$/, '')}.${key}` : key),
        title,
        area: areaValue && areaValue.id ? { code: areaValue.id, name: areaValue.label ?? areaValue.id } : undefined,
        codes: [{ system: 'SDMX', code: structure.flow ? `${structure.flow}/${key}` : key }],
        unit: { label: unit ? (unit.label ?? unit.id) : undefined, code: unit?.id, multiplier: concept(s, 'UNIT_MULT', 'POWERCODE', 'SCALE')?.id },
        decimals: concept(s, 'DECIMALS', 'DECIMALS_DISPLAYED')?.id,
        frequency: freq ? s.dimValues.get(freq.id)?.id : undefined,
        observations,
        publisher,
        notes,
      },
      options,
    );
  });
};
