/**
 * The baseline as a mark: the point the verdict measures change from, with a short label ("Baseline")
 * beside it, clear of the labels placed before it; the full sentence goes to the legend. Not on a
 * sparkline, whose domain leaves the baseline out.
 */
import type { StatusResult } from '../../core/status.js';
import { formatValue } from '../../core/format.js';
import { formatPeriod } from '../../data/periods.js';
import { fill } from '../../core/messages.js';
import { placeLabel, round2, type Room } from '../../geometry/index.js';
import { LABEL_FONT, occupy, type Frame } from './frame.js';
import type { Layout } from './types.js';

export function baselineMark({ x, y, sparkline, locale, t, opts, baselineAt }: Frame, status: StatusResult, room: Room): Layout['baseline'] {
  if (!status.baseline || sparkline) return undefined;
  const bx = x(baselineAt);
  const by = y(status.baseline.value);
  occupy(room, bx, by, 5);
  return {
    x: round2(bx),
    y: round2(by),
    text: fill(t.trendBaseline, { value: formatValue(status.baseline.value, opts), period: formatPeriod(status.baseline.period, locale) }),
    short: t.baseline,
    label: placeLabel(
      [
        { x: bx + 8, y: by - 7, anchor: 'start' },
        { x: bx - 8, y: by - 7, anchor: 'end' },
        { x: bx + 8, y: by + 16, anchor: 'start' },
        { x: bx - 8, y: by + 16, anchor: 'end' },
        { x: bx, y: by - 11, anchor: 'middle' },
        { x: bx, y: by + 20, anchor: 'middle' },
        { x: bx + 8, y: by - 7 - LABEL_FONT, anchor: 'start' },
        { x: bx - 8, y: by + 16 + LABEL_FONT, anchor: 'end' },
      ],
      t.baseline,
      LABEL_FONT,
      room,
    ),
  };
}
