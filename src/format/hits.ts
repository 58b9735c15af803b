import type { Sentence } from '../kb/schema.js';
import type { HitRecord } from '../query/search/records.js';
import { contextLines, sourceLines } from './context.js';
import type { Listing } from './listing/view.js';
import type { Style } from './style.js';

/** A search hit as printed: its record, and its sentence with the context asked for (-C). */
export interface HitView {
  readonly record: HitRecord;
  readonly sentence: Sentence;
  readonly before: readonly Sentence[];
  readonly after: readonly Sentence[];
}

/** Ranked search hits: number, wrapped sentence (with its context) with matches highlighted, then its source. */
export function formatHits(hits: readonly HitView[], width: number, style: Style): string {
  return hits
    .map((h) => {
      const lead = `${h.record.rank}. `;
      const body = contextLines({ sentence: h.sentence, before: h.before, after: h.after, matches: h.record.matches }, width, style, lead);
      return [...body, ...sourceLines(h.record.section, h.record.page, h.record.id, width, style, ' '.repeat(lead.length))].join('\n');
    })
    .join('\n\n');
}

/** Search hits as a listing: the JSON records, and #, sentence, section and page as a table. */
export function hitListing<R extends HitRecord>(records: readonly R[]): Listing<R> {
  return {
    records,
    columns: [
      { label: '#', cell: (r) => String(r.rank), align: 'right', keep: true },
      { label: 'Sentence', cell: (r) => r.text, keep: true },
      { label: 'Section', cell: (r) => r.section },
      { label: 'Page', cell: (r) => String(r.page), align: 'right' },
    ],
  };
}
