import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/target-gauge/indikator-target-gauge.js';
import extreme from '../demo/data/muba-extreme-poverty.json' with { type: 'json' };
import poverty from '../demo/data/muba-poverty-rate.json' with { type: 'json' };
import indonesia from '../demo/data/idn-poverty-rate-march.json' with { type: 'json' };

type State = 'ready' | 'loading' | 'empty' | 'error';

interface Args {
  data: 'extreme' | 'poverty' | 'indonesia';
  variant: 'bullet' | 'arc';
  size: 'default' | 'compact';
  targetId: string;
  state: State;
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
}

const documents = { extreme, poverty, indonesia };

/** The data for a state: a document, nothing (loading), no observations (empty) or a broken one (error). */
const dataFor = (state: State, name: Args['data']): unknown => {
  const doc = documents[name];
  if (state === 'loading') return undefined;
  if (state === 'empty') return { ...doc, series: [] };
  if (state === 'error') return { ...doc, decimals: 'two' };
  return doc;
};

const gauge = (a: Args, state: State = a.state, variant = a.variant) =>
  html`<indikator-target-gauge
    .data=${dataFor(state, a.data)}
    variant=${variant}
    size=${a.size === 'compact' ? 'compact' : nothing}
    target-id=${a.targetId || nothing}
    theme=${a.theme}
  ></indikator-target-gauge>`;

const meta: Meta<Args> = {
  title: 'Elements/Target gauge',
  component: 'indikator-target-gauge',
  args: { data: 'extreme', variant: 'bullet', size: 'default', targetId: '', state: 'ready', lang: 'id', theme: 'light', dir: 'ltr' },
  argTypes: {
    data: { control: 'inline-radio', options: ['extreme', 'poverty', 'indonesia'] },
    variant: { control: 'inline-radio', options: ['bullet', 'arc'] },
    size: { control: 'inline-radio', options: ['default', 'compact'] },
    targetId: { control: 'text' },
    state: { control: 'inline-radio', options: ['ready', 'loading', 'empty', 'error'] },
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (a) => html`<div dir=${a.dir} lang=${a.lang} style="max-width: 640px">${gauge(a)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Bullet: Story = {};
export const Arc: Story = { args: { variant: 'arc' } };
export const Compact: Story = { args: { size: 'compact' } };
export const NextTarget: Story = { name: 'Next target (earlier one missed)', args: { targetId: 'rpjmn-2025-2029' } };
export const Achieved: Story = { args: { data: 'poverty' } };
export const RangeTarget: Story = { args: { data: 'indonesia', targetId: 'rpjmn-2020-2024' } };
export const RangeTargetArc: Story = { args: { data: 'indonesia', targetId: 'rpjmn-2020-2024', variant: 'arc' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const DarkArc: Story = { args: { theme: 'dark', variant: 'arc' } };
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'en' } };
export const RightToLeftArc: Story = { args: { dir: 'rtl', variant: 'arc' } };
export const Loading: Story = { args: { state: 'loading' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Error: Story = { args: { state: 'error' } };
export const MissingFile: Story = {
  render: (a) => html`<indikator-target-gauge lang=${a.lang} theme=${a.theme} src="/data/no-such-file.json"></indikator-target-gauge>`,
};

/** Every variant in every state, for the chosen language, theme and direction. */
export const AllStates: Story = {
  render: (a) =>
    html`<div dir=${a.dir} lang=${a.lang} style="display: grid; gap: 12px; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr))">
      ${(['bullet', 'arc'] as const).flatMap((variant) => (['ready', 'loading', 'empty', 'error'] as const).map((state) => gauge(a, state, variant)))}
      ${(['ready', 'loading', 'empty', 'error'] as const).map((state) => gauge({ ...a, size: 'compact' }, state))}
    </div>`,
};
export const AllStatesEnglishDarkRtl: Story = { ...AllStates, args: { lang: 'en', theme: 'dark', dir: 'rtl' } };
