/**
 * The `select` attribute: which series of a multi-series message to show.
 *
 *   select = clause *( "|" clause )        several series, the first primary
 *   clause = pair *( ";" pair )            all must hold
 *   pair   = key "=" value | value         a bare value may sit in any dimension
 *
 * Keys are matched against dimension ids first, then labels; values against value ids first, then
 * labels (in any language), then both again ignoring case. Each clause must leave exactly one
 * series. With several series and no `select`, the error lists the dimensions that tell them apart
 * and their values, so the author can copy one.
 */
import type { Text } from '../data/schema.js';
import { AdapterError } from './adapter.js';
import { textString, textStrings } from './defaults.js';

export interface Dimension {
  readonly id: string;
  readonly label?: Text | undefined;
  /** Other ids that name it (World Bank: `country` is also `REF_AREA`). */
  readonly aliases?: readonly string[] | undefined;
}

export interface DimensionValue {
  /** `''` for an empty cell (Open SDG's totals). */
  readonly id: string;
  readonly label?: Text | undefined;
  /** Other ids that name it (World Bank: `FR` for `FRA`). */
  readonly aliases?: readonly string[] | undefined;
  /** A total or "none" that adds nothing to a title (BPS turvar 0, "Tidak Ada"). */
  readonly silent?: boolean | undefined;
}

/** A series of the message: its value in each dimension (aligned with the dimension list) and what the adapter needs to build it. */
export interface Candidate<T> {
  readonly values: readonly DimensionValue[];
  readonly item: T;
}

export interface Pair {
  readonly key?: string | undefined;
  readonly value: string;
}

export interface Clause {
  readonly text: string;
  readonly pairs: readonly Pair[];
}

/** The clauses of a `select` string; `undefined` when there is none. */
export function parseSelect(select: string | undefined): Clause[] | undefined {
  if (select === undefined || !select.trim()) return undefined;
  const clauses: Clause[] = [];
  for (const part of select.split('|')) {
    const text = part.trim();
    if (!text) {
      throw new AdapterError(
        `select "${select}": an empty series between "|"; remove the extra "|"`,
        `select "${select}": ada seri kosong di antara "|"; hapus "|" yang berlebih`,
      );
    }
    const pairs = text
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p): Pair => {
        const eq = p.indexOf('=');
        return eq < 0 ? { value: p } : { key: p.slice(0, eq).trim(), value: p.slice(eq + 1).trim() };
      });
    clauses.push({ text, pairs });
  }
  return clauses;
}

const EMPTY = '(empty)';
const shownId = (id: string) => (id === '' ? EMPTY : id);
const MAX_LISTED = 30;

/** The dimensions (by index) whose value differs between the candidates. */
export function varying(dims: readonly Dimension[], candidates: readonly Candidate<unknown>[]): number[] {
  return dims.map((_, i) => i).filter((i) => new Set(candidates.map((c) => c.values[i]?.id)).size > 1);
}

/** Distinct values of one dimension among the candidates, in order of first appearance. */
function valuesOf(i: number, candidates: readonly Candidate<unknown>[]): DimensionValue[] {
  const seen = new Map<string, DimensionValue>();
  for (const c of candidates) {
    const v = c.values[i];
    if (v && !seen.has(v.id)) seen.set(v.id, v);
  }
  return [...seen.values()];
}

/** A dimension that tells the series of a message apart, with its values in order of first appearance. */
export interface SeriesDimension {
  readonly id: string;
  readonly label?: Text | undefined;
  readonly values: readonly DimensionValue[];
}

/**
 * The dimensions whose value differs between the candidates, each with its distinct values: what a
 * `select` chooses from (the list an ambiguous message's error shows, and a builder's menus).
 */
export function seriesChoices(dims: readonly Dimension[], candidates: readonly Candidate<unknown>[]): SeriesDimension[] {
  return varying(dims, candidates).map((i) => ({ id: dims[i]!.id, label: dims[i]!.label, values: valuesOf(i, candidates) }));
}

/** A `select` clause naming one value per dimension (`SEX=F;AGE=(empty)`), dimensions in the order given. */
export function selectClause(picks: readonly { readonly dimension: string; readonly value: string }[]): string {
  return picks.map((p) => `${p.dimension}=${shownId(p.value)}`).join(';');
}

/**
 * `SEX=_T (Total)|F (Female); SERIES_NAME=269 (UN IGME estimate)|38 (DHS ...)`, labels in `lang`
 * (`select` matches a label in any language, so either list can be copied).
 */
export function describeChoices(dims: readonly Dimension[], candidates: readonly Candidate<unknown>[], lang: 'en' | 'id' = 'en'): string {
  return seriesChoices(dims, candidates)
    .map(({ id, values }) => {
      const shown = values.slice(0, MAX_LISTED).map((v) => {
        const label = textString(v.label, lang);
        return label && label !== v.id ? `${shownId(v.id)} (${label})` : shownId(v.id);
      });
      const more = values.length > MAX_LISTED ? `|… (${values.length} ${lang === 'en' ? 'values' : 'nilai'})` : '';
      return `${id}=${shown.join('|')}${more}`;
    })
    .join('; ');
}

type Stage = (s: string) => boolean;

/** The match stages: exact ids, exact labels, then both ignoring case. */
function stages(target: string): [(ids: readonly string[]) => boolean, (labels: readonly string[]) => boolean][] {
  const lower = target.toLowerCase();
  const exact: Stage = (s) => s === target;
  const loose: Stage = (s) => s.toLowerCase() === lower;
  return [
    [(ids) => ids.some(exact), () => false],
    [() => false, (labels) => labels.some(exact)],
    [(ids) => ids.some(loose), () => false],
    [() => false, (labels) => labels.some(loose)],
  ];
}

function findDimension(dims: readonly Dimension[], key: string): number {
  for (const [byId, byLabel] of stages(key)) {
    const hits = dims.map((d, i) => (byId([d.id, ...(d.aliases ?? [])]) || byLabel(textStrings(d.label)) ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) {
      const ids = hits.map((i) => dims[i]!.id).join(', ');
      throw new AdapterError(
        `select: "${key}" names several dimensions (${ids}); use one of these ids`,
        `select: "${key}" cocok dengan beberapa dimensi (${ids}); pakai salah satu id ini`,
      );
    }
  }
  const ids = dims.map((d) => d.id).join(', ');
  // Without dimensions there is one series to show, and nothing to select.
  if (!ids) {
    throw new AdapterError(
      `select: no dimension "${key}" (dimensions: none); remove select: there is one series`,
      `select: tidak ada dimensi "${key}" (dimensi: tidak ada); hapus select: hanya ada satu seri`,
    );
  }
  throw new AdapterError(
    `select: no dimension "${key}" (dimensions: ${ids}); use one of these`,
    `select: tidak ada dimensi "${key}" (dimensi: ${ids}); pakai salah satunya`,
  );
}

/** The ids of the values of dimension `i` that `value` names, or an empty set. */
function findValues(i: number, value: string, candidates: readonly Candidate<unknown>[]): Set<string> {
  const values = valuesOf(i, candidates);
  const target = value === EMPTY ? '' : value;
  for (const [byId, byLabel] of stages(target)) {
    const hits = values.filter((v) => byId([v.id, ...(v.aliases ?? [])]) || byLabel(textStrings(v.label)));
    if (hits.length) return new Set(hits.map((v) => v.id));
  }
  return new Set();
}

interface Condition {
  readonly dim: number;
  readonly ids: Set<string>;
}

function resolvePair(dims: readonly Dimension[], pair: Pair, candidates: readonly Candidate<unknown>[]): Condition {
  if (pair.key !== undefined) {
    const dim = findDimension(dims, pair.key);
    const ids = findValues(dim, pair.value, candidates);
    if (!ids.size) {
      const known = valuesOf(dim, candidates)
        .slice(0, MAX_LISTED)
        .map((v) => shownId(v.id));
      throw new AdapterError(
        `select: ${dims[dim]!.id} has no value "${pair.value}" (values: ${known.join(', ')}); use one of these`,
        `select: ${dims[dim]!.id} tidak memiliki nilai "${pair.value}" (nilai: ${known.join(', ')}); pakai salah satunya`,
      );
    }
    return { dim, ids };
  }
  // A bare value: the one dimension that has it.
  const hits = dims.map((_, dim) => ({ dim, ids: findValues(dim, pair.value, candidates) })).filter((h) => h.ids.size > 0);
  if (hits.length === 1) return hits[0]!;
  if (!hits.length) {
    throw new AdapterError(
      `select: no dimension has a value "${pair.value}"; check the spelling, or write dimension=value`,
      `select: tidak ada dimensi yang memiliki nilai "${pair.value}"; periksa ejaannya, atau tulis dimensi=nilai`,
    );
  }
  const names = hits.map((h) => dims[h.dim]!.id);
  throw new AdapterError(
    `select: "${pair.value}" is a value of ${names.join(' and ')}; write ${names[0]}=${pair.value}`,
    `select: "${pair.value}" adalah nilai dari ${names.join(' dan ')}; tulis ${names[0]}=${pair.value}`,
  );
}

export interface ChooseOptions<T> {
  /** The format's name, to begin error messages with (`SDMX-JSON: ...`). */
  readonly format?: string | undefined;
  /**
   * Which of several matching series to take when the clause does not settle it: Open SDG's
   * headline (every disaggregation empty). Taken only when exactly one series qualifies.
   */
  readonly prefer?: ((candidate: Candidate<T>) => boolean) | undefined;
  /** Told the message's series dimensions and their values (`seriesChoices`) before a series is chosen. */
  readonly onChoices?: ((dimensions: readonly SeriesDimension[]) => void) | undefined;
}

/**
 * The series `select` names, in its order (the first primary); the only series when there is one;
 * else an AdapterError that lists the choices.
 */
export function choose<T>(
  dims: readonly Dimension[],
  candidates: readonly Candidate<T>[],
  select: string | undefined,
  options: ChooseOptions<T> = {},
): Candidate<T>[] {
  // Own property only: an `onChoices` a host page added to Object.prototype is not a listener.
  const listener = Object.hasOwn(options, 'onChoices') ? options.onChoices : undefined;
  if (typeof listener === 'function') listener(seriesChoices(dims, candidates));
  try {
    return chooseAll(dims, candidates, select, options);
  } catch (error) {
    if (error instanceof AdapterError && options.format)
      throw new AdapterError(`${options.format}: ${error.message}`, `${options.format}: ${error.id}`);
    throw error;
  }
}

function chooseAll<T>(
  dims: readonly Dimension[],
  candidates: readonly Candidate<T>[],
  select: string | undefined,
  options: ChooseOptions<T>,
): Candidate<T>[] {
  const clauses = parseSelect(select);
  if (!clauses) return [pickOne(dims, candidates, undefined, options)];
  return clauses.map((clause) => {
    const conditions = clause.pairs.map((p) => resolvePair(dims, p, candidates));
    const matches = candidates.filter((c) => conditions.every((k) => k.ids.has(c.values[k.dim]?.id ?? '')));
    if (!matches.length) {
      throw new AdapterError(
        `select "${clause.text}": no series has all of these values; leave one of them out`,
        `select "${clause.text}": tidak ada seri yang memiliki semua nilai ini; hapus salah satunya`,
      );
    }
    return pickOne(dims, matches, clause, options);
  });
}

function pickOne<T>(
  dims: readonly Dimension[],
  matches: readonly Candidate<T>[],
  clause: Clause | undefined,
  options: ChooseOptions<T>,
): Candidate<T> {
  if (matches.length === 1) return matches[0]!;
  if (!matches.length) {
    throw new AdapterError(
      'the message holds no series; check that src points at the right file',
      'pesan ini tidak berisi seri apa pun; periksa apakah src mengarah ke berkas yang benar',
    );
  }
  const preferred = options.prefer ? matches.filter(options.prefer) : [];
  if (preferred.length === 1) return preferred[0]!;
  const pool = preferred.length > 1 ? preferred : matches;
  const [en, id] = [describeChoices(dims, pool), describeChoices(dims, pool, 'id')];
  if (clause) {
    throw new AdapterError(
      `select "${clause.text}" matches ${pool.length} series; add one of: ${en}`,
      `select "${clause.text}" cocok dengan ${pool.length} seri; tambahkan salah satu dari: ${id}`,
    );
  }
  throw new AdapterError(
    `the message holds ${pool.length} series; select one series: ${en}`,
    `pesan ini berisi ${pool.length} seri; pilih satu seri: ${id}`,
  );
}

/** Codes and labels publishers give a total, which adds nothing to a title ("…: Total, Total, Total"). */
const TOTAL_ID = /^(_?T|_Z|_X|TOTAL|_TOTAL|TOT|ALL)$/i;
const TOTAL_LABEL =
  /^(total|totals|all|all (persons|people|ages|sexes|sectors|items|industries)|both sexes|semua|jumlah|todos|todas|ambos sexos|i alt|totalt|yhteensä|insgesamt|ensemble|tidak ada)$/i;
export const isTotal = (v: DimensionValue): boolean => TOTAL_ID.test(v.id) || textStrings(v.label).some((l) => TOTAL_LABEL.test(l.trim()));

/** The labels (else ids) of the values that tell this series apart from the others, for titles; totals left out. */
export function distinguishing(
  dims: readonly Dimension[],
  all: readonly Candidate<unknown>[],
  chosen: Candidate<unknown>,
): { ids: string[]; labels: Text[] } {
  const ids: string[] = [];
  const labels: Text[] = [];
  for (const i of varying(dims, all)) {
    const v = chosen.values[i];
    if (!v || v.id === '' || v.silent || isTotal(v)) continue;
    ids.push(v.id);
    labels.push(v.label ?? v.id);
  }
  return { ids, labels };
}
