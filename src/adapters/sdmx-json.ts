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
 *
 * The structure is read in sdmx-structure.ts and the observations decoded in sdmx-decode.ts; here
 * the decoded series become documents.
 */
import type { Note, Text } from '../data/schema.js';
import type { Adapter } from './adapter.js';
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
import { decode, type Series } from './sdmx-decode.js';
import { FORMAT, fail, isTime, readStructure, type Component, type Structure, type Value } from './sdmx-structure.js';
import { choose, distinguishing, type Candidate, type Dimension } from './select.js';

/** Series keys repeated in the text (ILOSTAT writes one per observation) merge rather than overwrite. */
export { parseMerging as parse } from './json-merge.js';

export const accept = 'application/vnd.sdmx.data+json;version=2.0.0, application/vnd.sdmx.data+json;version=1.0.0;q=0.9, application/json;q=0.5';

/** A file that is not an SDMX-JSON data message: said with what to do. */
const notSdmx = (en: string, id: string): never =>
  fail(`${en}; check that src points at an SDMX-JSON data message`, `${id}; periksa apakah src mengarah ke pesan data SDMX-JSON`);

/** Dimensions that say what is measured, by role or by the ids agencies give them. */
const MEASURE_DIMENSIONS = ['INDICATOR', 'SERIES', 'MEASURE', 'SUBJECT', 'VARIABLE', 'TRANSACT', 'NA_ITEM', 'INDIC', 'CONCEPT', 'ITEM', 'STATISTIC'];

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

  return choose(selectDims, candidates, options.select, { format: FORMAT, onChoices: options.onChoices }).map((chosen) => {
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
