import type { KbEvent, KnowledgeBase } from '../kb/schema.js';

/** One entry of the timeline, as `timeline --json` prints it. */
export interface TimelineEntry {
  readonly start: string;
  readonly end: string | null;
  /** The date as written. */
  readonly display: string;
  /** A short clause saying what happened. */
  readonly event: string;
  readonly kind: KbEvent['kind'];
  readonly sentence: string;
  readonly sentenceId: string;
  readonly sectionId: string;
  readonly section: string;
  readonly page: number;
}

/** The columns of a timeline listing, for a table, TSV or CSV. */
export const TIMELINE_COLUMNS: readonly { key: keyof TimelineEntry; header: string }[] = [
  { key: 'start', header: 'Start' },
  { key: 'end', header: 'End' },
  { key: 'display', header: 'Date' },
  { key: 'kind', header: 'Kind' },
  { key: 'event', header: 'Event' },
  { key: 'section', header: 'Section' },
  { key: 'page', header: 'Page' },
];

/** Which entries to keep: years the span must overlap, and a section. */
export interface TimelineFilter {
  readonly from?: number;
  readonly to?: number;
  readonly sectionId?: string;
}

const year = (iso: string) => Number(iso.slice(0, 4));

/**
 * Every dated event, period and target in date order (by start, then reading order), with its
 * sentence and section. With `from`/`to`, the entries whose span overlaps those years; a period
 * still going on ("since the early 2000s") lasts until the brief's date.
 */
export function timeline(kb: KnowledgeBase, filter: TimelineFilter = {}): TimelineEntry[] {
  const sentences = new Map(kb.sentences.map((s, i) => [s.id, { s, i }]));
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  const updatedYear = year(kb.document.updated);
  const entries = kb.events.flatMap((e, k) => {
    const at = sentences.get(e.sentenceId);
    if (!at) return [];
    if (filter.sectionId && at.s.sectionId !== filter.sectionId) return [];
    const first = year(e.start);
    const last = e.end ? year(e.end) : e.kind === 'period' ? Math.max(first, updatedYear) : first;
    if (filter.from !== undefined && last < filter.from) return [];
    if (filter.to !== undefined && first > filter.to) return [];
    const entry: TimelineEntry = {
      start: e.start,
      end: e.end,
      display: e.display,
      event: e.event,
      kind: e.kind,
      sentence: at.s.text,
      sentenceId: at.s.id,
      sectionId: at.s.sectionId,
      section: titles.get(at.s.sectionId) ?? '',
      page: at.s.page,
    };
    return [{ entry, order: at.i * 1000 + k }];
  });
  return entries.sort((a, b) => (a.entry.start < b.entry.start ? -1 : a.entry.start > b.entry.start ? 1 : a.order - b.order)).map((x) => x.entry);
}
