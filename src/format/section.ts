import type { Section, Sentence } from '../kb/schema.js';
import type { SectionView } from '../query/section-view.js';
import { figureLine } from './figures.js';
import { pagesLabel } from './pages-label.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { withTail, wrap } from './wrap.js';

/** A section: title, pages, then the given sentences as wrapped paragraphs. */
export function formatSection(section: Section, sentences: readonly Sentence[], width: number, style: Style): string {
  const pages = pagesLabel(section.pages);
  const head = withTail(wrap(safe(section.title), width), pages, width, '').map((l) =>
    l.endsWith(pages) ? style.heading(l.slice(0, -pages.length)) + style.dim(pages) : style.heading(l),
  );
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
  return [...head, '', paras.join('\n\n')].join('\n');
}

/** `section`: the summary (or every sentence) and, with the summary, the key figures (drawn by the caller). */
export function formatSectionView(v: SectionView, full: boolean, width: number, style: Style, figures: string | null): string {
  const parts = [formatSection(v.section, full ? v.sentences : v.summary, width, style)];
  // The section's figures: images whose data is not in the text, said so where they stand.
  for (const f of v.figures) parts.push('', ...wrap(figureLine(f), width).map((l) => style.dim(l)));
  if (!full && figures) parts.push('', style.bold('Key figures'), figures);
  return parts.join('\n');
}
