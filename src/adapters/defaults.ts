/**
 * What every adapter shares, in one import: reading loose JSON, text and periods, the schema's
 * codes, the `source` URL, and `finish`, which turns what an adapter found in a message into a
 * valid indicator document with the stated defaults (see finish.ts). Each concern lives in its own
 * file; this one is their public face, so adapters and tests import from one place.
 */
export { describe, describeId, isRecord, readInt, readNumber, str, type Json } from './loose-json.js';
export { joinText, mapText, textString, textStrings, toText, withSuffix } from './text.js';
export { htmlToText } from './html-text.js';
export { monthNumber, normalizePeriod } from './periods.js';
export { mapStatus, sanitizeId } from './codes.js';
export { dataDecimals, decimalsOf } from './decimals.js';
export { baseName, publicUrl, sourceHost } from './source-url.js';
export { droppedNote, type RawObservation } from './observations.js';
export { finish, type Draft, type FinishOptions } from './finish.js';
