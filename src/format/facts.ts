import type { FactView } from '../query/facts.js';
import { safe } from './safe.js';
import type { TableFn } from './table.js';

/** A figure as a reader needs it: the display, signed for a fall ("4.5%" that decreased → "−4.5%"). */
function figure(f: FactView): string {
  const display = safe(f.display);
  return f.value < 0 && !/^[-−]/.test(display) ? `−${display}` : display;
}

/** What kind of figure: its measure, with its period ("level per year", "change", "target"). */
function kind(f: FactView): string {
  return f.period ? `${f.measure} ${f.period}` : f.measure;
}

/** Fact rows for a table: figure as written, what it measures, kind, as-of date, section, page. */
export function factRows(facts: readonly FactView[]): string[][] {
  return facts.map((f) => [figure(f), safe(f.label), kind(f), f.asOf ?? '', safe(f.section), String(f.page)]);
}

/** `facts`: figure, what it measures, kind, as-of date, section and page, as a table. */
export function formatFacts(facts: readonly FactView[], width: number, table: TableFn): string {
  return table(['Figure', 'Measures', 'Kind', 'As of', 'Section', 'Page'], factRows(facts), width, [2, 5, 2, 2, 3, 1]);
}

/** The key-figures table of `section`: the same columns without the section. */
export function formatSectionFacts(facts: readonly FactView[], width: number, table: TableFn): string {
  return table(['Figure', 'Measures', 'Kind', 'As of', 'Page'], factRows(facts).map((r) => r.filter((_, i) => i !== 4)), width, [2, 5, 2, 2, 1]);
}
