// OWASP-style XSS payloads (markup, attribute and SVG breakouts, `javascript:` variants with case,
// control characters, white space and entities, entity probes, template probes). Every payload that
// could run sets `window.__xss` or calls `alert`, the two tripwires the battery watches.

export interface Payload {
  readonly name: string;
  readonly text: string;
}

const markup: Payload[] = [
  { name: 'img onerror', text: '<img src=x onerror="window.__xss=1">' },
  { name: 'script element', text: '<script>window.__xss=1</script>' },
  { name: 'svg onload', text: '<svg onload="window.__xss=1">' },
  { name: 'svg with script', text: '<svg><script>window.__xss=1</script></svg>' },
  { name: 'iframe javascript src', text: '<iframe src="javascript:window.__xss=1"></iframe>' },
  { name: 'body onload', text: '<body onload=alert(1)>' },
  { name: 'anchor javascript href', text: '<a href="javascript:alert(1)">click</a>' },
  { name: 'details ontoggle', text: '<details open ontoggle=alert(1)>' },
  { name: 'input autofocus onfocus', text: '<input autofocus onfocus=alert(1)>' },
  { name: 'video source onerror', text: '<video><source onerror="window.__xss=1"></video>' },
  { name: 'object data javascript', text: '<object data="javascript:alert(1)"></object>' },
  { name: 'style import', text: "<style>@import 'javascript:alert(1)';</style>" },
  { name: 'comment breakout', text: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: 'mXSS math/mglyph', text: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'noscript title breakout', text: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'bare bold markup', text: '<b>bold</b>' },
];

const attribute: Payload[] = [
  { name: 'double-quote breakout', text: '" onmouseover="window.__xss=1' },
  { name: 'single-quote breakout', text: "' onmouseover='window.__xss=1" },
  { name: 'close tag and img', text: '"><img src=x onerror=alert(1)>' },
  { name: 'self-closing svg onload', text: "'/><svg onload=alert(1)>" },
  { name: 'autofocus onfocus', text: '" autofocus onfocus="alert(1)" x="' },
  { name: 'backtick breakout', text: '` onmouseover=alert(1) `' },
];

const svgBreakouts: Payload[] = [
  { name: 'text/script breakout', text: '</text><script>window.__xss=1</script>' },
  { name: 'tspan/foreignObject breakout', text: '</tspan></text><foreignObject><img src=x onerror=alert(1)></foreignObject>' },
  { name: 'title breakout', text: '</title><img src=x onerror=alert(1)>' },
  { name: 'CDATA', text: '<![CDATA[<script>alert(1)</script>]]>' },
  { name: 'set onmouseover', text: '<set attributeName="onmouseover" to="alert(1)"/>' },
  { name: 'animate onbegin', text: '<animate onbegin=alert(1) attributeName=x dur=1s>' },
  {
    name: 'use data URL',
    text: `<use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>#x"/>`,
  },
];

/** `javascript:` and other script-running URLs, disguised the ways browsers forgive. */
export const urlPayloads: Payload[] = [
  { name: 'javascript:', text: 'javascript:window.__xss=1' },
  { name: 'mixed case', text: 'JaVaScRiPt:alert(1)' },
  { name: 'leading space', text: ' javascript:alert(1)' },
  { name: 'leading control character', text: '\u0001javascript:alert(1)' },
  { name: 'tab inside', text: 'java\tscript:alert(1)' },
  { name: 'newline inside', text: 'java\nscript:alert(1)' },
  { name: 'carriage return inside', text: 'java\rscript:alert(1)' },
  { name: 'leading no-break space', text: '\u00a0javascript:alert(1)' },
  { name: 'trailing white space', text: 'javascript:alert(1)\n\t ' },
  { name: 'hex entity j', text: '&#x6a;avascript:alert(1)' },
  { name: 'decimal entities', text: '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)' },
  { name: 'named entity colon', text: 'javascript&colon;alert(1)' },
  { name: 'entity tab', text: 'jav&#x09;ascript:alert(1)' },
  { name: 'comment and newline', text: 'javascript://%0awindow.__xss=1' },
  { name: 'data: HTML', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'vbscript:', text: 'vbscript:msgbox(1)' },
  { name: 'blob:', text: 'blob:https://example.org/1234' },
];

const probes: Payload[] = [
  { name: 'escaped markup', text: '&lt;b&gt;bold&lt;/b&gt;' },
  { name: 'ampersand entity', text: '&amp;' },
  { name: 'quote entities', text: '&quot;&#39;&#x3C;' },
  { name: 'template expression', text: '{{constructor.constructor("window.__xss=1")()}}' },
  { name: 'template literal', text: '${window.__xss=1}' },
  { name: 'message placeholders', text: "{title}{url}{value} $& $' $1" },
  { name: 'right-to-left override', text: '\u202egnp.exe\u202c <b>x</b>' },
];

/** Every payload: each goes through every text field and every URL field. */
export const PAYLOADS: readonly Payload[] = [...markup, ...attribute, ...svgBreakouts, ...urlPayloads, ...probes];

/** Sets the tripwires: `window.__xss` cleared, `alert`, `confirm`, `prompt` stubbed. */
export function armTripwires(): { fired: () => string[]; disarm: () => void } {
  const w = window as unknown as Record<string, unknown>;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const calls: string[] = [];
  delete w.__xss;
  window.alert = (m?: unknown) => void calls.push(`alert(${String(m)})`);
  window.confirm = (m?: string) => (calls.push(`confirm(${String(m)})`), false);
  window.prompt = (m?: string) => (calls.push(`prompt(${String(m)})`), null);
  return {
    fired: () => [...calls, ...('__xss' in w ? [`window.__xss = ${String(w.__xss)}`] : [])],
    disarm: () => {
      Object.assign(window, saved);
      delete w.__xss;
    },
  };
}
