/**
 * What the builder's form holds: plain JSON, so it can be kept in the browser's storage, restored
 * on reload and undone. Pure: the defaults, a copy that fills what an older or hand-edited copy
 * lacks, and the form filled from an existing indicator document.
 */
import type { IndicatorDocument, Note, Source, Target, Text } from '../data/schema.js';
import type { DecimalSeparator, FieldSeparator } from './paste-table.js';

export type DataRoute = 'paste' | 'file' | 'url';
export type Comparator = Target['comparator'];

export interface TargetFields {
  /** The target's id (`inpres-4-2022`), for `target-id`; '' gets `target-N`. */
  id: string;
  comparator: Comparator;
  value: string;
  min: string;
  max: string;
  period: string;
  labelId: string;
  labelEn: string;
  basisLabel: string;
  basisUrl: string;
  /** An imported target's own `sourceRef` (kept when no link is given). */
  sourceRef: string;
}

export interface SourceFields {
  /** An imported source's id (observations cite it); '' for a new one, which gets `source-N`. */
  id: string;
  name: string;
  url: string;
  kind: 'official' | 'secondary';
  /** A secondary source: who produced the figures (the schema's `origin`, e.g. BPS). */
  origin: string;
  /** A secondary source: the outlet that published them (the schema's `publisher`, e.g. Republika). */
  publisher: string;
}

export interface NoteFields {
  textId: string;
  textEn: string;
  /** An imported note's kind and source, kept. */
  kind: string;
  sourceRef: string;
}

export interface AnnotationFields {
  period: string;
  labelId: string;
  labelEn: string;
}

/** A file or a fetched URL, kept as its text so a reload restores it. */
export interface LoadedFile {
  name: string;
  /** A format of the adapters' registry, or `indikator` for a native document. */
  format: string;
  text: string;
}

export interface FormState {
  version: 1;
  /** The language of the builder's own words. */
  ui: 'id' | 'en';
  route: DataRoute;
  paste: string;
  separator: FieldSeparator;
  decimal: DecimalSeparator;
  column: string;
  url: string;
  /** The format chosen for a file or URL (`auto`: told by its content and name). */
  format: string;
  file: LoadedFile | null;
  /** The series picked from the menus: dimension id → value id. */
  picks: Record<string, string>;
  id: string;
  titleId: string;
  titleEn: string;
  unitId: string;
  unitEn: string;
  symbol: string;
  multiplier: string;
  /** '' = the file's, else the largest number of decimals in the data. */
  decimals: string;
  direction: IndicatorDocument['direction'];
  targets: TargetFields[];
  baselinePeriod: string;
  baselineValue: string;
  sources: SourceFields[];
  notes: NoteFields[];
  annotations: AnnotationFields[];
  /** Where the JSON will be hosted (the embed code's `src`). */
  hostUrl: string;
  embedWidget: 'gauge' | 'trend-line';
}

export const emptyTarget = (): TargetFields => ({
  id: '',
  comparator: 'eq',
  value: '',
  min: '',
  max: '',
  period: '',
  labelId: '',
  labelEn: '',
  basisLabel: '',
  basisUrl: '',
  sourceRef: '',
});
export const emptySource = (): SourceFields => ({ id: '', name: '', url: '', kind: 'official', origin: '', publisher: '' });
export const emptyNote = (): NoteFields => ({ textId: '', textEn: '', kind: '', sourceRef: '' });
export const emptyAnnotation = (): AnnotationFields => ({ period: '', labelId: '', labelEn: '' });

export function defaultState(ui: 'id' | 'en' = 'id'): FormState {
  return {
    version: 1,
    ui,
    route: 'paste',
    paste: '',
    separator: 'tab',
    decimal: ui === 'id' ? 'comma' : 'point',
    column: '',
    url: '',
    format: 'auto',
    file: null,
    picks: {},
    id: '',
    titleId: '',
    titleEn: '',
    unitId: '',
    unitEn: '',
    symbol: '',
    multiplier: '0',
    decimals: '',
    direction: 'neutral',
    targets: [emptyTarget()],
    baselinePeriod: '',
    baselineValue: '',
    sources: [emptySource()],
    notes: [],
    annotations: [],
    hostUrl: '',
    embedWidget: 'gauge',
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown, fallback = ''): string => (typeof x === 'string' ? x : fallback);
const oneOf = <T extends string>(x: unknown, values: readonly T[], fallback: T): T => (values.includes(x as T) ? (x as T) : fallback);
const list = <T>(x: unknown, item: (r: Record<string, unknown>) => T): T[] => (Array.isArray(x) ? x.filter(isRecord).map(item) : []);

const COMPARATORS: readonly Comparator[] = ['eq', 'lt', 'le', 'ge', 'gt', 'between'];
const DIRECTIONS: readonly FormState['direction'][] = ['lower-is-better', 'higher-is-better', 'target-range', 'neutral'];

/**
 * A complete state from what storage or an undo step held: every field of the right type, the
 * defaults where one is missing. Unknown keys are left out; nothing is read from a prototype.
 */
export function restoreState(saved: unknown, ui: 'id' | 'en' = 'id'): FormState {
  const d = defaultState(ui);
  if (!isRecord(saved) || saved.version !== 1) return d;
  const s = saved;
  const text = (key: keyof FormState) => (Object.hasOwn(s, key) ? str(s[key], d[key] as string) : (d[key] as string));
  const file =
    isRecord(s.file) && typeof s.file.text === 'string' ? { name: str(s.file.name), format: str(s.file.format, 'auto'), text: s.file.text } : null;
  const picks: Record<string, string> = {};
  if (isRecord(s.picks)) for (const key of Object.keys(s.picks)) if (typeof s.picks[key] === 'string') picks[key] = s.picks[key];
  return {
    version: 1,
    ui: oneOf(s.ui, ['id', 'en'] as const, d.ui),
    route: oneOf(s.route, ['paste', 'file', 'url'] as const, d.route),
    paste: text('paste'),
    separator: oneOf(s.separator, ['tab', 'comma', 'semicolon'] as const, d.separator),
    decimal: oneOf(s.decimal, ['comma', 'point'] as const, d.decimal),
    column: text('column'),
    url: text('url'),
    format: text('format'),
    file,
    picks,
    id: text('id'),
    titleId: text('titleId'),
    titleEn: text('titleEn'),
    unitId: text('unitId'),
    unitEn: text('unitEn'),
    symbol: text('symbol'),
    multiplier: text('multiplier'),
    decimals: text('decimals'),
    direction: oneOf(s.direction, DIRECTIONS, d.direction),
    targets: list(s.targets, (t) => ({
      id: str(t.id),
      comparator: oneOf(t.comparator, COMPARATORS, 'eq'),
      value: str(t.value),
      min: str(t.min),
      max: str(t.max),
      period: str(t.period),
      labelId: str(t.labelId),
      labelEn: str(t.labelEn),
      basisLabel: str(t.basisLabel),
      basisUrl: str(t.basisUrl),
      sourceRef: str(t.sourceRef),
    })),
    baselinePeriod: text('baselinePeriod'),
    baselineValue: text('baselineValue'),
    sources: list(s.sources, (x) => ({
      id: str(x.id),
      name: str(x.name),
      url: str(x.url),
      kind: oneOf(x.kind, ['official', 'secondary'] as const, 'official'),
      origin: str(x.origin),
      publisher: str(x.publisher),
    })),
    notes: list(s.notes, (n) => ({ textId: str(n.textId), textEn: str(n.textEn), kind: str(n.kind), sourceRef: str(n.sourceRef) })),
    annotations: list(s.annotations, (a) => ({ period: str(a.period), labelId: str(a.labelId), labelEn: str(a.labelEn) })),
    hostUrl: text('hostUrl'),
    embedWidget: oneOf(s.embedWidget, ['gauge', 'trend-line'] as const, d.embedWidget),
  };
}

/** A number as the form shows it, with the chosen decimal separator (no grouping). */
export const showNumber = (n: number | undefined, decimal: DecimalSeparator): string =>
  n === undefined ? '' : decimal === 'comma' ? String(n).replace('.', ',') : String(n);

const textIn = (t: Text | undefined, lang: 'id' | 'en'): string => {
  if (t === undefined) return '';
  if (typeof t === 'string') return lang === 'id' ? t : '';
  return t[lang] ?? '';
};
/** A plain string goes to the Indonesian field unless only English is written. */
const bothTexts = (t: Text | undefined): [string, string] => (typeof t === 'string' ? [t, ''] : [textIn(t, 'id'), textIn(t, 'en')]);

/**
 * The form filled from a valid indicator document (an import): its words, numbers in the chosen
 * decimal separator, its targets, sources (a target's `basis` keeps its source as the link) and
 * notes (a note on one period becomes an annotation). The data stays the document's own series, and
 * its other fields (codes, area, limits…) stay as they were (build-document.ts starts from it).
 */
export function stateFromDocument(doc: IndicatorDocument, state: FormState, file: LoadedFile): FormState {
  const num = (n: number | undefined) => showNumber(n, state.decimal);
  const sourceById = new Map(doc.sources.map((s) => [s.id, s]));
  const [titleId, titleEn] = bothTexts(doc.title);
  const [unitId, unitEn] = bothTexts(doc.unit.label);
  const notes: NoteFields[] = [];
  const annotations: AnnotationFields[] = [];
  for (const n of doc.notes ?? []) {
    const [textId, textEn] = bothTexts(n.text);
    if (n.periods?.length === 1 && !n.kind) annotations.push({ period: n.periods[0]!, labelId: textId, labelEn: textEn });
    else notes.push({ textId, textEn, kind: n.kind ?? '', sourceRef: n.sourceRef ?? '' });
  }
  return {
    ...state,
    route: 'file',
    file,
    picks: {},
    id: doc.id,
    titleId,
    titleEn,
    unitId,
    unitEn,
    symbol: doc.unit.symbol ?? '',
    multiplier: String(doc.unit.multiplier ?? 0),
    decimals: String(doc.decimals),
    direction: doc.direction,
    targets: (doc.targets ?? []).map((t) => {
      const [labelId, labelEn] = bothTexts(t.label);
      const basis = t.sourceRef ? sourceById.get(t.sourceRef) : undefined;
      return {
        id: t.id ?? '',
        comparator: t.comparator,
        value: t.comparator === 'between' ? '' : num(t.value),
        min: t.comparator === 'between' ? num(t.min) : '',
        max: t.comparator === 'between' ? num(t.max) : '',
        period: t.period,
        labelId,
        labelEn,
        basisLabel: bothTexts(t.basis)[0] || bothTexts(t.basis)[1],
        basisUrl: basis?.url ?? '',
        sourceRef: t.sourceRef ?? '',
      };
    }),
    baselinePeriod: doc.baseline?.period ?? '',
    baselineValue: num(doc.baseline?.value),
    sources: doc.sources.map((s: Source) => ({
      id: s.id,
      name: bothTexts(s.name)[0] || bothTexts(s.name)[1],
      url: s.url ?? '',
      kind: s.kind === 'secondary' ? 'secondary' : 'official',
      origin: s.origin ?? '',
      publisher: s.publisher ?? '',
    })),
    notes,
    annotations,
  };
}

export type { Note };

type ListKey = 'targets' | 'sources' | 'notes' | 'annotations';
const EMPTY_ITEM: Readonly<Record<ListKey, () => unknown>> = {
  targets: emptyTarget,
  sources: emptySource,
  notes: emptyNote,
  annotations: emptyAnnotation,
};
/** The control a new item's first field is (focused once it is added). */
const FIRST_FIELD: Readonly<Record<ListKey, string>> = { targets: 'comparator', sources: 'name', notes: 'textId', annotations: 'period' };

/**
 * The form after a list action (`add-target`, `remove-source` with its index...), and the field to
 * focus after an addition; `undefined` for an action that is not a list's.
 */
export function editList(state: FormState, action: string, index: number): { state: FormState; focus?: string } | undefined {
  const list = /^(add|remove)-(target|source|note|annotation)$/.exec(action);
  if (!list) return undefined;
  const key = `${list[2]}s` as ListKey;
  const items = [...(state[key] as readonly unknown[])];
  if (list[1] === 'add') items.push(EMPTY_ITEM[key]());
  else items.splice(index, 1);
  const next = { ...state, [key]: items } as FormState;
  return list[1] === 'add' ? { state: next, focus: `${key}.${items.length - 1}.${FIRST_FIELD[key]}` } : { state: next };
}
