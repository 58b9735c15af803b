import type { Section } from '../kb/schema.js';
import type { SearchResult } from '../query/search/rank.js';
import { safe } from './safe.js';

/**
 * The one line that says what a search did to the query, or null when it searched the words as
 * typed: `showing results for "tariffs"; "GIs" also matched "troops"; "zzz" matched nothing`.
 */
export function searchNote(result: SearchResult): string | null {
  const parts: string[] = [];
  const typos = new Map<string, string>();
  const others = new Map<string, string>();
  for (const h of result.hits) {
    for (const c of h.corrections) {
      const map = c.how === 'typo' ? typos : others;
      if (!map.has(c.from) && !(c.how !== 'typo' && typos.has(c.from))) map.set(c.from, c.how === 'typo' ? c.to.toLowerCase() : c.to);
    }
  }
  if (typos.size) {
    let rewritten = result.intent.query;
    for (const [from, to] of typos) rewritten = rewritten.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(from)}(?![\\p{L}\\p{N}])`, 'iu'), to);
    parts.push(`showing results for "${safe(rewritten.trim())}"`);
  }
  for (const [from, to] of others) if (!typos.has(from)) parts.push(`"${safe(from)}" also matched "${safe(to)}"`);
  for (const w of result.unmatched) parts.push(`"${safe(w)}" matched nothing`);
  return parts.length ? parts.join('; ') : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Why a search printed nothing: a quoted phrase no sentence has, the --section filter, or no match. */
export function searchMissMessage(
  query: string,
  result: SearchResult,
  filter: { readonly name: string; readonly section: Section; readonly withoutFilter: number } | null,
): string {
  if (result.phraseMiss) return `no sentence has the phrase "${safe(result.phraseMiss.phrase)}"; without quotes: ${result.phraseMiss.withoutQuotes} ${result.phraseMiss.withoutQuotes === 1 ? 'match' : 'matches'}`;
  if (filter && filter.withoutFilter > 0) {
    return `nothing found for "${safe(query)}" in ${safe(filter.section.title)} (--section ${safe(filter.name)}); without --section: ${filter.withoutFilter} ${filter.withoutFilter === 1 ? 'match' : 'matches'}`;
  }
  return `nothing found for "${safe(query)}"  (try: other words, or usjapan sections)`;
}
