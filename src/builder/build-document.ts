/**
 * The indicator document the builder writes: the data (a pasted table, a publisher's file read by
 * its adapter, or an imported document) with what the form says over it. Pure.
 *
 * The library's own check (`validateIndicator`) then says what is wrong, path by path; this module
 * adds only what the schema cannot know from a document alone: a form field that is not a number or
 * a period, a deadline before the baseline, a link that is not http(s). Nothing typed is dropped: a
 * field that cannot be read is reported and the document is not offered until it is fixed.
 */
import { UNSTATED_SOURCE } from '../adapters/finish.js';
import { parsePeriod } from '../data/periods.js';
import type { IndicatorDocument, Note, Observation, Source, Target, Text } from '../data/schema.js';
import type { FormState, SourceFields, TargetFields } from './form-state.js';
import { readNumber } from './paste-table.js';

/** Where the data comes from, read. */
export type DataIn =
  | { readonly kind: 'none' }
  | { readonly kind: 'table'; readonly observations: readonly Observation[] }
  | { readonly kind: 'adapted'; readonly doc: IndicatorDocument }
  | { readonly kind: 'imported'; readonly doc: IndicatorDocument };

/** A problem tied to a form field (`targets.0.period`), in both languages. */
export interface FieldProblem {
  readonly field: string;
  readonly en: string;
  readonly id: string;
}

export interface Built {
  /** The document as written (validated by the caller with `validateIndicator`). */
  readonly doc: Record<string, unknown>;
  readonly problems: FieldProblem[];
  /** The form field a path of the document comes from (`targets[0].min` → `targets.0.min`). */
  readonly fieldOf: (path: string) => string;
}

/** `{ id, en }` from two fields, only the ones written; `undefined` when both are empty. */
export function textOf(id: string, en: string): Text | undefined {
  const t: Record<string, string> = {};
  if (id.trim()) t.id = id.trim();
  if (en.trim()) t.en = en.trim();
  return Object.keys(t).length ? t : undefined;
}

/** An id the schema accepts, from a title: `Persentase penduduk miskin ekstrem` → `persentase-penduduk-miskin-ekstrem`. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 80) || 'indikator'
  );
}

const HTTP = /^https?:\/\/[^\s]+$/i;
const PERCENT = /^%$|^persen$|^percent$/i;

/** The unit's words where the form has only a symbol: `%` reads "persen" / "percent". */
const unitLabel = (state: FormState): Text =>
  textOf(state.unitId, state.unitEn) ?? (PERCENT.test(state.symbol.trim()) ? { id: 'persen', en: 'percent' } : state.symbol.trim());

/** Currency-like symbols go before the number (`Rp 5.000`); others after it (`12%`). */
const symbolPosition = (symbol: string): 'start' | 'end' => (/^(rp|us\$|\$|€|£|¥)$/i.test(symbol) ? 'start' : 'end');

/** Digits after the decimal point of a number as JSON writes it. */
const decimalsOf = (n: number): number => {
  const s = String(n);
  if (/e/i.test(s)) return 0;
  return s.includes('.') ? s.split('.')[1]!.length : 0;
};

const filledTarget = (t: TargetFields) =>
  [t.value, t.min, t.max, t.period, t.labelId, t.labelEn, t.basisLabel, t.basisUrl].some((x) => x.trim() !== '');
const filledSource = (s: SourceFields) => [s.name, s.url, s.origin, s.publisher].some((x) => x.trim() !== '');

/** Builds the document from the data and the form. Never throws. */
export function buildDocument(state: FormState, data: DataIn): Built {
  const problems: FieldProblem[] = [];
  const problem = (field: string, en: string, id: string) => problems.push({ field, en, id });
  const base: Partial<IndicatorDocument> = data.kind === 'adapted' || data.kind === 'imported' ? data.doc : {};
  const replaces = data.kind === 'imported';
  const number = (field: string, text: string, what: { en: string; id: string }): number | undefined => {
    if (!text.trim()) return undefined;
    const n = readNumber(text, state.decimal);
    if (n === undefined) {
      const example = state.decimal === 'comma' ? '0,5' : '0.5';
      problem(
        field,
        `${what.en}: "${text}" is not a number (with the decimal ${state.decimal === 'comma' ? 'comma' : 'point'} chosen above: ${example}).`,
        `${what.id}: "${text}" bukan angka (dengan desimal ${state.decimal === 'comma' ? 'koma' : 'titik'} yang dipilih di atas: ${example}).`,
      );
    }
    return n;
  };
  const period = (field: string, text: string, what: { en: string; id: string }): string | undefined => {
    const t = text.trim();
    if (!t) return undefined;
    if (!parsePeriod(t)) {
      problem(
        field,
        `${what.en}: "${t}" is not a period (write 2024, 2024-03, 2024-Q1 or 2024-S1).`,
        `${what.id}: "${t}" bukan periode (tulis 2024, 2024-03, 2024-Q1 atau 2024-S1).`,
      );
    }
    return t;
  };

  // The data.
  let series: readonly Observation[] = base.series ?? [];
  if (data.kind === 'table') series = data.observations;
  if (data.kind === 'none')
    problem('data', 'Add the data: paste a table, choose a file or give a URL.', 'Masukkan data: tempel tabel, pilih berkas, atau tulis URL.');

  // Words and numbers.
  const title = textOf(state.titleId, state.titleEn) ?? base.title;
  if (!title) problem('titleId', 'Write a title (in Indonesian, English or both).', 'Tulis judul (dalam bahasa Indonesia, Inggris, atau keduanya).');
  const id = state.id.trim() || base.id || slug(state.titleEn || state.titleId);
  const multiplier = number('multiplier', state.multiplier, { en: 'Multiplier', id: 'Pengali' });
  if (multiplier !== undefined && (!Number.isInteger(multiplier) || Math.abs(multiplier) > 15)) {
    problem(
      'multiplier',
      'Multiplier: a power of ten from -15 to 15 (3 = thousands, 6 = millions).',
      'Pengali: pangkat sepuluh dari -15 sampai 15 (3 = ribu, 6 = juta).',
    );
  }
  const decimalsField = number('decimals', state.decimals, { en: 'Decimals', id: 'Desimal' });
  if (decimalsField !== undefined && (!Number.isInteger(decimalsField) || decimalsField < 0 || decimalsField > 4)) {
    problem('decimals', 'Decimals: a whole number from 0 to 4.', 'Desimal: bilangan bulat dari 0 sampai 4.');
  }
  const seen = series.map((o) => (typeof o.value === 'number' ? decimalsOf(o.value) : 0));
  const decimals = decimalsField ?? base.decimals ?? Math.min(4, Math.max(0, ...seen));

  const unit: Record<string, unknown> = { ...(base.unit ?? { label: '' }) };
  if (state.unitId.trim() || state.unitEn.trim() || state.symbol.trim() || !base.unit) unit.label = unitLabel(state);
  if (state.symbol.trim()) {
    unit.symbol = state.symbol.trim();
    unit.symbolPosition = symbolPosition(state.symbol.trim());
  }
  if (multiplier) unit.multiplier = multiplier;
  else if (multiplier === 0) delete unit.multiplier;

  // Sources: the form's, after a file's own (an import's form holds them all).
  // A file that states no source has the adapter's "not stated" in its place: the source a user
  // names replaces it (and it stays, saying so, while none is named).
  const named = state.sources.some((s) => s.name.trim());
  const stated = UNSTATED_SOURCE as Readonly<Record<string, string>>;
  const unstated = (s: Source) => typeof s.name === 'object' && s.name.en === stated.en && s.name.id === stated.id;
  const baseSources: readonly Source[] = replaces ? [] : (base.sources ?? []).filter((s) => !(named && unstated(s)));
  const imported = new Map((data.kind === 'imported' ? data.doc.sources : []).map((s) => [s.id, s]));
  const sources: Record<string, unknown>[] = baseSources.map((s) => ({ ...s }));
  const sourceField: string[] = baseSources.map(() => 'data');
  const taken = new Set(baseSources.map((s) => s.id));
  const freshId = (stem: string) => {
    let n = 1;
    while (taken.has(`${stem}-${n}`)) n++;
    taken.add(`${stem}-${n}`);
    return `${stem}-${n}`;
  };
  const formSourceIds: string[] = [];
  state.sources.forEach((s, i) => {
    if (!filledSource(s)) return;
    const field = `sources.${i}`;
    if (!s.name.trim()) problem(`${field}.name`, 'Source: write its name.', 'Sumber: tulis namanya.');
    if (s.url.trim() && !HTTP.test(s.url.trim())) {
      problem(
        `${field}.url`,
        'Source link: an address starting with https:// or http://.',
        'Tautan sumber: alamat yang diawali https:// atau http://.',
      );
    }
    const sourceId = s.id && !taken.has(s.id) ? (taken.add(s.id), s.id) : freshId('source');
    const out: Record<string, unknown> = { ...(imported.get(s.id) ?? {}), id: sourceId, name: s.name.trim() };
    for (const key of ['url', 'origin', 'publisher'] as const) delete out[key];
    if (s.url.trim()) out.url = s.url.trim();
    // An imported source without a kind keeps none; a new one says which it is.
    if (s.kind === 'secondary' || !imported.has(s.id) || imported.get(s.id)?.kind) out.kind = s.kind;
    if (s.kind === 'secondary') {
      if (s.origin.trim()) out.origin = s.origin.trim();
      if (s.publisher.trim()) out.publisher = s.publisher.trim();
    }
    sources.push(out);
    sourceField.push(`${field}.name`);
    formSourceIds.push(sourceId);
  });
  if (!sources.length && data.kind !== 'none') {
    problem('sources.0.name', 'Name at least one source of the figures.', 'Tulis setidaknya satu sumber angka.');
  }

  // Baseline.
  const baselineValue = number('baselineValue', state.baselineValue, { en: 'Baseline value', id: 'Nilai baseline' });
  const baselinePeriod = period('baselinePeriod', state.baselinePeriod, { en: 'Baseline period', id: 'Periode baseline' });
  let baseline: unknown = base.baseline;
  if (state.baselinePeriod.trim() || state.baselineValue.trim()) {
    if (!baselinePeriod) problem('baselinePeriod', 'Baseline: write its period too.', 'Baseline: tulis juga periodenya.');
    if (!state.baselineValue.trim()) problem('baselineValue', 'Baseline: write its value too.', 'Baseline: tulis juga nilainya.');
    // The same baseline as the file's keeps its note and source.
    const same = base.baseline?.period === baselinePeriod ? base.baseline : {};
    baseline = { ...same, period: baselinePeriod, value: baselineValue };
  }
  const startPeriod = (baseline as { period?: string } | undefined)?.period ?? [...series].map((o) => o.period).sort()[0];
  const start = startPeriod ? parsePeriod(startPeriod) : undefined;

  // Targets: the form's replace the file's when any is written (an import's form holds them all).
  const formTargets = state.targets.map((t, i) => ({ t, i })).filter(({ t }) => filledTarget(t));
  const targetIds = new Set<string>();
  const targets: Record<string, unknown>[] = [];
  const targetField: number[] = [];
  for (const { t, i } of formTargets) {
    const field = `targets.${i}`;
    const what = (en: string, id: string) => ({ en: `Target ${i + 1}, ${en}`, id: `Target ${i + 1}, ${id}` });
    const deadline = period(`${field}.period`, t.period, what('deadline', 'tenggat'));
    if (!t.period.trim())
      problem(
        `${field}.period`,
        `Target ${i + 1}: write its deadline (the year or period).`,
        `Target ${i + 1}: tulis tenggatnya (tahun atau periode).`,
      );
    const end = deadline ? parsePeriod(deadline) : undefined;
    if (end && start && end.end <= start.start) {
      problem(
        `${field}.period`,
        `Target ${i + 1}: the deadline ${deadline} is before the baseline ${startPeriod}; a target's deadline comes after its baseline.`,
        `Target ${i + 1}: tenggat ${deadline} sebelum baseline ${startPeriod}; tenggat target harus sesudah baseline.`,
      );
    }
    let targetId = t.id.trim() || slug(`target-${t.period || i + 1}`);
    while (targetIds.has(targetId)) targetId = `${targetId}-${i + 1}`;
    targetIds.add(targetId);
    const out: Record<string, unknown> = { id: targetId, comparator: t.comparator };
    if (t.comparator === 'between') {
      out.min = number(`${field}.min`, t.min, what('lowest value', 'nilai terendah'));
      out.max = number(`${field}.max`, t.max, what('highest value', 'nilai tertinggi'));
      if (!t.min.trim())
        problem(`${field}.min`, `Target ${i + 1}: write the lowest value of the band.`, `Target ${i + 1}: tulis nilai terendah rentang.`);
      if (!t.max.trim())
        problem(`${field}.max`, `Target ${i + 1}: write the highest value of the band.`, `Target ${i + 1}: tulis nilai tertinggi rentang.`);
    } else {
      out.value = number(`${field}.value`, t.value, what('value', 'nilai'));
      if (!t.value.trim()) problem(`${field}.value`, `Target ${i + 1}: write its value.`, `Target ${i + 1}: tulis nilainya.`);
    }
    out.period = deadline;
    const label = textOf(t.labelId, t.labelEn);
    if (label) out.label = label;
    if (t.basisLabel.trim()) out.basis = t.basisLabel.trim();
    if (t.basisUrl.trim()) {
      if (!HTTP.test(t.basisUrl.trim())) {
        problem(
          `${field}.basisUrl`,
          `Target ${i + 1}, legal basis link: an address starting with https:// or http://.`,
          `Target ${i + 1}, tautan dasar hukum: alamat yang diawali https:// atau http://.`,
        );
      }
      const url = t.basisUrl.trim();
      const known = sources.find((s) => s.url === url);
      if (known) out.sourceRef = known.id;
      else {
        const basisId = freshId('basis');
        sources.push({ id: basisId, name: t.basisLabel.trim() || url, url, kind: 'official' });
        sourceField.push(`${field}.basisUrl`);
        out.sourceRef = basisId;
      }
    } else if (t.sourceRef && sources.some((s) => s.id === t.sourceRef)) out.sourceRef = t.sourceRef;
    targets.push(out);
    targetField.push(i);
  }

  // Notes and annotations (a note on one period is drawn as a labelled marker on the trend line).
  const notes: Record<string, unknown>[] = replaces ? [] : (base.notes ?? []).map((n: Note) => ({ ...n }));
  const noteField: string[] = notes.map(() => 'data');
  state.notes.forEach((n, i) => {
    const text = textOf(n.textId, n.textEn);
    if (!text) return;
    const out: Record<string, unknown> = {};
    if (n.kind) out.kind = n.kind;
    out.text = text;
    if (n.sourceRef && sources.some((s) => s.id === n.sourceRef)) out.sourceRef = n.sourceRef;
    notes.push(out);
    noteField.push(`notes.${i}.textId`);
  });
  state.annotations.forEach((a, i) => {
    const text = textOf(a.labelId, a.labelEn);
    if (!text && !a.period.trim()) return;
    const at = period(`annotations.${i}.period`, a.period, { en: `Annotation ${i + 1}, period`, id: `Anotasi ${i + 1}, periode` });
    if (!a.period.trim()) problem(`annotations.${i}.period`, `Annotation ${i + 1}: write its period.`, `Anotasi ${i + 1}: tulis periodenya.`);
    if (!text) problem(`annotations.${i}.labelId`, `Annotation ${i + 1}: write its label.`, `Anotasi ${i + 1}: tulis labelnya.`);
    notes.push({ text: text ?? '', periods: at ? [at] : [] });
    noteField.push(`annotations.${i}.period`);
  });

  // The figures of a pasted table are credited to the first source named (as the form says): a
  // target's legal basis is a source too, and must not be credited with them.
  if (data.kind === 'table' && formSourceIds[0]) {
    series = series.map((o) => (o.sourceRef ? o : { ...o, sourceRef: formSourceIds[0] }));
  }

  const doc: Record<string, unknown> = {
    ...(replaces ? base : {}),
    ...(data.kind === 'adapted' ? base : {}),
    schema: 'indikator/indicator@1',
    id,
    title,
    unit,
    decimals,
    direction: state.direction,
    series: [...series],
    sources,
  };
  if (baseline !== undefined) doc.baseline = baseline;
  if (targets.length) doc.targets = targets;
  else if (!replaces && base.targets?.length) doc.targets = base.targets;
  else delete doc.targets;
  if (notes.length) doc.notes = notes;
  else delete doc.notes;

  const formTargetsWin = targets.length > 0;
  const fieldOf = (path: string): string => {
    const m = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
    if (!m) return 'data';
    const [, key, index, sub] = m;
    const n = Number(index);
    switch (key) {
      case 'series':
        return 'data';
      case 'id':
        return 'id';
      case 'title':
        return 'titleId';
      case 'unit':
        return sub === 'multiplier' ? 'multiplier' : sub === 'symbol' ? 'symbol' : 'unitId';
      case 'decimals':
        return 'decimals';
      case 'direction':
        return 'direction';
      case 'baseline':
        return sub === 'period' ? 'baselinePeriod' : 'baselineValue';
      case 'targets': {
        if (!formTargetsWin || index === undefined) return 'data';
        const i = targetField[n];
        return i === undefined
          ? 'data'
          : `targets.${i}.${sub === 'min' || sub === 'max' || sub === 'value' || sub === 'period' ? sub : sub === 'label' ? 'labelId' : 'period'}`;
      }
      case 'sources':
        return index === undefined ? 'sources.0.name' : (sourceField[n] ?? 'sources.0.name');
      case 'notes':
        return index === undefined ? 'data' : (noteField[n] ?? 'data');
      default:
        return 'data';
    }
  };
  return { doc, problems, fieldOf };
}

/** Targets as the schema types them, for callers that read a valid document. */
export type { Target };
