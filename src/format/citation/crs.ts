import type { KnowledgeBase } from '../../kb/schema.js';
import { citationData, type CitationData } from '../../query/citation.js';
import { dateParts, joinNames, MONTH_NAMES } from './names.js';

/**
 * CRS's own form: "<Authors>, <Title>, Congressional Research Service, In Focus <id>, version <n>,
 * updated <Month D, YYYY>, <url>", with ", p. <n>" before the URL for a sentence.
 */
export function crsCitation(c: CitationData): string {
  const { year, month, day } = dateParts(c.updated);
  const who = joinNames(c.authors.map((a) => a.name));
  const page = c.page !== null ? `, p. ${c.page}` : '';
  return `${who ? `${who}, ` : ''}${c.title}, ${c.publisher}, ${c.series} ${c.reportId}, version ${c.version}, updated ${MONTH_NAMES[month - 1]} ${day}, ${year}${page}, ${c.url}`;
}

/** The brief's citation in the CRS form (what `info` prints). */
export function citation(kb: KnowledgeBase): string {
  return crsCitation(citationData(kb)!);
}
