// The table of elements (src/elements.ts) and what registers them: src/define.ts imports one define
// file per row, in the table's order (the bundler needs static imports, so the list is written
// twice; this test keeps the two alike), and each registers the row's tag with the row's class.
import { expect } from '@open-wc/testing';
import { ELEMENTS } from '../../src/elements.js';
import '../../src/define.js';

/** The modules a file imports for their effects (`import './x.js';`), in order, without extension (the test server serves `.ts`). */
async function sideEffectImports(url: URL): Promise<string[]> {
  const response = await fetch(url);
  expect(response.ok, `${url.pathname}: ${response.status}`).to.equal(true);
  const code = await response.text();
  return [...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1]!.replace(/\?.*$/, '').replace(/\.[jt]s$/, ''));
}

describe('the table of elements', () => {
  it('src/define.ts imports each row’s define file, in the table’s order, and nothing else', async () => {
    const imports = await sideEffectImports(new URL('../../src/define.ts', import.meta.url));
    expect(imports).to.deep.equal(ELEMENTS.map((e) => `./${e.name}/indikator-${e.name}`));
  });

  it('each row’s define file registers its tag with its class', () => {
    for (const e of ELEMENTS) {
      expect(e.tag, e.name).to.equal(`indikator-${e.name}`);
      const ctor = customElements.get(e.tag);
      expect(ctor, e.tag).to.be.a('function');
      expect(ctor!.name, e.tag).to.equal(e.className);
    }
  });

  it('names, tags and widget values are unique; an element nests only elements listed before it', () => {
    for (const key of ['name', 'tag', 'className', 'widget'] as const) {
      const values = ELEMENTS.map((e) => e[key]);
      expect(new Set(values).size, key).to.equal(values.length);
    }
    // A widget value is no other element's name (the embed page accepts both).
    for (const e of ELEMENTS)
      expect(
        ELEMENTS.filter((o) => o !== e && o.name === e.widget),
        e.widget,
      ).to.deep.equal([]);
    ELEMENTS.forEach((e, i) => {
      const before: readonly string[] = ELEMENTS.slice(0, i).map((o) => o.name);
      for (const nested of e.nests) expect(before, `${e.name} nests ${nested}`).to.include(nested);
    });
  });

  it('an element that nests others draws them: their tags are registered with it', async () => {
    for (const e of ELEMENTS.filter((x) => x.nests.length)) {
      const imports = await sideEffectImports(new URL(`../../src/${e.name}/indikator-${e.name}.ts`, import.meta.url));
      for (const nested of e.nests) expect(imports, `${e.name} imports ${nested}`).to.include(`../${nested}/indikator-${nested}`);
    }
  });
});
