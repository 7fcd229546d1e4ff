import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/program-card/indikator-program-card.js';
import program from '../demo/data/program-muba-poverty-2025.json' with { type: 'json' };
import poverty from '../demo/data/muba-poverty-rate.json' with { type: 'json' };
import extreme from '../demo/data/muba-extreme-poverty.json' with { type: 'json' };

interface Args {
  lang: 'id' | 'en';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  headingLevel: number;
}

const inline = { ...program, indicators: [poverty, extreme] };

const meta: Meta<Args> = {
  title: 'Elements/Program card',
  component: 'indikator-program-card',
  args: { lang: 'id', theme: 'light', dir: 'ltr', headingLevel: 3 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ lang, theme, dir, headingLevel }) =>
    html`<div dir=${dir} lang=${lang}>
      <indikator-program-card .data=${inline} theme=${theme} heading-level=${headingLevel}></indikator-program-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'en' } };
export const WithBudget: Story = {
  render: ({ lang, theme }) =>
    html`<indikator-program-card
      lang=${lang}
      theme=${theme}
      .data=${{ ...inline, budget: { amount: 12_500_000_000, currency: 'IDR', year: 2025 } }}
    ></indikator-program-card>`,
};
export const RowFailing: Story = {
  render: ({ lang, theme }) =>
    html`<indikator-program-card
      lang=${lang}
      theme=${theme}
      .data=${{ ...program, indicators: ['/data/missing.json', poverty] }}
    ></indikator-program-card>`,
};
export const Loading: Story = {
  render: ({ lang, theme }) => html`<indikator-program-card lang=${lang} theme=${theme}></indikator-program-card>`,
};
export const Error: Story = {
  render: ({ lang, theme }) =>
    html`<indikator-program-card lang=${lang} theme=${theme} .data=${{ ...program, status: 'paused' }}></indikator-program-card>`,
};
export const Grid: Story = {
  render: ({ lang, theme }) =>
    html`<div class="grid" lang=${lang}>
      ${[0, 1, 2].map(() => html`<indikator-program-card theme=${theme} .data=${inline}></indikator-program-card>`)}
    </div>`,
};
