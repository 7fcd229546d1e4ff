/**
 * The axes as marks of the layout: the time axis along the plot's bottom, ticking no finer than the
 * data's own periods, and the value axis's grid across the plot. The tick logic is in axis.ts; this
 * file only chooses what it is asked for. A sparkline has no axes.
 */
import { timeAxis, valueAxis, type TimeUnit } from '../../geometry/axis.js';
import type { Frame } from './frame.js';
import type { Layout, TrendSeries } from './types.js';

export function axisMarks({ x, y, plot, sparkline, locale, opts }: Frame, series: readonly TrendSeries[]): Pick<Layout, 'xAxis' | 'yAxis'> {
  return {
    xAxis: sparkline ? undefined : timeAxis(x, locale, plot.bottom, finestUnit(series)),
    yAxis: sparkline ? undefined : valueAxis(y, opts.unit, locale, plot.left, plot.right),
  };
}

/** The finest period unit any series uses: the time axis never ticks finer than the data. */
function finestUnit(series: readonly TrendSeries[]): TimeUnit {
  let finest: TimeUnit = 'year';
  for (const s of series) {
    for (const p of s.points) {
      const g = p.period.granularity;
      if (g === 'day' || g === 'week') return 'day';
      if (g !== 'year') finest = 'month';
    }
  }
  return finest;
}
