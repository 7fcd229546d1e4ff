/**
 * Metadata that publishers write as HTML (Open SDG, BPS and JSON-stat notes and descriptions),
 * reduced to the plain text a document carries: a publisher's markup is never rendered.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const BLOCK = /^(p|br|div|li|ul|ol|tr|td|th|h[1-6]|table|section|blockquote|dd|dt)$/i;
const TAG_NAME = /<\/?([A-Za-z][A-Za-z0-9]*)/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{1,10});/y;

/**
 * HTML reduced to plain text without the DOM: the browser's HTML parsers are forbidden in src/
 * (they throw under Trusted Types). Tags are dropped (block tags leave a space), the contents of
 * `script` and `style` and comments are dropped, and the common entities are decoded.
 *
 * One pass, linear in the text whatever it holds: every search starts where the last one ended
 * (sticky regexes on the whole string, never a slice per tag; the next `>` is found once and
 * reused), since metadata is data and `<a` repeated 100,000 times must not stall the page.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let text = 0; // start of the text not yet copied
  let i = 0;
  let gt = -1; // the next `>` at or after i (-1: not looked for yet)
  const copy = (to: number) => {
    if (to > text) parts.push(html.slice(text, to));
  };
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        copy(i);
        const end = html.indexOf('-->', i + 4);
        i = text = end < 0 ? html.length : end + 3;
        continue;
      }
      if (gt < i) gt = html.indexOf('>', i);
      TAG_NAME.lastIndex = i;
      const name = gt >= 0 ? TAG_NAME.exec(html) : null;
      // A name runs to the first character that is not a letter, digit or `_` (`<a_b>` is none);
      // a lone `<` is text (`a < b`), and so is a `<` with no `>` after it.
      if (!name || html.charCodeAt(TAG_NAME.lastIndex) === 95) {
        i++;
        continue;
      }
      copy(i);
      const tag = name[1]!.toLowerCase();
      const closing = html.charCodeAt(i + 1) === 47;
      i = text = gt + 1;
      if ((tag === 'script' || tag === 'style') && !closing) {
        const close = new RegExp(`</${tag}`, 'gi');
        close.lastIndex = i;
        const found = close.exec(html);
        const end = found ? html.indexOf('>', close.lastIndex) : -1;
        i = text = end < 0 ? html.length : end + 1;
        continue;
      }
      if (BLOCK.test(tag)) parts.push(' ');
      continue;
    }
    if (c === 38 /* & */) {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(html);
      if (entity) {
        const body = entity[1]!;
        let decoded: string | undefined;
        if (body.startsWith('#')) {
          const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          decoded = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
        } else decoded = Object.hasOwn(ENTITIES, body.toLowerCase()) ? ENTITIES[body.toLowerCase()] : undefined;
        if (decoded !== undefined) {
          copy(i);
          parts.push(decoded);
          i = text = ENTITY.lastIndex;
          continue;
        }
      }
    }
    i++;
  }
  copy(html.length);
  return parts
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
