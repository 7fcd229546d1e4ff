/**
 * Puts a series' path into its `d` attribute once per layout and lets go of the string. A Lit
 * binding keeps the last value it committed, and the layout is cached for redraws (focus, theme),
 * so a 1,000-point line's ~13 KB path would be held twice as long as the chart lives, for nothing:
 * the DOM has it. A redraw with the same layout leaves the attribute alone.
 */
import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** A layout's series: its `path` is emptied once it is in the DOM. */
export interface HandedPath {
  path: string;
  handed?: boolean;
}

class HandOver extends Directive {
  private drawn?: HandedPath = undefined;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE) throw new Error('handOver() belongs in an attribute');
  }

  /** A server render (Lit SSR) calls only this: the path as text, left in the layout. */
  render(series: HandedPath, _redo: () => void): string {
    return series.path;
  }

  override update(part: AttributePart, [series, redo]: [HandedPath, () => void]): typeof noChange {
    if (series === this.drawn) return noChange;
    if (series.handed) {
      // A new template drawing a layout already handed over: only a new layout has the path.
      redo();
      return noChange;
    }
    this.drawn = series;
    part.element.setAttribute(part.name, series.path);
    series.path = '';
    series.handed = true;
    return noChange;
  }
}

export const handOver = directive(HandOver);
