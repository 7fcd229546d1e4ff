/**
 * The types of what an element's `data` takes: a document as TypeScript types a JSON import of it
 * (every string `string`: `import doc from './x.json'` types `"schema"` as `string`, not as the
 * literal), or, with `format`, a published message. Checked where it can be (a document's shape),
 * open where it must be (a publisher's message). The runtime check is the validator's.
 */
import type { InferInput } from 'valibot';
import type { IndicatorSchema, ProgramSchema } from './schema.js';

/** `T` as a JSON import of it types: literal strings widened to `string`, arrays read-only. */
export type AsJson<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? readonly AsJson<U>[]
      : T extends object
        ? { readonly [K in keyof T]: AsJson<T[K]> }
        : T;

/** An indicator document, as written or imported from JSON (what the schema takes: defaults may be left out). */
export type IndicatorInput = AsJson<InferInput<typeof IndicatorSchema>>;
/** A programme document, as written or imported from JSON. */
export type ProgramInput = AsJson<InferInput<typeof ProgramSchema>>;
/** With `format`: a publisher's message (SDMX-JSON, JSON-stat, World Bank, BPS, Open SDG: JSON without a `schema`) or CSV text. */
export type PublishedMessage = string | { readonly schema?: never; readonly [key: string]: unknown } | readonly unknown[];

/** `<indikator-target-gauge>`'s `data`. */
export type GaugeData = IndicatorInput | PublishedMessage;
/** `<indikator-trend-line>`'s `data`: one document, or several (the primary first), or a message. */
export type TrendData = IndicatorInput | readonly IndicatorInput[] | PublishedMessage;
/** `<indikator-program-card>`'s `data`. */
export type CardData = ProgramInput;
