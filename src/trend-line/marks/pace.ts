/**
 * The two lines that explain a verdict: the path still required (from the latest value to the
 * target at the deadline's end) and the current pace (the straight line at the rate the verdict
 * measured, to where it stands at the deadline's end), each clipped to the plot. Drawn only while
 * the verdict is based on that line: not once the target is achieved or missed, nor on a sparkline.
 */
import type { Target } from '../../data/schema.js';
import type { StatusResult } from '../../core/status.js';
import { formatChange, formatComparator, formatPoints } from '../../core/format.js';
import { formatPeriod } from '../../data/periods.js';
import { fill } from '../../core/messages.js';
import { clipSegment, segmentPath, type Polyline } from '../../geometry/index.js';
import type { Frame } from './frame.js';
import type { Layout } from './types.js';

/** The value on the target nearest `from`: the value, or the nearer edge of a band. */
export function targetLevel(target: Target, from: number): number {
  if (target.comparator !== 'between') return target.value;
  const lo = Math.min(target.min, target.max);
  const hi = Math.max(target.min, target.max);
  return from > hi ? hi : from < lo ? lo : from;
}

/** The line that explains the verdict is drawn only while the line is what the verdict is based on. */
const judgedByLine = (status: StatusResult) => status.status === 'on-track' || status.status === 'off-track' || status.status === 'wrong-direction';

export function paceMarks(frame: Frame, status: StatusResult): Pick<Layout, 'required' | 'pace'> & { lines: Polyline[] } {
  const { plot, x, y, sparkline, percent, locale, t, opts, at } = frame;
  const { target, deadline } = status;
  const showLine = judgedByLine(status) && !sparkline;
  const box = { left: plot.left, right: plot.right, top: plot.top, bottom: plot.bottom };
  let required: Layout['required'];
  let pace: Layout['pace'];
  // The two lines as segments, for labels to keep off.
  const lines: Polyline[] = [];
  const keep = (seg: readonly number[] | null) => seg && lines.push({ xs: [seg[0]!, seg[2]!], ys: [seg[1]!, seg[3]!] });
  if (showLine && target && deadline && status.latest && status.latest.value !== null) {
    const from = status.latest.value;
    const level = targetLevel(target, from);
    const seg = clipSegment(x(at(status.latest.period)), y(from), x(deadline.end), y(level), box);
    keep(seg);
    required = {
      path: segmentPath(seg),
      text: fill(t.trendRequired, { target: formatComparator(target, opts), period: formatPeriod(deadline, locale) }),
    };
  }
  if (showLine && deadline && status.judged && status.judged.value !== null && status.projected !== null && status.ratePerYear !== null) {
    const seg = clipSegment(x(at(status.judged.period)), y(status.judged.value), x(deadline.end), y(status.projected), box);
    keep(seg);
    const rate = percent ? formatPoints(status.ratePerYear, { locale, decimals: opts.decimals }) : formatChange(status.ratePerYear, { ...opts });
    pace = { path: segmentPath(seg), text: fill(t.trendPace, { rate }) };
  }
  return { required, pace, lines };
}
