import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/trend-line/indikator-trend-line.js';
import extreme from '../demo/data/muba-extreme-poverty.json' with { type: 'json' };
import poverty from '../demo/data/muba-poverty-rate.json' with { type: 'json' };
import sumsel from '../demo/data/sumsel-poverty-rate-march.json' with { type: 'json' };
import indonesia from '../demo/data/idn-poverty-rate-march.json' with { type: 'json' };

type State = 'ready' | 'loading' | 'empty' | 'error';

interface Args {
  data: 'compare' | 'extreme' | 'poverty' | 'indonesia';
  variant: 'full' | 'sparkline';
  targetId: string;
  asOf: string;
  state: State;
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  width: number;
}

const documents = { compare: [poverty, sumsel, indonesia], extreme, poverty, indonesia };
const milestone = [{ period: '2025-07-16', label: { id: 'Rapat koordinasi', en: 'Coordination meeting' } }];

/** The data for a state: a document (or several), nothing (loading), no observations (empty) or a broken one (error). */
const dataFor = (state: State, name: Args['data']): unknown => {
  const data = documents[name];
  const primary = Array.isArray(data) ? data[0]! : data;
  if (state === 'loading') return undefined;
  if (state === 'empty') return { ...primary, series: [] };
  if (state === 'error')
    return Array.isArray(data) ? [primary, { ...data[1], series: [{ period: '2024', value: '4,74' }] }] : { ...primary, decimals: 'two' };
  return data;
};

const trend = (a: Args, state: State = a.state, variant = a.variant) =>
  html`<indikator-trend-line
    .data=${dataFor(state, a.data)}
    .annotations=${a.data === 'extreme' ? milestone : []}
    variant=${variant}
    target-id=${a.targetId || nothing}
    as-of=${a.asOf || nothing}
    theme=${a.theme}
    heading-level="3"
  ></indikator-trend-line>`;

const frame = (a: Args, content: unknown) => html`<div dir=${a.dir} lang=${a.lang} style=${`max-width: ${a.width}px`}>${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/Trend line',
  component: 'indikator-trend-line',
  args: { data: 'compare', variant: 'full', targetId: '', asOf: '', state: 'ready', lang: 'id', theme: 'light', dir: 'ltr', width: 720 },
  argTypes: {
    data: { control: 'inline-radio', options: ['compare', 'extreme', 'poverty', 'indonesia'] },
    variant: { control: 'inline-radio', options: ['full', 'sparkline'] },
    targetId: { control: 'text' },
    asOf: { control: 'text' },
    state: { control: 'inline-radio', options: ['ready', 'loading', 'empty', 'error'] },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
  render: (a) => frame(a, trend(a)),
};
export default meta;

type Story = StoryObj<Args>;

/** Muba vs South Sumatra vs Indonesia: comparison series dashed and labelled at their ends. */
export const Comparison: Story = {};
/** Muba extreme poverty with the 2025-07-16 coordination meeting as an annotation; the eq target as a marker. */
export const ExtremePoverty: Story = { args: { data: 'extreme' } };
/** As of 2023 the verdict rests on the line: the required path (dashed) and current pace (dotted) are drawn. */
export const RequiredPathAndPace: Story = { args: { data: 'extreme', asOf: '2023', lang: 'en' } };
/** A `between` target as a band. */
export const RangeTarget: Story = { args: { data: 'indonesia', targetId: 'rpjmn-2020-2024', lang: 'en' } };
/** An `lt` target as a threshold line. */
export const Threshold: Story = { args: { data: 'poverty' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en', data: 'extreme' } };
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'en' } };
export const Narrow: Story = { args: { width: 320 } };
export const Loading: Story = { args: { state: 'loading' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Error: Story = { args: { state: 'error' } };
export const ErrorEnglish: Story = { args: { state: 'error', lang: 'en' } };

/** Sparklines for cards and tables, every data set. */
export const Sparklines: Story = {
  args: { variant: 'sparkline' },
  render: (a) => frame(a, html`${(['poverty', 'extreme', 'indonesia'] as const).map((data) => trend({ ...a, data }, a.state, 'sparkline'))}`),
};
export const SparklineDark: Story = { ...Sparklines, args: { variant: 'sparkline', theme: 'dark', lang: 'en' } };
export const SparklineRightToLeft: Story = { ...Sparklines, args: { variant: 'sparkline', dir: 'rtl', lang: 'en' } };
export const SparklineEmpty: Story = { ...Sparklines, args: { variant: 'sparkline', state: 'empty' } };
export const SparklineError: Story = { ...Sparklines, args: { variant: 'sparkline', state: 'error' } };

/** Every state side by side, in both themes. */
export const AllStates: Story = {
  render: (a) =>
    frame(
      a,
      html`${(['light', 'dark'] as const).map((theme) =>
        (['ready', 'loading', 'empty', 'error'] as const).map((state) => trend({ ...a, theme }, state)),
      )}`,
    ),
};
