import type { Section, Sentence } from '../kb/schema.js';
import type { SectionView } from '../query/section-view.js';
import { formatSectionFacts } from './facts.js';
import { figureLine } from './figures.js';
import { pagesLabel } from './pages-label.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import type { TableFn } from './table.js';
import { wrap } from './wrap.js';

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

/** `section`: the summary (or every sentence) and, with the summary, the key figures. */
export function formatSectionView(v: SectionView, full: boolean, width: number, style: Style, table: TableFn | null): string {
  const parts = [formatSection(v.section, full ? v.sentences : v.summary, width, style)];
  // The section's figures: images whose data is not in the text, said so where they stand.
  for (const f of v.figures) parts.push('', ...wrap(figureLine(f), width).map((l) => style.dim(l)));
  if (!full && v.facts.length && table) {
    parts.push('', style.bold('Key figures'), formatSectionFacts(v.facts, width, table));
  }
  return parts.join('\n');
}
