/**
 * Colours from data (a comparison series' colour, a programme's accent) before they reach a CSS
 * custom property. A strict grammar, not a CSS parser: anything outside it (`url(`, `var(`, `;`,
 * `expression(`, names, `hsl()`...) is dropped, so data can never inject a declaration or fetch.
 */

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// Space-separated (`rgb(0 128 255)`) or comma-separated (`rgb(0, 128, 255)`), integers only.
const RGB_SPACES = /^rgb\(\s*(\d{1,3})\s+(\d{1,3})\s+(\d{1,3})\s*\)$/i;
const RGB_COMMAS = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/i;

/**
 * The colour in a canonical form (`#rgb`, `#rrggbb`, `#rrggbbaa` lower-cased; `rgb(r, g, b)` with
 * channels 0-255), or `undefined` for anything else. Surrounding ASCII white space is ignored.
 */
export function safeColour(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 64) return undefined;
  const text = raw.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/g, '');
  if (HEX.test(text)) return text.toLowerCase();
  const m = RGB_SPACES.exec(text) ?? RGB_COMMAS.exec(text);
  if (!m) return undefined;
  const channels = [m[1], m[2], m[3]].map(Number);
  if (channels.some((c) => !(c >= 0 && c <= 255))) return undefined;
  return `rgb(${channels.join(', ')})`;
}
