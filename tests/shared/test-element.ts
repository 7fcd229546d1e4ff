// A minimal element on the shared base, so the base can be tested apart from any chart.
import { html } from 'lit';
import { IndikatorElement, type ParseContext, type Parsed } from '../../src/shared/indikator-element.js';
import { validateIndicator } from '../../src/data/validate.js';
import { normalize } from '../../src/data/normalize.js';
import { assessStatus, type StatusResult } from '../../src/core/status.js';
import { pickText } from '../../src/core/locale.js';
import { defineElement } from '../../src/shared/define.js';
import type { IndicatorDocument } from '../../src/data/schema.js';

interface Model {
  doc: IndicatorDocument;
  result: StatusResult;
}

export class IndikatorTestElement extends IndikatorElement<Model> {
  parses = 0;

  protected parse(raw: unknown, context: ParseContext): Parsed<Model> {
    this.parses += 1;
    const checked = validateIndicator(raw, { lang: context.lang });
    if (!checked.ok) {
      return { ok: false, code: 'invalid', message: 'invalid', issues: checked.issues.map((i) => i.message) };
    }
    const doc = checked.value;
    const n = normalize(doc);
    return { ok: true, model: { doc, result: assessStatus(doc, undefined, { asOf: context.asOf }) }, data: doc, empty: n.values.length === 0 };
  }

  protected override statusOf(model: Model) {
    return model.result.status;
  }

  protected override describe(model: Model) {
    return `${model.result.latest?.period.key}: ${model.result.latest?.value}`;
  }

  protected kindLabel() {
    return 'Test element';
  }

  protected renderReady(model: Model) {
    return html`<figure role="group" aria-label="test">
      <p class="title">${pickText(model.doc.title, this.locale)?.text}</p>
      <p class="latest">${model.result.latest?.value}</p>
    </figure>`;
  }
}

defineElement('indikator-test-element', IndikatorTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'indikator-test-element': IndikatorTestElement;
  }
}
