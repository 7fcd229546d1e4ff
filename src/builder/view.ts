/**
 * The builder's page as templates of a view model: the form (data in, what the data lacks), the
 * preview and what comes out. Lit text bindings only (data reaches the page as text), no `style`
 * bindings (the page runs under a strict CSP: layout comes from builder.css and classes). Every
 * control has a label, a field's problem sits under it and is tied to it (`aria-describedby`), and
 * the page's controls carry `data-field` / `data-action`, read by one listener in builder.ts.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { IndicatorDocument } from '../data/schema.js';
import type { SeriesDimension } from '../adapters/select.js';
import { fill } from '../core/messages.js';
import { pickText } from '../core/locale.js';
import { controlId, messageId } from './form-fields.js';
import { VERSION } from './embed-code.js';
import { button, choice, describedBy, input, listGroup, radios, type ViewModel } from './controls.js';

export type { PreviewView, ViewModel } from './controls.js';

function dataSection(m: ViewModel): TemplateResult {
  const { t, state } = m;
  const separators = [
    ['tab', t.separatorTab],
    ['comma', t.separatorComma],
    ['semicolon', t.separatorSemicolon],
  ] as const;
  const decimals = [
    ['comma', t.decimalComma],
    ['point', t.decimalPoint],
  ] as const;
  const decimalShown = fill(t.decimalShown, {
    which: state.decimal === 'comma' ? t.decimalCommaWord : t.decimalPointWord,
    example: state.decimal === 'comma' ? '6,56' : '6.56',
  });
  const formats: (readonly [string, string])[] = [
    ['auto', t.formatAuto],
    ['csv', 'CSV'],
    ['sdmx-json', 'SDMX-JSON'],
    ['json-stat', 'JSON-stat'],
    ['worldbank', 'World Bank API v2'],
    ['bps', 'BPS WebAPI'],
    ['opensdg', 'Open SDG'],
    ['indikator', 'Indikator (indicator@1)'],
  ];
  const table = m.read.table;
  const observed = m.read.data.kind === 'table' ? m.read.data.observations : m.read.data.kind === 'none' ? [] : m.read.data.doc.series;
  const values = observed.filter((o) => o.value !== null);
  const dataProblems = m.problems.get('data') ?? [];
  return html`<section class="step" aria-labelledby="step-data">
    <h2 id="step-data">${t.stepData}</h2>
    ${radios(m, 'route', t.route, [
      ['paste', t.routePaste],
      ['file', t.routeFile],
      ['url', t.routeUrl],
    ])}
    <div class="row">
      ${choice(m, 'separator', t.separator, separators)} ${choice(m, 'decimal', t.decimal, decimals, decimalShown)}
    </div>
    ${
      state.route === 'paste'
        ? html`<div class="field wide">
            <label for="f-paste">${t.pasteLabel}</label>
            <textarea
              id="f-paste"
              rows="8"
              spellcheck="false"
              data-field="paste"
              .value=${live(state.paste)}
              aria-describedby=${describedBy('f-paste-hint', dataProblems.length > 0 && messageId('data'))}
              aria-invalid=${dataProblems.length ? 'true' : nothing}
            ></textarea>
            <p class="hint" id="f-paste-hint">${t.pasteHint}</p>
          </div>
          ${
            table && table.columns.length > 1
              ? choice(
                  m,
                  'column',
                  t.column,
                  table.columns.map((c) => [c, c]),
                )
              : nothing
          }`
        : nothing
    }
    ${
      state.route === 'file'
        ? html`<div class="drop" data-drop="data">
            <label for="f-file">${t.fileLabel}</label>
            <input id="f-file" type="file" accept=".csv,.tsv,.txt,.json,application/json,text/csv" data-file="data" aria-describedby="f-file-hint" />
            <p class="hint" id="f-file-hint">${t.dropHint}</p>
          </div>
          <div class="field wide">
            <label for="f-import">${t.importLabel}</label>
            <input id="f-import" type="file" accept=".json,application/json" data-file="import" />
          </div>`
        : nothing
    }
    ${
      state.route === 'url'
        ? html`<div class="field wide">
            <label for="f-url">${t.urlLabel}</label>
            <div class="inline">
              <input id="f-url" type="url" inputmode="url" spellcheck="false" autocomplete="url" data-field="url" .value=${live(state.url)} aria-describedby="f-url-hint" />
              ${button('fetch', m.fetching ? t.fetching : t.fetch, { kind: 'primary', disabled: m.fetching })}
            </div>
            <p class="hint" id="f-url-hint">${t.urlHint}</p>
          </div>
          ${
            m.fetchFailure
              ? html`<div class="problem-box" role="alert">
                <p>${m.fetchFailure.text}</p>
                ${m.fetchFailure.cors ? button('use-file', t.useFile) : nothing}
              </div>`
              : nothing
          }`
        : nothing
    }
    ${state.route !== 'paste' ? choice(m, 'format', t.format, formats) : nothing}
    ${
      state.route !== 'paste' && state.file && m.read.format
        ? html`<p class="hint">${fill(t.readAs, { format: formats.find(([f]) => f === m.read.format)?.[1] ?? m.read.format, name: state.file.name })}</p>`
        : nothing
    }
    ${m.read.choices.length ? seriesMenus(m, m.read.choices) : nothing}
    ${dataProblems.length ? html`<div class="problem" id=${messageId('data')}>${dataProblems.map((p) => html`<p>${p}</p>`)}</div>` : nothing}
    ${
      values.length
        ? html`<p class="hint">${fill(m.t.read, { count: values.length, first: values[0]!.period, last: values.at(-1)!.period })}</p>`
        : nothing
    }
    ${table?.gaps.length ? html`<p class="hint">${fill(t.gaps, { periods: table.gaps.join(', ') })}</p>` : nothing}
  </section>`;
}

function seriesMenus(m: ViewModel, dims: readonly SeriesDimension[]): TemplateResult {
  const lang = m.state.ui;
  return html`<fieldset class="series">
    <legend>${m.t.series}</legend>
    <p class="hint">${m.t.seriesHint}</p>
    <div class="row">
      ${dims.map((d, i) => {
        const id = `f-pick-${i}`;
        const picked = Object.hasOwn(m.state.picks, d.id) ? m.state.picks[d.id] : undefined;
        const name = pickText(d.label, lang)?.text;
        return html`<div class="field">
          <label for=${id}>${name && name !== d.id ? `${name} (${d.id})` : d.id}</label>
          <select id=${id} data-pick=${d.id}>
            <option value="" ?selected=${picked === undefined}>${m.t.anyValue}</option>
            ${d.values.map((v) => {
              const label = pickText(v.label, lang)?.text;
              const words = v.id === '' ? `(${label || '—'})` : label && label !== v.id ? `${label} (${v.id})` : v.id;
              return html`<option value=${`=${v.id}`} ?selected=${picked === v.id}>${words}</option>`;
            })}
          </select>
        </div>`;
      })}
    </div>
    <p class="hint">${m.t.selectShown}: <code class="select-shown">${m.read.select || '—'}</code></p>
  </fieldset>`;
}

function metaSection(m: ViewModel): TemplateResult {
  const { t, state } = m;
  const comparators = (['eq', 'lt', 'le', 'ge', 'gt', 'between'] as const).map((c) => [c, t[c]] as const);
  return html`<section class="step" aria-labelledby="step-meta">
    <h2 id="step-meta">${t.stepMeta}</h2>
    <div class="row">${input(m, 'titleId', t.titleId, { wide: true })} ${input(m, 'titleEn', t.titleEn, { wide: true })}</div>
    ${input(m, 'id', t.docId, { hint: t.docIdHint })}
    <div class="row">${input(m, 'unitId', t.unitId)} ${input(m, 'unitEn', t.unitEn)} ${input(m, 'symbol', t.symbol)}</div>
    <div class="row">
      ${choice(m, 'multiplier', t.multiplier, [
        ['0', t.multiplier0],
        ['3', t.multiplier3],
        ['6', t.multiplier6],
        ['9', t.multiplier9],
        ['12', t.multiplier12],
      ])}
      ${choice(m, 'decimals', t.decimals, [
        ['', t.decimalsAuto],
        ['0', '0'],
        ['1', '1'],
        ['2', '2'],
        ['3', '3'],
        ['4', '4'],
      ])}
    </div>
    ${radios(m, 'direction', t.direction, [
      ['lower-is-better', t.lowerBetter],
      ['higher-is-better', t.higherBetter],
      ['target-range', t.inRange],
      ['neutral', t.neutral],
    ])}

    ${listGroup(t, {
      kind: 'target',
      legend: t.targets,
      items: state.targets,
      itemN: t.targetN,
      add: t.addTarget,
      body: (target, i) => html`<div class="row">
          ${choice(m, `targets.${i}.comparator`, t.comparator, comparators)}
          ${
            target.comparator === 'between'
              ? html`${input(m, `targets.${i}.min`, t.min, { inputmode: 'decimal' })} ${input(m, `targets.${i}.max`, t.max, { inputmode: 'decimal' })}`
              : input(m, `targets.${i}.value`, t.value, { inputmode: 'decimal' })
          }
          ${input(m, `targets.${i}.period`, t.deadline)}
        </div>
        <div class="row">${input(m, `targets.${i}.labelId`, t.labelId)} ${input(m, `targets.${i}.labelEn`, t.labelEn)}</div>
        <div class="row">
          ${input(m, `targets.${i}.basisLabel`, t.basisLabel)} ${input(m, `targets.${i}.basisUrl`, t.basisUrl, { type: 'url', inputmode: 'url' })}
        </div>`,
    })}

    <fieldset class="group">
      <legend>${t.baseline}</legend>
      <p class="hint">${t.baselineHint}</p>
      <div class="row">
        ${input(m, 'baselinePeriod', t.baselinePeriod)} ${input(m, 'baselineValue', t.baselineValue, { inputmode: 'decimal' })}
      </div>
    </fieldset>

    ${listGroup(t, {
      kind: 'source',
      legend: t.sources,
      hint: t.sourcesHint,
      items: state.sources,
      itemN: t.sourceN,
      add: t.addSource,
      body: (src, i) => html`<div class="row">
          ${input(m, `sources.${i}.name`, t.sourceName, { wide: true })} ${input(m, `sources.${i}.url`, t.sourceUrl, { type: 'url', inputmode: 'url' })}
        </div>
        ${radios(m, `sources.${i}.kind`, t.sourceKind, [
          ['official', t.official],
          ['secondary', t.secondary],
        ])}
        ${
          src.kind === 'secondary'
            ? html`<div class="row">${input(m, `sources.${i}.origin`, t.origin)} ${input(m, `sources.${i}.publisher`, t.publisher)}</div>`
            : nothing
        }`,
    })}
    ${listGroup(t, {
      kind: 'note',
      legend: t.notes,
      items: state.notes,
      itemN: t.noteN,
      add: t.addNote,
      body: (_, i) =>
        html`<div class="row">${input(m, `notes.${i}.textId`, t.noteId, { wide: true })} ${input(m, `notes.${i}.textEn`, t.noteEn, { wide: true })}</div>`,
    })}
    ${listGroup(t, {
      kind: 'annotation',
      legend: t.annotations,
      items: state.annotations,
      itemN: t.annotationN,
      add: t.addAnnotation,
      body: (_, i) => html`<div class="row">
          ${input(m, `annotations.${i}.period`, t.annotationPeriod)} ${input(m, `annotations.${i}.labelId`, t.labelId)}
          ${input(m, `annotations.${i}.labelEn`, t.labelEn)}
        </div>`,
    })}
  </section>`;
}

/** A group of two-state buttons (`aria-pressed`), one click each. */
function switches(label: string, name: string, current: string, choices: readonly (readonly [string, string])[]): TemplateResult {
  return html`<div class="switch" role="group" aria-label=${label}>
    <span class="switch-label" aria-hidden="true">${label}</span>
    ${choices.map(
      ([v, words]) =>
        html`<button type="button" data-view=${name} data-value=${v} aria-pressed=${v === current ? 'true' : 'false'}>${words}</button>`,
    )}
  </div>`;
}

function previewSection(m: ViewModel): TemplateResult {
  const { t, view, doc } = m;
  return html`<section class="step preview" aria-labelledby="step-preview">
    <h2 id="step-preview">${t.stepPreview}</h2>
    <div class="switches">
      ${switches(t.width, 'width', view.width, [
        ['phone', t.phone],
        ['desktop', t.desktop],
      ])}
      ${switches(t.theme, 'theme', view.theme, [
        ['light', t.light],
        ['dark', t.dark],
      ])}
      ${switches(t.language, 'lang', view.lang, [
        ['id', 'Indonesia'],
        ['en', 'English'],
      ])}
    </div>
    ${
      m.allProblems.length
        ? html`<div class="problem-box" aria-labelledby="problems-title">
          <h3 id="problems-title">${t.problems}</h3>
          <ul>
            ${m.allProblems.map((p) => html`<li><a href=${`#${p.field === 'data' ? 'step-data' : controlId(p.field)}`}>${p.text}</a></li>`)}
          </ul>
        </div>`
        : nothing
    }
    ${doc && m.stale ? html`<p class="notice">${t.previewStale}</p>` : nothing}
    <div class="preview-frame width-${view.width} theme-${view.theme}">
      ${
        doc
          ? html`<indikator-target-gauge .data=${doc} lang=${view.lang} theme=${view.theme} heading-level="3" downloads></indikator-target-gauge>
            <indikator-trend-line .data=${doc} lang=${view.lang} theme=${view.theme} heading-level="3" downloads></indikator-trend-line>`
          : html`<p class="empty">${t.previewEmpty}</p>`
      }
    </div>
  </section>`;
}

function code(id: string, label: string, text: string, rows: number, copy: string): TemplateResult {
  return html`<div class="field wide code">
    <label for=${id}>${label}</label>
    <textarea id=${id} rows=${rows} readonly spellcheck="false" .value=${text}></textarea>
    <button type="button" class="secondary" data-action="copy" data-copy=${id}>${copy}</button>
  </div>`;
}

function outSection(m: ViewModel): TemplateResult {
  const { t, out } = m;
  return html`<section class="step out" aria-labelledby="step-out">
    <h2 id="step-out">${t.stepOut}</h2>
    <p>${button('download', t.download, { kind: 'primary', disabled: !out.valid })}</p>
    ${out.valid ? nothing : html`<p class="hint">${t.documentInvalid}</p>`}
    <p class="reminder">${fill(t.hostReminder, { file: out.fileName })}</p>
    ${input(m, 'hostUrl', t.hostUrl, { type: 'url', inputmode: 'url', wide: true, hint: fill(t.hostUrlHint, { file: out.fileName }) })}
    <div class="row">
      ${radios(m, 'embedWidget', t.widget, [
        ['gauge', t.gauge],
        ['trend-line', t.trendLine],
      ])}
      <div class="field">
        <label for="f-library">${t.library}</label>
        <select id="f-library" data-library>
          <option value="cdn" ?selected=${m.library === 'cdn'}>${fill(t.libraryCdn, { version: VERSION })}</option>
          <option value="here" ?selected=${m.library === 'here'}>${t.libraryHere}</option>
        </select>
      </div>
    </div>
    ${
      out.valid
        ? html`${code('code-element', t.elementCode, out.element, 12, `${t.copy}: ${t.elementCode}`)}
        ${
          out.iframe
            ? code('code-iframe', fill(t.iframeCode, { height: out.height }), out.iframe, 4, `${t.copy}: iframe`)
            : html`<p class="hint" id="code-iframe-missing">${t.iframeNeedsUrl}</p>`
        }
        <fieldset class="group pictures">
          <legend>${t.pictures}</legend>
          ${button('picture', fill(t.svgOf, { widget: t.gauge }), { index: 0 })} ${button('picture', fill(t.pngOf, { widget: t.gauge }), { index: 1 })}
          ${button('picture', fill(t.svgOf, { widget: t.trendLine }), { index: 2 })}
          ${button('picture', fill(t.pngOf, { widget: t.trendLine }), { index: 3 })}
        </fieldset>`
        : nothing
    }
  </section>`;
}

/** The whole page. */
export function page(m: ViewModel): TemplateResult {
  const { t } = m;
  return html`<header class="top">
      <div>
        <h1>${t.pageTitle}</h1>
        <p>${t.intro}</p>
      </div>
      <div class="tools">
        <button type="button" class="secondary" data-action="ui-lang" lang=${m.state.ui === 'id' ? 'en' : 'id'} aria-label=${`${t.uiLanguageName}: ${t.uiLanguage}`}>
          ${t.uiLanguage}
        </button>
        ${button('undo', t.undo, { disabled: !m.canUndo })} ${button('reset', t.startOver)}
      </div>
      <p class="saved">${m.saved}</p>
    </header>
    <div class="layout">
      <form class="form" novalidate aria-label=${t.pageTitle}>${dataSection(m)} ${metaSection(m)}</form>
      <div class="side">${previewSection(m)} ${outSection(m)}</div>
    </div>
    <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${m.announce}</p>`;
}

export type { IndicatorDocument };
