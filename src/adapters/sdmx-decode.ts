/**
 * Every observation of an SDMX-JSON message decoded through its structure into dimension and
 * attribute values, grouped by series. Both layouts (series and flat AllDimensions), and
 * attributes from every level with the nearer one winning, end here as one shape for the adapter.
 */
import type { Text } from '../data/schema.js';
import { isRecord, toText, type Json } from './defaults.js';
import { attributeValue, broken, fail, isTime, parseKey, type Component, type Structure, type Value } from './sdmx-structure.js';

interface Obs {
  readonly dims: ReadonlyMap<string, Value>;
  readonly value: unknown;
  readonly attrs: ReadonlyMap<string, Value>;
  readonly notes: readonly Text[];
}

export interface Series {
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
export function decode(dataSets: readonly unknown[], structures: readonly Structure[]): { structure: Structure; series: Map<string, Series> } {
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
