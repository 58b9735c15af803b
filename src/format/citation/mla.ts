import type { CitationData } from '../../query/citation.js';
import { dateParts, nameParts } from './names.js';

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * MLA 9 works-cited entry: "Family, Given, et al. Title. In Focus IF10199, version 19,
 * Publisher, D Mon. YYYY, url-without-scheme." (three or more authors: the first and "et al.").
 */
export function mlaCitation(c: CitationData): string {
  const parts = c.authors.map((a) => nameParts(a.name));
  const first = parts[0] ? `${parts[0].family}, ${parts[0].given.join(' ')}` : '';
  const who = parts.length === 0 ? '' : parts.length === 1 ? first : parts.length === 2 ? `${first}, and ${parts[1]!.given.join(' ')} ${parts[1]!.family}` : `${first}, et al`;
  const { year, month, day } = dateParts(c.updated);
  return `${who ? `${who}. ` : ''}${c.title}. ${c.series} ${c.reportId}, version ${c.version}, ${c.publisher}, ${day} ${MLA_MONTHS[month - 1]} ${year}, ${c.url.replace(/^https?:\/\//, '')}.`;
}

/** MLA 9 in-text citation with the page: "(Chanlett-Avery et al. 2)". */
export function mlaInText(c: CitationData): string | null {
  if (c.page === null) return null;
  const fam = c.authors.map((a) => nameParts(a.name).family);
  const who = fam.length === 0 ? c.publisher : fam.length === 1 ? fam[0] : fam.length === 2 ? `${fam[0]} and ${fam[1]}` : `${fam[0]} et al.`;
  return `(${who} ${c.page})`;
}
