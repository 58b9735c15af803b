import type { FactView } from '../query/facts.js';
import type { Column, Listing } from './listing/view.js';

// A fall reads as one: "4.5%" of a decrease shows as "−4.5%".
const FIGURE: Column<FactView> = { label: 'Figure', cell: (f) => (f.value < 0 && !/^[-−]/.test(f.display) ? `−${f.display}` : f.display), keep: true };
const MEASURES: Column<FactView> = { label: 'Measures', cell: (f) => f.label };
const KIND: Column<FactView> = { label: 'Kind', cell: (f) => (f.period ? `${f.measure} ${f.period}` : (f.measure ?? '')) };
const AS_OF: Column<FactView> = { label: 'As of', cell: (f) => f.asOf ?? '' };
const SECTION: Column<FactView> = { label: 'Section', cell: (f) => f.section };
const PAGE: Column<FactView> = { label: 'Page', cell: (f) => String(f.page), align: 'right' };

/** `facts` as a listing: figure as written, what it measures, its kind and as-of date, section and page. */
export function factListing(facts: readonly FactView[]): Listing<FactView> {
  return { records: facts, columns: [FIGURE, MEASURES, KIND, AS_OF, SECTION, PAGE] };
}

/** A section's key figures as a listing: figure, what it measures, kind, as-of date, page. */
export function keyFigureListing(facts: readonly FactView[]): Listing<FactView> {
  return { records: facts, columns: [FIGURE, MEASURES, KIND, AS_OF, PAGE] };
}
