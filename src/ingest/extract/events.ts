import { findDateSpans, type DateSpan } from './date-spans.js';
import { eventClause } from './event-clause.js';

/** A dated event, period or target found in a sentence, for the timeline. */
export interface RawEvent {
  readonly display: string;
  readonly start: string;
  readonly end: string | null;
  readonly kind: 'event' | 'period' | 'target';
  readonly event: string;
}

// Words that make "by <date>" a goal rather than a deadline already met.
const INTENT = /\b(?:will|would|shall|plans?|planned|planning|pledge[sd]?|goals?|targets?|aims?|intends?|intended|expects?|expected|seeks?|to be|is to|are to|was to|were to)\b/i;

/** The kind of a date: a span is a period, "by <date>" ahead of the brief or with an intent is a target. */
function kindOf(span: DateSpan, sentence: string, updated: string): RawEvent['kind'] {
  if (span.end !== null && span.end !== span.start) return 'period';
  if (span.preposition === 'by' && (span.start > updated.slice(0, span.start.length) || INTENT.test(sentence))) return 'target';
  return 'event';
}

/**
 * Every dated event, period and target of a sentence, in text order: the date as written, its
 * ISO span, its kind and a short clause saying what happened. `updated` (the brief's date) gives
 * a year to a month written alone and anchors "the past decade".
 */
export function extractEvents(sentence: string, updated: string): RawEvent[] {
  // A span counted from the brief's own date ("the past decade") is not written as a date: left out.
  const spans = findDateSpans(sentence, updated).filter((d) => !/^(?:the\s+)?(?:past|last|next|coming)\s/i.test(d.display));
  const out: RawEvent[] = [];
  for (const span of spans) {
    const event = eventClause(sentence, span, spans);
    if (event === null || event === '') continue;
    const kind = kindOf(span, sentence, updated);
    // The date as written, with a preposition that changes its meaning: "since 1951", "by 2030".
    const display = span.preposition && ['since', 'by', 'until', 'through', 'as of'].includes(span.preposition) && !/^(?:from|between)\b/i.test(span.display) ? sentence.slice(span.from, span.to) : span.display;
    // "since 2000" starts something that still goes on: a period with no end. An apposition that
    // says what its subject became ("Japan, a U.S. treaty ally since 1951") is the event of becoming it.
    if (span.preposition === 'since') {
      out.push({ display, start: span.start, end: null, kind: / became /.test(event) ? 'event' : 'period', event });
      continue;
    }
    out.push({ display, start: span.start, end: span.end === span.start ? null : span.end, kind, event });
  }
  return out;
}
