// The iframe page's query rules (pure): which widgets, which data URLs, which attributes.
import { expect } from '@open-wc/testing';
import { embedSrc, embedText, readEmbedParams, type EmbedParams } from '../../src/embed/params.js';

const BASE = 'https://cdn.example.org/indikator/dist/embed.html?widget=gauge';
const read = (query: string): EmbedParams => readEmbedParams(query, BASE);
const ok = (query: string) => {
  const result = read(query);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.config;
};
const problems = (query: string) => {
  const result = read(query);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('embed page query', () => {
  it('reads a full query into one element’s attributes, src last', () => {
    const config = ok(
      '?widget=trend-line&src=https://data.example.org/x.json&lang=id&theme=dark&target-id=rpjmn-2025-2029&variant=sparkline&as-of=2024-03&format=SDMX-JSON&select=REF_AREA%3DID&id=frame-1',
    );
    expect(config.tag).to.equal('indikator-trend-line');
    expect(config.widget).to.equal('trend-line');
    expect(config.id).to.equal('frame-1');
    expect(config.lang).to.equal('id');
    expect(config.theme).to.equal('dark');
    expect(config.attributes).to.deep.equal([
      ['lang', 'id'],
      ['theme', 'dark'],
      ['variant', 'sparkline'],
      ['target-id', 'rpjmn-2025-2029'],
      ['as-of', '2024-03'],
      ['format', 'sdmx-json'],
      ['select', 'REF_AREA=ID'],
      ['src', 'https://data.example.org/x.json'],
    ]);
  });

  it('knows the three widgets (and the long name of the gauge)', () => {
    expect(ok('widget=gauge&src=a.json').tag).to.equal('indikator-target-gauge');
    expect(ok('widget=target-gauge&src=a.json').tag).to.equal('indikator-target-gauge');
    expect(ok('widget=program-card&src=a.json').tag).to.equal('indikator-program-card');
    expect(problems('widget=map&src=a.json')[0]).to.deep.include({ param: 'widget' });
    expect(problems('widget=__proto__&src=a.json')[0]).to.deep.include({ param: 'widget' });
    expect(problems('src=a.json')[0]!.message).to.contain('No widget');
  });

  it('resolves relative data URLs against the page (same origin), keeps http(s) URLs', () => {
    expect(ok('widget=gauge&src=data/x.json').src).to.equal('https://cdn.example.org/indikator/dist/data/x.json');
    expect(ok('widget=gauge&src=/data/x.json').src).to.equal('https://cdn.example.org/data/x.json');
    expect(ok('widget=gauge&src=../x.json').src).to.equal('https://cdn.example.org/indikator/x.json');
    expect(ok('widget=gauge&src=http://data.example.org/x.json').src).to.equal('http://data.example.org/x.json');
    expect(ok(`widget=gauge&src=${encodeURIComponent('https://data.example.org/x.json?a=1&b=2')}`).src).to.equal(
      'https://data.example.org/x.json?a=1&b=2',
    );
  });

  for (const src of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u00a0javascript:alert(1)',
    'data:application/json,{}',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://cdn.example.org/uuid',
    'file:///etc/passwd',
    'mailto:a@example.org',
    'ftp://example.org/x.json',
    'http://[::1',
  ]) {
    it(`rejects src ${JSON.stringify(src)}`, () => {
      expect(embedSrc(src, BASE)).to.equal(undefined);
      const [p] = problems(new URLSearchParams({ widget: 'gauge', src }).toString());
      expect(p!.param).to.equal('src');
      expect(p!.message).to.contain('is not allowed');
    });
  }

  it('checks the other parameters, and names every problem at once', () => {
    const list = problems(
      'widget=program-card&src=javascript:x&lang=not a tag&theme=sepia&variant=arc&target-id=t&as-of=2024-13-45&format=%20%3Cx%3E&id=bad id&select=' +
        'x'.repeat(513),
    );
    expect(list.map((p) => p.param)).to.deep.equal(['lang', 'src', 'theme', 'variant', 'target-id', 'as-of', 'format', 'select', 'id']);
    expect(list.find((p) => p.param === 'variant')!.message).to.equal('variant does not apply to program-card.');
    expect(problems('widget=gauge&src=a.json&variant=sparkline')[0]!.message).to.equal(
      'The variant "sparkline" does not exist for gauge (bullet, arc).',
    );
    expect(problems('widget=gauge&src=a.json&target-id=%3Cscript%3E')[0]!.param).to.equal('target-id');
  });

  it('speaks Indonesian when lang is id, and keeps a valid id on failure', () => {
    const result = read('widget=peta&src=a.json&lang=id-ID&id=frame-2');
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.lang).to.equal('id-ID');
    expect(result.id).to.equal('frame-2');
    expect(result.problems[0]!.message).to.equal('Widget "peta" tidak dikenal: gunakan gauge, trend-line atau program-card.');
    expect(embedText('id', 'heading')).to.equal('Widget tidak dapat ditampilkan');
    expect(embedText(null, 'heading')).to.equal('The widget could not be shown');
    expect(embedText('fr', 'heading')).to.equal('The widget could not be shown');
  });

  it('cuts long values in messages', () => {
    const [p] = problems(`widget=${'w'.repeat(200)}&src=a.json`);
    expect(p!.message.length).to.be.lessThan(160);
    expect(p!.message).to.contain('…');
  });

  it('leaves optional parameters out when absent or empty', () => {
    const config = ok('widget=gauge&src=a.json&lang=&theme=&variant=&target-id=&as-of=&format=&select=&id=');
    expect(config.attributes).to.deep.equal([['src', 'https://cdn.example.org/indikator/dist/a.json']]);
    expect(config).to.deep.include({ id: null, lang: null, theme: null });
  });
});

describe("embed page: the deployer's data origins", () => {
  it("without a list any http(s) origin is read; with one, only the listed origins and the page's own", async () => {
    const { readEmbedParams } = await import('../../src/embed/params.js');
    const base = 'https://portal.example.go.id/indikator/embed.html';
    const q = (src: string) => `?widget=gauge&src=${encodeURIComponent(src)}&lang=en`;
    expect(readEmbedParams(q('https://anyone.example.com/x.json'), base).ok).to.equal(true);
    const list = ['https://data.example.go.id'];
    expect(readEmbedParams(q('https://data.example.go.id/a.json'), base, list).ok).to.equal(true);
    expect(readEmbedParams(q('/data/a.json'), base, list).ok).to.equal(true);
    const refused = readEmbedParams(q('https://anyone.example.com/x.json'), base, list);
    expect(refused.ok).to.equal(false);
    expect(!refused.ok && refused.problems[0]!.message).to.equal(
      'This page shows data only from https://data.example.go.id; https://anyone.example.com is not among them, so nothing was loaded.',
    );
  });

  it('npm run embed:page writes the list and narrows connect-src (the function it runs)', async () => {
    const { withOrigins } = await import('../../src/embed/write-embed-page.mjs');
    const html = await (await fetch('/src/embed/embed.html')).text();
    const out = withOrigins(html, ['https://data.example.go.id/any/path', 'https://bps.go.id']);
    expect(out).to.contain('<meta name="indikator-data-origins" content="https://data.example.go.id https://bps.go.id" />');
    expect(out).to.contain("connect-src 'self' https://data.example.go.id https://bps.go.id;");
    expect(() => withOrigins(html, ['javascript:alert(1)'])).to.throw('not an http(s) origin');
    expect(() => withOrigins(html, [])).to.throw('at least one data origin');
  });
});
