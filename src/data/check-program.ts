/**
 * The elements' check of a programme document, without the schema library: the mirror of
 * schema.ts's ProgramSchema, built from check.ts's parts, with the same rule: "plainly valid" (and
 * the programme to draw) or "not sure" (validate.ts decides). Its inline indicator documents go
 * through plainIndicator.
 */
import {
  area,
  arrayOf,
  copyPlain,
  date,
  finite,
  isObject,
  keys,
  note,
  NOT,
  oneOf,
  only,
  optional,
  period,
  plainIndicator,
  prototypePolluted,
  source,
  string,
  text,
  type Fields,
  type Test,
} from './check.js';
import { CURRENCY, ID } from './patterns.js';
import type { ProgramDocument } from './schema.js';
import type { ValidationResult } from './validate.js';

/** What a check of one programme document says: validate.ts's answer, at once or later. */
export type CheckedProgram = ValidationResult<ProgramDocument>;

const LEGAL = keys('type', 'number', 'year', 'title', 'signed', 'validUntil', 'url', 'sourceRef');
const wholeNumber: Test = (x) => Number.isInteger(x);
const legalBasis: Test = (x) =>
  isObject(x) &&
  only(x, LEGAL) &&
  string(x.type) &&
  optional(x.number, string) &&
  optional(x.year, wholeNumber) &&
  optional(x.title, text) &&
  optional(x.signed, date) &&
  optional(x.validUntil, date) &&
  optional(x.url, string) &&
  optional(x.sourceRef, string);

const MILESTONE = keys('date', 'title', 'done', 'sourceRef');
const milestone: Test = (x) =>
  isObject(x) &&
  only(x, MILESTONE) &&
  period(x.date) &&
  text(x.title) &&
  optional(x.done, (d) => typeof d === 'boolean') &&
  optional(x.sourceRef, string);

const BUDGET = keys('amount', 'currency', 'year', 'note', 'sourceRef');
const budget: Test = (x) =>
  x === null ||
  (isObject(x) &&
    only(x, BUDGET) &&
    (x.amount === null || finite(x.amount)) &&
    typeof x.currency === 'string' &&
    CURRENCY.test(x.currency) &&
    optional(x.year, wholeNumber) &&
    optional(x.note, text) &&
    optional(x.sourceRef, string));

const SPAN = keys('start', 'end');
const span: Test = (x) => isObject(x) && only(x, SPAN) && period(x.start) && optional(x.end, period);
const LINK = keys('label', 'url');
const link: Test = (x) => isObject(x) && only(x, LINK) && text(x.label) && string(x.url);

const PROGRAM = keys(
  'schema',
  'id',
  'title',
  'owner',
  'coordinator',
  'area',
  'status',
  'period',
  'legalBasis',
  'summary',
  'budget',
  'milestones',
  'indicators',
  'links',
  'url',
  'sources',
  'notes',
  'updated',
);
const programStatus = oneOf('planned', 'active', 'completed', 'suspended');

/** Everything but the indicators. */
const programHead = (d: Fields): boolean =>
  only(d, PROGRAM) &&
  d.schema === 'indikator/program@1' &&
  typeof d.id === 'string' &&
  ID.test(d.id) &&
  text(d.title) &&
  optional(d.owner, text) &&
  optional(d.coordinator, text) &&
  optional(d.area, area) &&
  optional(d.status, programStatus) &&
  optional(d.period, span) &&
  optional(d.legalBasis, (x) => arrayOf(x, legalBasis)) &&
  optional(d.summary, text) &&
  optional(d.budget, budget) &&
  optional(d.milestones, (x) => arrayOf(x, milestone)) &&
  optional(d.links, (x) => arrayOf(x, link)) &&
  optional(d.url, string) &&
  optional(d.sources, (x) => arrayOf(x, source)) &&
  optional(d.notes, (x) => arrayOf(x, note)) &&
  optional(d.updated, date);

const FETCHED = keys('src', 'targetId', 'format', 'select', 'decimal', 'delimiter');
const DATA = keys('data', 'targetId');

/**
 * One of a programme's indicators as the schema's union reads it, or `undefined`: a URL, an
 * inline document, a row to fetch (`src`), or a document with the target to judge (`data`).
 */
function plainEntry(e: unknown): unknown {
  if (typeof e === 'string') return e.length > 0 ? e : undefined;
  if (!isObject(e)) return undefined;
  // Only an indicator document has `schema` (the other shapes are strict): it is one, or invalid.
  if (e.schema !== undefined) return plainIndicator(e);
  if (e.data !== undefined) {
    const { data, ...rest } = e;
    const copy = copyPlain(rest) as Fields | typeof NOT;
    if (copy === NOT || !only(copy, DATA) || !optional(copy.targetId, string)) return undefined;
    const doc = plainIndicator(data);
    return doc && { ...copy, data: doc };
  }
  const copy = copyPlain(e) as Fields | typeof NOT;
  if (copy === NOT) return undefined;
  const fetched =
    only(copy, FETCHED) &&
    typeof copy.src === 'string' &&
    copy.src.length > 0 &&
    optional(copy.targetId, string) &&
    optional(copy.format, string) &&
    optional(copy.select, string) &&
    optional(copy.decimal, string) &&
    optional(copy.delimiter, string);
  return fetched ? copy : undefined;
}

/**
 * The programme to draw when `input` is plainly a valid programme document (its inline indicator
 * documents plainly valid too, with no duplicate periods), else `undefined` (validate.ts decides).
 * A copy, checked after it is made, as for an indicator; never throws.
 */
export function plainProgram(input: unknown): ProgramDocument | undefined {
  if (prototypePolluted()) return undefined;
  try {
    if (!isObject(input)) return undefined;
    const { indicators, ...rest } = input;
    const copy = copyPlain(rest) as Fields | typeof NOT;
    if (copy === NOT || !programHead(copy) || !Array.isArray(indicators)) return undefined;
    const entries: unknown[] = [];
    for (let i = 0; i < indicators.length; i++) {
      const entry = plainEntry(indicators[i]);
      if (entry === undefined) return undefined;
      entries.push(entry);
    }
    return { ...copy, indicators: entries } as unknown as ProgramDocument;
  } catch {
    return undefined;
  }
}
