/**
 * Indikator's elements, one row each: the one list that everything naming "every element" reads
 * (the iframe page's widgets, the server's tags, the size budget per element, the manifest and
 * package checks, the generated framework types, the tests). Pure data with no imports, so that it
 * stays tiny wherever it is bundled and Node scripts read it too (`.ci/elements.mjs` transpiles
 * this file; they cannot import TypeScript).
 *
 * A new element is a row here, an import line in `src/define.ts` (static, so bundlers see it;
 * tests/shared/elements.test.ts fails when the two disagree) and its entries in package.json
 * (`exports`, `elementBudgets`, `sizeGoals`). Its folder `src/<name>/` holds `<name>.ts` (the class,
 * with its `@tagname` and `@fires` JSDoc) and `indikator-<name>.ts` (registers the tag).
 */
export const ELEMENTS = [
  {
    /** Its folder under src/ and the base of its files (`<name>.ts`, `indikator-<name>.ts`). */
    name: 'target-gauge',
    tag: 'indikator-target-gauge',
    /** The class `<name>.ts` exports (importing it registers no tag). */
    className: 'IndikatorTargetGauge',
    /** The iframe page's `widget=` value (`name` is accepted too). */
    widget: 'gauge',
    /** The values its `variant` attribute takes, the default first; none: no `variant`. */
    variants: ['bullet', 'arc'],
    /** Takes `target-id` (it judges one target). */
    targeted: true,
    /** The elements it draws inside its own shadow root (its define file imports theirs). */
    nests: [],
  },
  {
    name: 'trend-line',
    tag: 'indikator-trend-line',
    className: 'IndikatorTrendLine',
    widget: 'trend-line',
    variants: ['full', 'sparkline'],
    targeted: true,
    nests: [],
  },
  {
    name: 'program-card',
    tag: 'indikator-program-card',
    className: 'IndikatorProgramCard',
    widget: 'program-card',
    variants: [],
    targeted: false,
    nests: ['target-gauge', 'trend-line'],
  },
] as const;

export type ElementEntry = (typeof ELEMENTS)[number];
/** `indikator-target-gauge` | `indikator-trend-line` | `indikator-program-card`. */
export type ElementTag = ElementEntry['tag'];
export type ElementName = ElementEntry['name'];
