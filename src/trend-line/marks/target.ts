/**
 * The target as a mark: a threshold line (`lt`, `lte`, `gt`, `gte`) or a band with its two edges
 * (`between`) from the baseline to the end of the deadline period (the span the target is about,
 * not the whole axis), or the value held over the deadline period with a diamond (`eq`); and the
 * in-chart label, placed clear of the end labels, the lines and the markers. A sparkline keeps the
 * line or band across its plot (an `eq` target as a line) with neither label nor diamond.
 */
import type { StatusResult } from '../../core/status.js';
import { formatComparator, formatConditionWords } from '../../core/format.js';
import { formatPeriod } from '../../data/periods.js';
import { fill } from '../../core/messages.js';
import { diamondPath, hLineUntil, placeFree, placeLabel, round2, type Box, type Place, type Room } from '../../geometry/index.js';
import { LABEL_FONT, LINE_HEIGHT, occupy, type Frame } from './frame.js';
import type { TargetLayout } from './types.js';

/** How far short of an end label a threshold stops: as far as the labels stand from the lines' ends, so no dash is left between a line's last point and its value (it read as a minus sign). */
const RULE_GAP = 8;

/** An `eq` target: its value held over the deadline period, a bar across the period and a diamond in its middle. */
function diamondOf(frame: Frame, value: number, deadline: { readonly start: number; readonly end: number }) {
  const { plot, x, y } = frame;
  const ty = y(value);
  const bx0 = Math.max(plot.left, x(deadline.start));
  const bx1 = Math.min(plot.right, x(deadline.end));
  return { tx: (bx0 + bx1) / 2, ty, bx0, bx1 };
}

/**
 * What the target draws that the end labels must keep off, taken before they are placed: an `eq`
 * target's diamond and bar sit at the deadline, often beside the latest point (Muba's 0,47% in
 * 2024 against 0% in 2024 stood on its diamond).
 */
export function targetObstacles(frame: Frame, status: StatusResult, room: Room): void {
  const { target, deadline } = status;
  if (frame.sparkline || !target || !deadline || target.comparator !== 'eq') return;
  const { tx, ty, bx0, bx1 } = diamondOf(frame, target.value, deadline);
  occupy(room, tx, ty, 7);
  room.lines.push({ xs: [bx0, bx1], ys: [ty, ty] });
}

export function targetMark(frame: Frame, status: StatusResult, room: Room, endLabels: readonly Box[] = []): TargetLayout | undefined {
  const { plot, x, y, sparkline, locale, t, opts, baselineAt } = frame;
  const { target, deadline } = status;
  if (!target || !deadline) return undefined;
  const period = formatPeriod(deadline, locale);
  const text = fill(t.trendTarget, { target: formatComparator(target, opts), period });
  // The legend is read, not fitted: the comparator in words there (the contract keeps symbols to compact labels).
  const words = fill(t.trendTarget, { target: formatConditionWords(target, opts), period });
  // From the baseline (or the plot's start) to the deadline's end; a sparkline's runs across.
  const end = sparkline ? plot.right : Math.min(plot.right, Math.max(plot.left, x(deadline.end)));
  const from = !sparkline && Number.isFinite(baselineAt) ? Math.min(Math.max(plot.left, x(baselineAt)), end) : plot.left;
  const start = end - from < 24 ? plot.left : from;
  const along = (yy: number, x0: number, x1: number): Place[] => [
    { x: x0 + 4, y: yy - 5, anchor: 'start' },
    { x: x0 + 4, y: yy + LABEL_FONT + 2, anchor: 'start' },
    { x: x1 - 4, y: yy - 5, anchor: 'end' },
    { x: x1 - 4, y: yy + LABEL_FONT + 2, anchor: 'end' },
    { x: (x0 + x1) / 2, y: yy - 5, anchor: 'middle' },
    { x: x1 - 4, y: yy - 5 - LINE_HEIGHT, anchor: 'end' },
    { x: x0 + 4, y: yy - 5 - LINE_HEIGHT, anchor: 'start' },
    { x: x1 - 4, y: yy + LABEL_FONT + 2 + LINE_HEIGHT, anchor: 'end' },
    { x: x0 + 4, y: yy + LABEL_FONT + 2 + LINE_HEIGHT, anchor: 'start' },
  ];
  const short = formatComparator(target, opts);
  // The label in full beside its line, else the bare value there ("< 10%"; the legend says it in
  // full), else in full at its level elsewhere on the plot, else the bare value where it overlaps least.
  const label = (near: Place[], level: Place[]): Pick<TargetLayout, 'label' | 'labelText'> => {
    // Own keys even when empty: a `label` a host page added to Object.prototype must not stand in.
    if (sparkline) return { label: undefined, labelText: undefined };
    const full = placeFree(near, text, LABEL_FONT, room, true);
    if (full) return { label: full, labelText: text };
    const bare = placeFree(near, short, LABEL_FONT, room, true);
    if (bare) return { label: bare, labelText: short };
    const away = placeFree(level, text, LABEL_FONT, room, true);
    if (away) return { label: away, labelText: text };
    return { label: placeLabel(near, short, LABEL_FONT, room, true), labelText: short };
  };
  // The target's own rules are lines its label and the notes keep off (a thin band's label must
  // not sit across its lower edge).
  const edge = (yy: number) => room.lines.push({ xs: [start, end], ys: [yy, yy] });
  // A threshold runs under no end label: it stops where the first one in its way is.
  const rule = (yy: number) => (sparkline ? `M${round2(start)},${round2(yy)}H${round2(end)}` : hLineUntil(yy, start, end, endLabels, RULE_GAP));
  if (target.comparator === 'between') {
    const yTop = y(Math.max(target.min, target.max));
    const yBottom = y(Math.min(target.min, target.max));
    const h = Math.max(yBottom - yTop, 2);
    const path = rule(yTop) + rule(yBottom);
    edge(yTop);
    edge(yBottom);
    return {
      kind: 'band',
      path,
      band: { x: round2(start), y: round2(yTop), width: round2(end - start), height: round2(h) },
      ...label(
        [...along(yTop, start, end), ...along(yBottom, start, end).filter((c) => c.y > yBottom)],
        [...along(yTop, plot.left, plot.right), ...along(yBottom, plot.left, plot.right).filter((c) => c.y > yBottom)],
      ),
      text: words,
    };
  }
  if (target.comparator === 'eq') {
    // The diamond and its bar were taken in the room before the end labels (see targetObstacles).
    const { tx, ty, bx0, bx1 } = diamondOf(frame, target.value, deadline);
    const around: Place[] = [
      { x: tx, y: ty - 11, anchor: 'middle' },
      { x: tx - 10, y: ty - 9, anchor: 'end' },
      { x: tx + 10, y: ty - 9, anchor: 'start' },
      { x: tx - 10, y: ty + LABEL_FONT + 2, anchor: 'end' },
      { x: tx + 10, y: ty + LABEL_FONT + 2, anchor: 'start' },
      { x: tx, y: ty - 11 - LABEL_FONT, anchor: 'middle' },
      // Stacked higher, when the latest value stands just above the diamond (a target met late or
      // missed by a little: Muba's 0,47% against 0% in 2024). Below the diamond are the axis' years.
      ...[1, 2].flatMap((k): Place[] => [
        { x: tx, y: ty - 11 - LABEL_FONT - k * LINE_HEIGHT, anchor: 'middle' },
        { x: tx + 10, y: ty - 9 - k * LINE_HEIGHT, anchor: 'start' },
        { x: tx - 10, y: ty - 9 - k * LINE_HEIGHT, anchor: 'end' },
      ]),
    ];
    // Crowded (a narrow chart): the bare value ("0%") next to the diamond rather than the whole
    // label somewhere else; the legend says it in full.
    const free = sparkline ? undefined : placeFree(around, text, LABEL_FONT, room, true);
    const freeShort = sparkline || free ? undefined : placeFree(around, short, LABEL_FONT, room, true);
    return {
      kind: 'marker',
      path: sparkline ? `M${round2(plot.left)},${round2(ty)}H${round2(plot.right)}` : `M${round2(bx0)},${round2(ty)}H${round2(bx1)}`,
      marker: sparkline ? undefined : diamondPath(tx, ty, 6),
      label: sparkline ? undefined : (free ?? freeShort ?? placeLabel(around, short, LABEL_FONT, room, true)),
      labelText: free ? text : short,
      text: words,
    };
  }
  const ty = y(target.value);
  const path = rule(ty);
  edge(ty);
  return {
    kind: 'line',
    path,
    ...label(along(ty, start, end), along(ty, plot.left, plot.right)),
    text: words,
  };
}
