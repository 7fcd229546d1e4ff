/**
 * Text measured without a DOM: the layout runs before anything is drawn (and on a server), so widths
 * are estimated from the character count, and text is shortened or broken to the room it gets.
 */

/** Estimated width of a text in px: the chart cannot measure before it draws, and digits are ~0.6em. */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.6;

/** Shortens text to fit `width` px, ending with an ellipsis. */
export function fitText(text: string, width: number, fontSize: number): string {
  const max = Math.floor(width / (fontSize * 0.6));
  if (text.length <= max) return text;
  return max <= 1 ? '…' : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Breaks text into at most `maxLines` lines of `width` px at spaces; the last one is shortened if needed. */
export function fitLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const max = Math.max(1, Math.floor(width / (fontSize * 0.6)));
  if (text.length <= max || maxLines <= 1) return [fitText(text, width, fontSize)];
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines - 1) {
    const cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1).trimStart();
  }
  if (rest) lines.push(fitText(rest, width, fontSize));
  return lines;
}
