import { lineKind } from '../brief/line-kind.js';
import type { SourceLine } from '../brief/pages.js';
import type { SeamModel } from '../models/seam-model.js';
import { reconstructColumns, type ReadingOrderOptions } from './reading-order.js';
import type { LayoutLine, PageColumns } from './types.js';
import { learnWordStats } from './word-stats.js';

/**
 * From the body lines of two-column pages (furniture removed) to each page's left and right
 * column in reading order. Report-number lines are layout, not text, and are left out.
 */
export function readColumns(pages: readonly (readonly SourceLine[])[], seam: SeamModel | null, options: ReadingOrderOptions = {}): PageColumns[] {
  const layout: LayoutLine[][] = pages.map((lines) =>
    lines
      .map((l) => ({ no: l.no, text: l.text.trim(), kind: lineKind(l.text) }))
      .filter((l) => l.kind !== 'report-number')
      .map((l, index) => ({ ...l, index })),
  );
  const stats = learnWordStats(
    layout.flat().filter((l) => l.kind === 'body').map((l) => l.text),
    seam,
  );
  return reconstructColumns(layout, stats, options);
}
