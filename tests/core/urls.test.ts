import { expect } from '@open-wc/testing';
import { ALLOWED_PROTOCOLS, safeUrl } from '../../src/core/urls.js';

const BASE = 'https://data.example.id/indikator/page.html';

describe('safeUrl', () => {
  it('keeps https, http and mailto URLs, serialized', () => {
    expect(safeUrl('https://sumsel.antaranews.com/berita/748299', BASE)).to.equal('https://sumsel.antaranews.com/berita/748299');
    expect(safeUrl('http://detak-palembang.com/2021/02/x/', BASE)).to.equal('http://detak-palembang.com/2021/02/x/');
    expect(safeUrl('mailto:data@bps.go.id', BASE)).to.equal('mailto:data@bps.go.id');
    expect(safeUrl('HTTPS://EXAMPLE.ORG/A', BASE)).to.equal('https://example.org/A');
    expect([...ALLOWED_PROTOCOLS]).to.have.members(['https:', 'http:', 'mailto:']);
  });

  it('resolves relative URLs against the base', () => {
    expect(safeUrl('data/muba.json', BASE)).to.equal('https://data.example.id/indikator/data/muba.json');
    expect(safeUrl('/x?q=1#h', BASE)).to.equal('https://data.example.id/x?q=1#h');
    expect(safeUrl('//evil.example/x', BASE)).to.equal('https://evil.example/x');
  });

  it('resolves against document.baseURI by default', () => {
    expect(safeUrl('fixtures/a.json')).to.equal(new URL('fixtures/a.json', document.baseURI).href);
  });

  it('trims control characters and white space at the ends', () => {
    expect(safeUrl('  https://example.org/a \n', BASE)).to.equal('https://example.org/a');
    expect(safeUrl('\u00a0\ufeffhttps://example.org/a\u0085\u2028', BASE)).to.equal('https://example.org/a');
    expect(safeUrl('\u0000\u001f\u007fhttps://example.org/a\u009f', BASE)).to.equal('https://example.org/a');
  });

  it('removes tabs and newlines inside, as the URL parser does', () => {
    expect(safeUrl('https://exa\tmple.org/a\nb', BASE)).to.equal('https://example.org/ab');
  });

  const dangerous = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    '\u007f\u0085javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'jav\u0009ascript:alert(1)',
    '\tjavascript:alert(1)\n',
    'javascript://%0Aalert(1)',
    'javascript:void(0)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/0b6d4b1c-1d4f-4f3a-9f0e-123456789abc',
    'ftp://example.org/file',
    'ws://example.org/socket',
    'about:blank',
    'chrome://settings',
    'view-source:https://example.org',
  ];
  for (const raw of dangerous) {
    it(`drops ${JSON.stringify(raw)}`, () => {
      expect(safeUrl(raw, BASE)).to.equal(undefined);
    });
  }

  it('leaves entity-encoded schemes as harmless relative paths on the base', () => {
    for (const raw of ['&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', 'javascript&colon;alert(1)', 'java\u0000script:alert(1)']) {
      const url = safeUrl(raw, BASE);
      expect(url, raw).to.be.a('string');
      const parsed = new URL(url!);
      expect(parsed.protocol, raw).to.equal('https:');
      expect(parsed.host, raw).to.equal('data.example.id');
    }
  });

  it('drops values that are not non-empty strings', () => {
    for (const raw of [undefined, null, 42, true, {}, ['https://example.org'], { href: 'https://example.org' }, '', '   ', '\u0000\t']) {
      expect(safeUrl(raw, BASE), String(raw)).to.equal(undefined);
    }
  });

  it('accepts a URL object', () => {
    expect(safeUrl(new URL('https://example.org/a'))).to.equal('https://example.org/a');
    expect(safeUrl(new URL('javascript:alert(1)'))).to.equal(undefined);
  });

  it('drops what does not parse', () => {
    expect(safeUrl('https://', BASE)).to.equal(undefined);
    expect(safeUrl('http://a:99999/', BASE)).to.equal(undefined);
    expect(safeUrl('http://[::1', BASE)).to.equal(undefined);
    expect(safeUrl('relative/path', 'not a base')).to.equal(undefined);
  });
});
