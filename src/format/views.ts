import type { KnowledgeBase, Section, Sentence } from '../kb/schema.js';
import type { FactView } from '../query/facts.js';
import type { SearchHit } from '../query/search.js';
import { highlight, safe, wrap, type Style } from './text.js';

/** Ranked search hits: number, wrapped sentence with matches highlighted, then its source. */
export function formatHits(kb: KnowledgeBase, hits: readonly SearchHit[], width: number, style: Style): string {
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  return hits
    .map((h) => {
      const lead = `${h.rank}. `;
      const body = wrap(safe(h.sentence.text), width, ' '.repeat(lead.length)).map((l, i) =>
        highlight(i === 0 ? lead + l.slice(lead.length) : l, h.matches.map(safe), style),
      );
      const where = style.dim(`${' '.repeat(lead.length)}— ${safe(titles.get(h.sentence.sectionId) ?? '')}, p. ${h.sentence.page}`);
      return [...body, where].join('\n');
    })
    .join('\n\n');
}

/** Pages as "1" or "1–2". */
export function pagesLabel(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  const a = Math.min(...pages);
  const b = Math.max(...pages);
  return a === b ? `p. ${a}` : `pp. ${a}–${b}`;
}

/** A section: title, pages, then the given sentences as wrapped paragraphs. */
export function formatSection(section: Section, sentences: readonly Sentence[], width: number, style: Style): string {
  const head = `${style.heading(safe(section.title))}  ${style.dim(pagesLabel(section.pages))}`;
  const paras: string[] = [];
  let current: string[] = [];
  let last = -1;
  for (const s of sentences) {
    if (s.paragraph !== last && current.length) {
      paras.push(wrap(current.join(' '), width).join('\n'));
      current = [];
    }
    current.push(safe(s.text));
    last = s.paragraph;
  }
  if (current.length) paras.push(wrap(current.join(' '), width).join('\n'));
  return [head, '', paras.join('\n\n')].join('\n');
}

/** Fact rows for a table: figure as written, what it measures, section, page. */
export function factRows(facts: readonly FactView[]): string[][] {
  return facts.map((f) => [safe(f.display), safe(f.label), safe(f.section), String(f.page)]);
}

/** The citation a reader can paste. */
export function citation(kb: KnowledgeBase): string {
  const d = kb.document;
  const names = d.authors.map((a) => a.name);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  const date = new Date(`${d.updated}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return `${who ? `${who}, ` : ''}“${d.title},” ${d.publisher}, ${d.reportId}, version ${d.version}, updated ${date}${d.url ? `, ${d.url}` : ''}.`;
}

/** The document's metadata, authors and citation. */
export function formatInfo(kb: KnowledgeBase, width: number, style: Style): string {
  const d = kb.document;
  const lines = [
    style.heading(safe(d.title)),
    `${style.bold('Report')}     ${safe(d.reportId)}, version ${d.version}`,
    `${style.bold('Updated')}    ${d.updated}`,
    `${style.bold('Publisher')}  ${safe(d.publisher)}`,
    `${style.bold('URL')}        ${safe(d.url)}`,
    style.bold('Authors'),
    ...d.authors.map((a) => `  ${safe(a.name)}, ${safe(a.role)}`),
    '',
    style.bold('Cite as'),
    ...wrap(safe(citation(kb)), width, '  '),
  ];
  return lines.join('\n');
}
