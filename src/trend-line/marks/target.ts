/**
 * The target as a mark: a threshold line (`lt`, `lte`, `gt`, `gte`), a band with its two edges
 * (`between`) or the value held over the deadline period with a diamond (`eq`), the deadline period
 * as a shaded column, and the in-chart label placed clear of the direct labels. A sparkline keeps the
 * line or band (an `eq` target as a line across the plot) with neither label, diamond nor column.
 */
import type { StatusResult } from '../../core/status.js';
import { formatComparator } from '../../core/format.js';
import { formatPeriod } from '../../data/periods.js';
import { fill } from '../../core/messages.js';
import { diamondPath, placeFree, placeLabel, round2, type Place } from '../../geometry/index.js';
import { LABEL_FONT, occupy, type Frame, type Room } from './frame.js';
import type { TargetLayout } from './types.js';

export function targetMark(frame: Frame, status: StatusResult, room: Room): TargetLayout | undefined {
  const { plot, x, y, plotWidth, sparkline, locale, t, opts } = frame;
  const { target, deadline } = status;
  if (!target || !deadline) return undefined;
  const { occupied, bounds } = room;
  const period = formatPeriod(deadline, locale);
  const text = fill(t.trendTarget, { target: formatComparator(target, opts), period });
  const dx0 = Math.max(plot.left, x(deadline.start));
  const dx1 = Math.min(plot.right, x(deadline.end));
  const deadlineCol = !sparkline && dx1 > dx0 ? { x: round2(dx0), width: round2(dx1 - dx0) } : undefined;
  const along = (yy: number, x0: number, x1: number): Place[] => [
    { x: x0 + 4, y: yy - 5, anchor: 'start' },
    { x: x0 + 4, y: yy + LABEL_FONT + 2, anchor: 'start' },
    { x: x1 - 4, y: yy - 5, anchor: 'end' },
    { x: x1 - 4, y: yy + LABEL_FONT + 2, anchor: 'end' },
    { x: (x0 + x1) / 2, y: yy - 5, anchor: 'middle' },
  ];
  const place = (cands: Place[]) => placeLabel(cands, text, LABEL_FONT - 1, occupied, bounds);
  if (target.comparator === 'between') {
    const yTop = y(Math.max(target.min, target.max));
    const yBottom = y(Math.min(target.min, target.max));
    const h = Math.max(yBottom - yTop, 2);
    return {
      kind: 'band',
      path: `M${round2(plot.left)},${round2(yTop)}H${round2(plot.right)}M${round2(plot.left)},${round2(yBottom)}H${round2(plot.right)}`,
      band: { x: round2(plot.left), y: round2(yTop), width: round2(plotWidth), height: round2(h) },
      label: sparkline
        ? undefined
        : place([...along(yTop, plot.left, plot.right), ...along(yBottom, plot.left, plot.right).filter((c) => c.y > yBottom)]),
      deadline: deadlineCol,
      text,
    };
  }
  if (target.comparator === 'eq') {
    // The target value held over the deadline period: a bar across it, a diamond in its middle.
    const ty = y(target.value);
    const bx0 = Math.max(plot.left, x(deadline.start));
    const bx1 = Math.min(plot.right, x(deadline.end));
    const tx = (bx0 + bx1) / 2;
    occupy(room, tx, ty, 7);
    const around: Place[] = [
      { x: tx, y: ty - 11, anchor: 'middle' },
      { x: tx - 10, y: ty - 9, anchor: 'end' },
      { x: tx + 10, y: ty - 9, anchor: 'start' },
      { x: tx - 10, y: ty + LABEL_FONT + 2, anchor: 'end' },
      { x: tx + 10, y: ty + LABEL_FONT + 2, anchor: 'start' },
      { x: tx, y: ty - 11 - LABEL_FONT, anchor: 'middle' },
    ];
    // Crowded (a narrow chart): the bare value ("0%") next to the diamond rather than the whole
    // label somewhere else; the legend says it in full.
    const short = formatComparator(target, opts);
    const free = sparkline ? undefined : placeFree(around, text, LABEL_FONT - 1, occupied, bounds);
    const freeShort = sparkline || free ? undefined : placeFree(around, short, LABEL_FONT - 1, occupied, bounds);
    return {
      kind: 'marker',
      path: sparkline ? `M${round2(plot.left)},${round2(ty)}H${round2(plot.right)}` : `M${round2(bx0)},${round2(ty)}H${round2(bx1)}`,
      marker: sparkline ? undefined : diamondPath(tx, ty, 6),
      label: sparkline ? undefined : (free ?? freeShort ?? placeLabel(around, short, LABEL_FONT - 1, occupied, bounds)),
      labelText: free ? text : short,
      deadline: deadlineCol,
      text,
    };
  }
  const ty = y(target.value);
  return {
    kind: 'line',
    path: `M${round2(plot.left)},${round2(ty)}H${round2(plot.right)}`,
    label: sparkline ? undefined : place(along(ty, plot.left, plot.right)),
    deadline: deadlineCol,
    text,
  };
}
