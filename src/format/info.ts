import type { KnowledgeBase } from '../kb/schema.js';
import { reportUrl } from '../query/citation.js';
import { citation } from './citation/crs.js';
import { labelled } from './labelled.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { hang, wrap } from './wrap.js';

/** The document's metadata, contents, authors and citation. */
export function formatInfo(kb: KnowledgeBase, width: number, style: Style): string {
  const d = kb.document;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const lines = [
    ...wrap(safe(d.title), width).map((l) => style.heading(l)),
    ...labelled(
      [
        ['Report', `${safe(d.reportId)}, version ${d.version}`],
        ['Updated', d.updated],
        ['Publisher', safe(d.publisher)],
        ['URL', safe(reportUrl(d.reportId))],
        ['Contents', `${count(d.pages, 'page')}, ${count(kb.sections.length, 'section')}, ${count(kb.sentences.length, 'sentence')}, ${count(kb.facts.length, 'figure')}`],
      ],
      width,
      style,
    ),
    style.bold('Authors'),
    ...d.authors.flatMap((a) => hang(`${safe(a.name)}, ${safe(a.role)}`, width, '  ', '    ')),
    '',
    style.bold('Cite as'),
    ...wrap(safe(citation(kb)), width, '  '),
  ];
  return lines.join('\n');
}
