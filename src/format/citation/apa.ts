import type { CitationData } from '../../query/citation.js';
import { dateParts, initials, nameParts } from './names.js';

/**
 * APA 7 reference: "Family, I. I., … & Family, I. (Year). Title in sentence case (CRS In Focus
 * No. IF10199, version 19). Publisher. URL" (up to 20 authors).
 */
export function apaCitation(c: CitationData): string {
  const names = c.authors.map((a) => nameParts(a.name)).map((n) => `${n.family}, ${initials(n.given)}`);
  const who = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  const { year } = dateParts(c.updated);
  return `${who ? `${who} ` : ''}(${year}). ${c.titleSentenceCase} (CRS ${c.series} No. ${c.reportId}, version ${c.version}). ${c.publisher}. ${c.url}`;
}

/** APA 7 parenthetical citation with the page: "(Chanlett-Avery et al., 2022, p. 2)". */
export function apaInText(c: CitationData): string | null {
  if (c.page === null) return null;
  const fam = c.authors.map((a) => nameParts(a.name).family);
  const who = fam.length === 0 ? c.publisher : fam.length === 1 ? fam[0] : fam.length === 2 ? `${fam[0]} & ${fam[1]}` : `${fam[0]} et al.`;
  return `(${who}, ${dateParts(c.updated).year}, p. ${c.page})`;
}
