import type { CitationData } from '../../query/citation.js';
import { dateParts, nameParts } from './names.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Characters with a meaning in BibTeX.
const escape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');

/** A BibTeX @techreport entry; its key is the first author's family name, the year and the report id. */
export function bibtexCitation(c: CitationData): string {
  const parts = c.authors.map((a) => nameParts(a.name));
  const { year, month } = dateParts(c.updated);
  const key = `${(parts[0]?.family ?? 'crs').toLowerCase().replace(/[^a-z0-9]+/g, '')}${year}${c.reportId.toLowerCase()}`;
  const fields: [string, string][] = [
    ['author', parts.map((n) => `${escape(n.family)}, ${escape(n.given.join(' '))}`).join(' and ')],
    // Braces keep the title's capitals as written.
    ['title', `{${escape(c.title)}}`],
    ['institution', escape(c.publisher)],
    ['type', `CRS ${c.series}`],
    ['number', c.reportId],
    ['note', `Version ${c.version}`],
    ['year', year],
    ['month', MONTHS[month - 1]!],
    ['url', c.url],
  ];
  if (c.page !== null) fields.push(['pages', String(c.page)]);
  const body = fields.map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`}`).join(',\n');
  return `@techreport{${key},\n${body}\n}`;
}
