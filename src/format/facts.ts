import type { FactView } from '../query/facts.js';
import { safe } from './safe.js';
import type { TableFn } from './table.js';

/** Fact rows for a table: figure as written, what it measures, section, page. */
export function factRows(facts: readonly FactView[]): string[][] {
  return facts.map((f) => [safe(f.display), safe(f.label), safe(f.section), String(f.page)]);
}

/** `facts`: figure, what it measures, section and page, as a table. */
export function formatFacts(facts: readonly FactView[], width: number, table: TableFn): string {
  return table(['Figure', 'Measures', 'Section', 'Page'], factRows(facts), width, [2, 4, 3, 1]);
}
