/**
 * The structure of an SDMX-JSON message, read once: its dimensions and attributes at each level
 * (dataSet, series, observation; 2.0 dimension groups), and how a key or a written attribute index
 * resolves through them. Everything the decoder and the adapter know about the message's shape
 * comes from here, with the errors that name what in the structure is broken.
 */
import type { Text } from '../data/schema.js';
import { failWith } from './adapter.js';
import { isRecord, str, textString, toText, type Json } from './defaults.js';

export const FORMAT = 'SDMX-JSON';
export const fail = failWith(FORMAT);

/** A message that breaks the format's own rules: only its publisher can mend it. */
export const broken = (en: string, id: string): never =>
  fail(`${en}; report the message to its publisher`, `${id}; laporkan pesan ini ke penerbitnya`);

export interface Value {
  readonly id: string;
  readonly label?: Text | undefined;
}

export interface Component {
  readonly id: string;
  readonly label?: Text | undefined;
  readonly roles: readonly string[];
  readonly keyPosition?: number | undefined;
  readonly values: readonly Value[];
  readonly fallback?: unknown;
}

export type Level = 'dataSet' | 'series' | 'observation';
const LEVELS: readonly Level[] = ['dataSet', 'series', 'observation'];

export interface Structure {
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

export function readStructure(x: unknown, where: string): Structure {
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
export function parseKey(key: string, dims: readonly Component[], what: keyof typeof KEY_ID): number[] {
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
export function attributeValue(comp: Component, written: unknown): Value | undefined {
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

export const isTime = (c: Component) =>
  c.id === 'TIME_PERIOD' || c.id === 'TIME' || c.roles.some((r) => r === 'TIME_PERIOD' || r.toLowerCase() === 'time');
