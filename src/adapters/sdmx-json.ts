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

export const accept =
  'application/vnd.sdmx.data+json;version=2.0.0, application/vnd.sdmx.data+json;version=1.0.0;q=0.9, application/json;q=0.5';

const FORMAT = 'SDMX-JSON';
const fail = failWith(FORMAT);

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
  if (!isRecord(x) || typeof x.id !== 'string') return fail(`${where} is not a component with an "id"`);
  const values = Array.isArray(x.values) ? x.values : [];
  return {
    id: x.id,
    label: nameOf(x),
    roles: (Array.isArray(x.roles) ? x.roles : [x.role]).filter((r): r is string => typeof r === 'string'),
    keyPosition: typeof x.keyPosition === 'number' ? x.keyPosition : undefined,
    values: values.map((v, i) => {
      // Coded values have an id; 2.0 uncoded attribute values have `value` instead.
      if (!isRecord(v)) return fail(`${where}.values[${i}] is not an object`);
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
    if (list !== undefined && !Array.isArray(list)) fail(`${where}.${level} is not a list`);
    out[level] = ((list as unknown[] | undefined) ?? []).map((c, i) => component(c, `${where}.${level}[${i}]`));
  }
  return out;
}

function readStructure(x: unknown, where: string): Structure {
  if (!isRecord(x)) return fail(`${where} is not an object`);
  if (!isRecord(x.dimensions)) return fail(`${where}.dimensions is missing`);
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

/** `"0:1:0"` as value indices, checked against the dimensions at that level. */
function parseKey(key: string, dims: readonly Component[], what: string): number[] {
  const parts = key === '' ? [] : key.split(':');
  if (parts.length !== dims.length) fail(`${what} key "${key}" has ${parts.length} positions; the structure has ${dims.length} dimensions there`);
  return parts.map((p, i) => {
    const n = /^\d+$/.test(p) ? Number(p) : NaN;
    const dim = dims[i]!;
    if (!(n < dim.values.length)) fail(`${what} key "${key}": ${dim.id} has ${dim.values.length} values, no value ${p}`);
    return n;
  });
}

/** An attribute's value from the indices written at one level (or its default). */
function attributeValue(comp: Component, written: unknown): Value | undefined {
  if (written === null || written === undefined) {
    if (comp.fallback === undefined || comp.fallback === null) return undefined;
    const id = String(comp.fallback);
    return comp.values.find((v) => v.id === id) ?? { id };
  }
  if (typeof written === 'number' && Number.isInteger(written)) {
    const v = comp.values[written];
    if (!v) fail(`attribute ${comp.id} has ${comp.values.length} values, no value ${written}`);
    return v;
  }
  // 2.0 may write an uncoded value itself.
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

interface Group {
  /** The dimension values the group's key fixes. */
  readonly where: readonly (readonly [string, Value])[];
  readonly attrs: ReadonlyMap<string, Value>;
}

/**
 * 2.0 `dimensionGroupAttributes`: keys with one slot per dimension, in series-key order with the
 * observation dimension last (`":0::"`); empty slots match any value. Where UNIT_MEASURE usually
 * lives in .Stat Suite and IMF messages, since it depends on some dimensions only.
 */
function dimensionGroups(written: unknown, structure: Structure): Group[] {
  if (!isRecord(written)) return [];
  const { dims } = structure;
  const bySeries = [...dims.series, ...dims.observation];
  const all = [...dims.dataSet, ...dims.series, ...dims.observation];
  if (all.every((c) => c.keyPosition !== undefined)) all.sort((a, b) => a.keyPosition! - b.keyPosition!);
  return Object.keys(written).map((key) => {
    const parts = key.split(':');
    const slots =
      parts.length === bySeries.length
        ? bySeries
        : parts.length === all.length
          ? all
          : fail(`dimensionGroupAttributes key "${key}" has ${parts.length} positions; the structure has ${bySeries.length} dimensions`);
    const where = parts.flatMap((p, i) => {
      if (p === '') return [];
      const dim = slots[i]!;
      const v = /^\d+$/.test(p) ? dim.values[Number(p)] : undefined;
      return v ? [[dim.id, v] as const] : fail(`dimensionGroupAttributes key "${key}": ${dim.id} has ${dim.values.length} values, no value ${p}`);
    });
    return { where, attrs: levelAttributes(structure.groupAttrs, written[key]) };
  });
}

/** Every observation of the message, decoded to dimension and attribute values, grouped by series. */
function decode(dataSets: readonly unknown[], structures: readonly Structure[]): { structure: Structure; series: Map<string, Series> } {
  const first = isRecord(dataSets[0]) ? dataSets[0] : {};
  const structureIndex = typeof first.structure === 'number' ? first.structure : 0;
  const structure = structures[structureIndex] ?? fail(`dataSets[0].structure points to structure ${structureIndex}, which is not there`);
  const { dims, attrs } = structure;
  const time = [...dims.dataSet, ...dims.series, ...dims.observation].find(isTime) ?? fail('no TIME_PERIOD dimension');
  const series = new Map<string, Series>();

  dataSets.forEach((ds, d) => {
    if (!isRecord(ds)) return fail(`dataSets[${d}] is not an object`);
    if ((typeof ds.structure === 'number' ? ds.structure : 0) !== structureIndex) {
      fail(`dataSets[${d}] uses another structure; one structure per message is read`);
    }
    const dsDims = new Map(dims.dataSet.map((c) => [c.id, c.values[0] ?? fail(`dataSet dimension ${c.id} has no value`)] as const));
    const dsAttrs = levelAttributes(attrs.dataSet, ds.attributes);
    const groups = dimensionGroups(ds.dimensionGroupAttributes, structure);
    const seriesList: [string, unknown][] = isRecord(ds.series)
      ? Object.entries(ds.series)
      : isRecord(ds.observations)
        ? [['', { observations: ds.observations }]]
        : ds.series === undefined && ds.observations === undefined
          ? []
          : fail(`dataSets[${d}] has neither a "series" object nor an "observations" object`);
    for (const [seriesKey, s] of seriesList) {
      if (!isRecord(s)) return fail(`series "${seriesKey}" is not an object`);
      const flat = !isRecord(ds.series);
      const sIdx = flat ? [] : parseKey(seriesKey, dims.series, 'series');
      const sDims = new Map(dsDims);
      dims.series.forEach((c, i) => sDims.set(c.id, c.values[sIdx[i]!]!));
      const sAttrs = levelAttributes(attrs.series, s.attributes);
      const sNotes = annotationTexts(s.annotations, structure);
      if (s.observations !== undefined && !isRecord(s.observations)) fail(`series "${seriesKey}".observations is not an object`);
      for (const [obsKey, o] of Object.entries((s.observations as Json | undefined) ?? {})) {
        if (!Array.isArray(o)) return fail(`observation "${obsKey}" is not an array`);
        const oIdx = parseKey(obsKey, dims.observation, 'observation');
        const oDims = new Map(sDims);
        dims.observation.forEach((c, i) => oDims.set(c.id, c.values[oIdx[i]!]!));
        const n = attrs.observation.length;
        // The nearer level wins: observation, series, dimension group, dataSet.
        const gAttrs = groups.filter((g) => g.where.every(([id, v]) => oDims.get(id) === v)).flatMap((g) => [...g.attrs]);
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

const numeric = (v: Value | undefined) => (v ? readNumber(v.id) ?? readNumber(textString(v.label)) : undefined);

function publisherOf(message: Json, structure: Structure): string | undefined {
  const sender = isRecord(message.meta) && isRecord(message.meta.sender) ? message.meta.sender : undefined;
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
  if (!isRecord(message)) return fail(`expected a JSON object with "data", got ${describe(message)}`);
  const data = isRecord(message.data) ? message.data : Array.isArray(message.dataSets) ? message : undefined;
  if (!data) return fail(errorText(message) ? `the message carries an error instead of data: ${errorText(message)}` : '"data" is missing');
  const rawStructures = Array.isArray(data.structures) ? data.structures : data.structure !== undefined ? [data.structure] : undefined;
  if (!rawStructures?.length) return fail('no structure: expected data.structure (1.0) or data.structures (2.0)');
  if (!Array.isArray(data.dataSets) || !data.dataSets.length) return fail('data.dataSets is missing or empty');
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
    // One indicator in the whole message: its name is the best title (UNICEF: "Mortality Rate Under 5").
    const single = (c: Component) => new Set(candidates.map((x) => x.item.dimValues.get(c.id)?.id)).size === 1;
    const indicator = dims.find((c) => hasRole(c, 'INDICATOR', 'SERIES') && single(c));
    const base = seriesTitle ? (seriesTitle.label ?? seriesTitle.id) : indicator ? s.dimValues.get(indicator.id)?.label : undefined;
    const suffix = seriesTitle ? [] : distinguishing(selectDims, candidates, chosen).labels;
    const title = withSuffix(base ?? structure.name, suffix);
    const area = dims.find((c) => hasRole(c, 'REF_AREA', 'GEO', 'GEO_AREA', 'COUNTRY'));
    const areaValue = area ? s.dimValues.get(area.id) : undefined;
    const unit = concept(s, 'UNIT_MEASURE', 'UNIT', 'UNIT_MEAS');
    const freq = dims.find((c) => hasRole(c, 'FREQ', 'FREQUENCY'));

    const statusLabels = new Map<string, { label: Text; periods: string[] }>();
    const observations: RawObservation[] = s.obs.map((o) => {
      const status = o.attrs.get('OBS_STATUS');
      const period = o.dims.get(time.id)!.id;
      if (status?.label && status.id !== 'A') {
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
