import type { CitationData } from '../../query/citation.js';
import { dateParts, joinNames, MONTH_NAMES, nameParts } from './names.js';

/**
 * Chicago 17 bibliography entry: "Family, Given, Given Family, and Given Family. Title. CRS In
 * Focus IF10199, version 19. Publisher, Month D, YYYY. URL." For a sentence, its page follows the
 * report number.
 */
export function chicagoCitation(c: CitationData): string {
  const parts = c.authors.map((a) => nameParts(a.name));
  const names = parts.map((n, i) => (i === 0 ? `${n.family}, ${n.given.join(' ')}` : `${n.given.join(' ')} ${n.family}`));
  const who = names.length > 10 ? `${names.slice(0, 7).join(', ')}, et al` : joinNames(names);
  const { year, month, day } = dateParts(c.updated);
  const page = c.page !== null ? `, ${c.page}` : '';
  return `${who ? `${who}. ` : ''}${c.title}. CRS ${c.series} ${c.reportId}, version ${c.version}${page}. ${c.publisher}, ${MONTH_NAMES[month - 1]} ${day}, ${year}. ${c.url}.`;
}
