// `data` is typed by element: `npm run typecheck` (which CI runs) compiles this file, so each
// `@ts-expect-error` below fails the check if that wrong input ever type-checks; in the browser
// the same values are given to the elements, which judge them at run time as always.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/trend-line/indikator-trend-line.js';
import type { ComponentProps } from 'react';
// Types only: React itself is not loaded in this page.
import type { TargetGauge, TrendLine, ProgramCard } from '../../src/react/index.js';
import type { IndikatorTrendLine } from '../../src/trend-line/trend-line.js';
import type { IndikatorProgramCard } from '../../src/program-card/program-card.js';
import { fixture } from '../helpers.js';

// A JSON import's type: strings are `string`, not the schema's literals.
interface ImportedJson {
  schema: string;
  id: string;
  title: { id: string; en: string };
  unit: { label: string; symbol: string };
  decimals: number;
  direction: string;
  series: { period: string; value: number | null }[];
  sources: { id: string; name: string }[];
}

describe('data is typed by element', () => {
  it('documents and JSON imports type-check; wrong shapes do not', async () => {
    const doc = await fixture<ImportedJson>('muba-poverty-rate.json');
    const trend = document.createElement('indikator-trend-line') as IndikatorTrendLine;
    trend.data = doc;
    trend.data = [doc, doc];
    // With `format`: a publisher's message (an object without `schema`) or CSV text.
    trend.data = { dataSets: [], structure: {} };
    trend.data = 'period,value\n2024,1.5';
    // @ts-expect-error a number is no document
    trend.data = 42;
    // @ts-expect-error a document's series is an array
    trend.data = { ...doc, series: 'none' };
    const card = document.createElement('indikator-program-card') as IndikatorProgramCard;
    // @ts-expect-error an indicator is not a programme (no `indicators`)
    card.data = doc;
    // The React components take the same types.
    const line: ComponentProps<typeof TrendLine> = { data: [doc], lang: 'id' };
    const gauge: ComponentProps<typeof TargetGauge> = { data: doc, targetId: 't' };
    // @ts-expect-error the card's data is a programme
    const wrong: ComponentProps<typeof ProgramCard> = { data: doc };
    expect([line, gauge, wrong].length).to.equal(3);
    // At run time the element still judges what it is given (a moment later: an invalid document
    // is explained by the schema library, loaded on first need).
    document.body.append(trend);
    await waitUntil(() => trend.getAttribute('state') === 'error', 'the error state', { timeout: 5000 });
    expect(trend.getAttribute('state')).to.equal('error');
    trend.remove();
  });
});
