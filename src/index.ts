/**
 * Indikator's script API. Side-effect free: importing it registers no element
 * (import `indikator/define.js`, or one element's `indikator-*.js`, for that).
 */
export { validateIndicator, validateProgram } from './data/validate.js';
export type { ValidationIssue, ValidationResult, ValidateOptions } from './data/validate.js';
export { assessStatus } from './core/status.js';
export type { StatusResult, StatusWord, AssessOptions } from './core/status.js';
export { IndicatorSchema, ProgramSchema } from './data/schema.js';
export { configureFetch, clearFetchCache } from './shared/fetch-data.js';
export type { FetchLimits } from './shared/fetch-data.js';
export type { LoadDetail, ErrorDetail, ElementState } from './shared/indikator-element.js';
export type {
  IndicatorDocument,
  ProgramDocument,
  ProgramIndicator,
  Observation,
  Target,
  Comparator,
  Direction,
  Source,
  Note,
  Unit,
  Area,
  Text,
  Milestone,
} from './data/schema.js';
export type { AsJson, IndicatorInput, ProgramInput, PublishedMessage, GaugeData, TrendData, CardData } from './data/inputs.js';
export { fallbackHtml, escapeHtml, FallbackError } from './embed/fallback.js';
export type { FallbackOptions } from './embed/fallback.js';
