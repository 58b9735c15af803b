import type { FactView } from '../query/facts.js';
import type { Column, Listing } from './listing/view.js';

const FIGURE: Column<FactView> = { label: 'Figure', cell: (f) => f.display, keep: true };
const MEASURES: Column<FactView> = { label: 'Measures', cell: (f) => f.label };
const SECTION: Column<FactView> = { label: 'Section', cell: (f) => f.section };
const PAGE: Column<FactView> = { label: 'Page', cell: (f) => String(f.page), align: 'right' };

/** `facts` as a listing: figure as written, what it measures, section and page. */
export function factListing(facts: readonly FactView[]): Listing<FactView> {
  return { records: facts, columns: [FIGURE, MEASURES, SECTION, PAGE] };
}

/** A section's key figures as a listing: figure, what it measures, page. */
export function keyFigureListing(facts: readonly FactView[]): Listing<FactView> {
  return { records: facts, columns: [FIGURE, MEASURES, PAGE] };
}
