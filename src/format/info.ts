import type { KnowledgeBase } from '../kb/schema.js';
import { reportUrl } from '../query/citation.js';
import { citation } from './citation/crs.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** The document's metadata, authors and citation. */
export function formatInfo(kb: KnowledgeBase, width: number, style: Style): string {
  const d = kb.document;
  const lines = [
    style.heading(safe(d.title)),
    `${style.bold('Report')}     ${safe(d.reportId)}, version ${d.version}`,
    `${style.bold('Updated')}    ${d.updated}`,
    `${style.bold('Publisher')}  ${safe(d.publisher)}`,
    `${style.bold('URL')}        ${safe(reportUrl(d.reportId))}`,
    style.bold('Authors'),
    ...d.authors.map((a) => `  ${safe(a.name)}, ${safe(a.role)}`),
    '',
    style.bold('Cite as'),
    ...wrap(safe(citation(kb)), width, '  '),
  ];
  return lines.join('\n');
}
