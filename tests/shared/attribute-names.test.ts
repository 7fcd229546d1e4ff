import { expect } from '@open-wc/testing';
import '../../src/define.js';

// React, Vue and Angular set a property when the element has one of an attribute's name; a
// method of that name would be overwritten (`refresh={60}` once replaced `refresh()` and polling
// stopped in silence). So no attribute, in its own spelling or camel-cased, names a method.
const TAGS = ['indikator-target-gauge', 'indikator-trend-line', 'indikator-program-card'] as const;
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

describe('attribute names', () => {
  for (const tag of TAGS) {
    it(`no attribute of <${tag}> shares its name with a method`, () => {
      const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
      const el = document.createElement(tag) as unknown as Record<string, unknown>;
      const attributes = ctor.observedAttributes;
      expect(attributes).to.include.members(['refresh', 'src', 'lang', 'theme']);
      const clashes = attributes.flatMap((a) => [a, camel(a)]).filter((name) => typeof el[name] === 'function');
      expect(clashes).to.deep.equal([]);
    });

    it(`<${tag}> re-fetches with reload(), and refresh is the interval`, () => {
      const el = document.createElement(tag) as unknown as { reload: unknown; refresh: unknown };
      expect(el.reload).to.be.a('function');
      expect(el.refresh).to.equal(undefined);
    });
  }
});
