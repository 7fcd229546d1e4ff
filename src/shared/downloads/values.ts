/**
 * Reading the values the browser hands over as text (computed styles, SVG attributes) as colours
 * and numbers. Shared by the SVG export, which reads them from the chart on screen, and the PNG
 * painter, which reads them back from the exported SVG.
 */

/** The theme's colours and font, resolved (no custom properties). */
export interface Colours {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly font: string;
}

/** The resolved colours of a widget's frame in its current theme. */
export function themeColours(frame: Element): Colours {
  const cs = getComputedStyle(frame);
  // A custom property's computed value is its text (`light-dark(…)` unresolved): a probe's colour is the colour.
  const probe = frame.ownerDocument.createElement('span');
  probe.style.color = 'var(--_muted)';
  frame.append(probe);
  const muted = getComputedStyle(probe).color;
  probe.remove();
  return {
    background: colour(cs.backgroundColor)?.hex ?? 'none',
    text: colour(cs.color)?.hex ?? '#000000',
    muted: colour(muted)?.hex ?? colour(cs.color)?.hex ?? '#000000',
    font: cs.fontFamily || 'sans-serif',
  };
}

/** A computed colour as hex and alpha (`rgb()`, `rgba()` and `color(srgb …)` from `color-mix`); null for none. */
export function colour(value: string | null | undefined): { hex: string; alpha: number } | null {
  const v = (value ?? '').trim();
  if (!v || v === 'none' || v === 'transparent') return null;
  const rgb = /^rgba?\(([^)]*)\)$/.exec(v);
  const srgb = /^color\(srgb ([^)]*)\)$/.exec(v);
  if (!rgb && !srgb) return { hex: v, alpha: 1 };
  const n = (rgb ?? srgb)![1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const scale = srgb ? 255 : 1;
  const alpha = n[3] ?? 1;
  if (n.length < 3 || !n.every(Number.isFinite)) return null;
  if (alpha <= 0) return null;
  const hex = n.slice(0, 3).map((c) =>
    Math.round(Math.max(0, Math.min(255, c * scale)))
      .toString(16)
      .padStart(2, '0'),
  );
  return { hex: `#${hex.join('')}`, alpha };
}

export function num(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : parseFloat(String(value ?? ''));
  return Number.isFinite(n) ? n : fallback;
}
