import type { LineKind } from '../brief/line-kind.js';

/** A body line with its shape, as the reading-order search sees it. */
export interface LayoutLine {
  /** Position among the page's body lines, in extraction order. */
  readonly index: number;
  readonly no: number;
  readonly text: string;
  readonly kind: LineKind;
}

/** The lines of one page split into its two columns, each in reading order. */
export interface PageColumns {
  readonly left: LayoutLine[];
  readonly right: LayoutLine[];
  readonly cost: number;
}
