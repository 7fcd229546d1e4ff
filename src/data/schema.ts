/**
 * The documents Indikator reads, as one schema in code: it gives the TypeScript types, the
 * runtime check (validate.ts) and the published JSON Schema files (schema/*.schema.json).
 */
import * as v from 'valibot';
import { isValidPeriod } from './periods.js';
import { CURRENCY, DATE, ID, LANG_TAG, PERIOD, STATUS_CODE } from './patterns.js';

/**
 * A strict object whose entries live in a prototype-less object: valibot walks the entries with
 * `for…in`, so on a page that added keys to Object.prototype they would become required fields.
 */
function strict<const E extends v.ObjectEntries>(entries: E): v.StrictObjectSchema<E, undefined> {
  return v.strictObject(Object.assign(Object.create(null) as E, entries));
}

const finite = () => v.pipe(v.number(), v.finite());

/** Human text: a plain string, or a map of language tag → string. */
export const TextSchema = v.union([v.string(), v.pipe(v.record(v.pipe(v.string(), v.regex(LANG_TAG)), v.string()), v.minEntries(1))]);

export const PeriodSchema = v.pipe(
  v.string(),
  v.regex(PERIOD, 'period'),
  v.check(isValidPeriod, 'date'),
  v.description('Reporting period: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Sn (semester) or YYYY-Wnn (ISO week).'),
);

const DateSchema = v.pipe(v.string(), v.regex(DATE, 'date'), v.check(isValidPeriod, 'date'));

export const AreaSchema = strict({
  code: v.optional(v.string()),
  system: v.optional(v.string()),
  level: v.optional(v.picklist(['world', 'country', 'province', 'regency', 'city', 'district', 'village', 'other'])),
  name: TextSchema,
});

export const UnitSchema = strict({
  code: v.optional(v.string()),
  label: TextSchema,
  symbol: v.optional(v.string()),
  symbolPosition: v.optional(v.picklist(['start', 'end'])),
  multiplier: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-15), v.maxValue(15))),
});

/** SDMX CL_OBS_STATUS codes (P provisional, E estimated, F forecast, B break...); other publisher codes pass through. */
export const StatusCodeSchema = v.pipe(v.string(), v.regex(STATUS_CODE, 'status'));

export const ObservationSchema = strict({
  period: PeriodSchema,
  value: v.nullable(finite()),
  status: v.optional(v.array(StatusCodeSchema)),
  lower: v.optional(finite()),
  upper: v.optional(finite()),
  derived: v.optional(v.boolean()),
  note: v.optional(TextSchema),
  sourceRef: v.optional(v.string()),
});

const targetCommon = {
  id: v.optional(v.string()),
  period: PeriodSchema,
  label: v.optional(TextSchema),
  basis: v.optional(TextSchema),
  sourceRef: v.optional(v.string()),
};

export const TargetSchema = v.variant('comparator', [
  strict({ ...targetCommon, comparator: v.literal('between'), min: finite(), max: finite() }),
  strict({ ...targetCommon, comparator: v.picklist(['lt', 'le', 'eq', 'ge', 'gt']), value: finite() }),
]);

export const SourceSchema = strict({
  id: v.string(),
  name: TextSchema,
  publisher: v.optional(v.string()),
  url: v.optional(v.string()),
  published: v.optional(DateSchema),
  accessed: v.optional(DateSchema),
  kind: v.optional(v.picklist(['official', 'secondary'])),
  quotes: v.optional(v.string()),
  reference: v.optional(v.string()),
  origin: v.optional(v.string()),
});

export const NoteSchema = strict({
  kind: v.optional(v.picklist(['footnote', 'methodology', 'break', 'discrepancy', 'definition'])),
  text: TextSchema,
  periods: v.optional(v.array(PeriodSchema)),
  sourceRef: v.optional(v.string()),
});

export const IndicatorSchema = strict({
  schema: v.literal('indikator/indicator@1'),
  id: v.pipe(v.string(), v.regex(ID, 'id')),
  codes: v.optional(v.array(strict({ system: v.string(), code: v.string(), url: v.optional(v.string()) }))),
  title: TextSchema,
  shortTitle: v.optional(TextSchema),
  description: v.optional(TextSchema),
  area: v.optional(AreaSchema),
  unit: UnitSchema,
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  direction: v.picklist(['lower-is-better', 'higher-is-better', 'target-range', 'neutral']),
  frequency: v.optional(v.picklist(['A', 'S', 'Q', 'M', 'W', 'D'])),
  periodNote: v.optional(TextSchema),
  /** The month (1-12) a yearly value describes (3 for a March survey round): yearly periods are drawn at it. */
  referenceMonth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
  limits: v.optional(strict({ min: v.optional(finite()), max: v.optional(finite()) })),
  baseline: v.optional(
    strict({
      period: PeriodSchema,
      value: finite(),
      note: v.optional(TextSchema),
      sourceRef: v.optional(v.string()),
    }),
  ),
  targets: v.optional(v.array(TargetSchema)),
  series: v.array(ObservationSchema),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  notes: v.optional(v.array(NoteSchema)),
  updated: v.optional(DateSchema),
});

export const LegalBasisSchema = strict({
  type: v.string(),
  number: v.optional(v.string()),
  year: v.optional(v.pipe(v.number(), v.integer())),
  title: v.optional(TextSchema),
  signed: v.optional(DateSchema),
  validUntil: v.optional(DateSchema),
  url: v.optional(v.string()),
  sourceRef: v.optional(v.string()),
});

export const MilestoneSchema = strict({
  date: PeriodSchema,
  title: TextSchema,
  done: v.optional(v.boolean()),
  sourceRef: v.optional(v.string()),
});

/** An indicator of a programme: a URL, an inline document, or either with the target to judge. */
export const ProgramIndicatorSchema = v.union([
  v.pipe(v.string(), v.minLength(1)),
  IndicatorSchema,
  // A row fetched from `src`, optionally a publisher's message read by the adapter `format` names (its attributes as on an element).
  strict({
    src: v.pipe(v.string(), v.minLength(1)),
    targetId: v.optional(v.string()),
    format: v.optional(v.string()),
    select: v.optional(v.string()),
    decimal: v.optional(v.string()),
    delimiter: v.optional(v.string()),
  }),
  strict({ data: IndicatorSchema, targetId: v.optional(v.string()) }),
]);

export const ProgramSchema = strict({
  schema: v.literal('indikator/program@1'),
  id: v.pipe(v.string(), v.regex(ID, 'id')),
  title: TextSchema,
  owner: v.optional(TextSchema),
  coordinator: v.optional(TextSchema),
  area: v.optional(AreaSchema),
  status: v.optional(v.picklist(['planned', 'active', 'completed', 'suspended'])),
  period: v.optional(strict({ start: PeriodSchema, end: v.optional(PeriodSchema) })),
  legalBasis: v.optional(v.array(LegalBasisSchema)),
  summary: v.optional(TextSchema),
  budget: v.optional(
    v.nullable(
      strict({
        amount: v.nullable(finite()),
        currency: v.pipe(v.string(), v.regex(CURRENCY, 'currency')),
        year: v.optional(v.pipe(v.number(), v.integer())),
        note: v.optional(TextSchema),
        sourceRef: v.optional(v.string()),
      }),
    ),
  ),
  milestones: v.optional(v.array(MilestoneSchema)),
  indicators: v.array(ProgramIndicatorSchema),
  links: v.optional(v.array(strict({ label: TextSchema, url: v.string() }))),
  url: v.optional(v.string()),
  sources: v.optional(v.array(SourceSchema)),
  notes: v.optional(v.array(NoteSchema)),
  updated: v.optional(DateSchema),
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Area = v.InferOutput<typeof AreaSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type Comparator = Target['comparator'];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;
export type Direction = IndicatorDocument['direction'];
export type IndicatorDocument = v.InferOutput<typeof IndicatorSchema>;
export type ProgramDocument = v.InferOutput<typeof ProgramSchema>;
export type ProgramIndicator = v.InferOutput<typeof ProgramIndicatorSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
