/**
 * The text patterns of the documents, shared by the schema (schema.ts, which also publishes them in
 * the JSON Schema files) and the elements' plain check (check.ts), so the two cannot drift apart.
 */

/** A language tag as used for keys of localized text: `id`, `en`, `en-GB`, `zh-Hant-TW`. */
export const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Periods: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Sn, YYYY-Wnn. */
export const PERIOD = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-S[12]|-W(0[1-9]|[1-4][0-9]|5[0-3]))?$/;
export const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
export const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** SDMX CL_OBS_STATUS codes (P provisional, E estimated, F forecast, B break...); other publisher codes pass through. */
export const STATUS_CODE = /^[A-Za-z0-9_]{1,8}$/;
/** ISO 4217 currency codes: `IDR`, `USD`. */
export const CURRENCY = /^[A-Z]{3}$/;
