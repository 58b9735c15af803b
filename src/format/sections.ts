import type { SectionRow } from '../query/section-view.js';
import type { Listing } from './listing/view.js';
import { pagesLabel } from './pages-label.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { displayWidth, splitAtWidth } from './width.js';
import { hang, withTail } from './wrap.js';

/** Text cut to one line of `width` columns at a word, ending in "…" when cut. */
function oneLine(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const [head] = splitAtWidth(text, Math.max(1, width - 1));
  const atWord = head.replace(/\s+\S*$/, '');
  return `${(atWord.length > head.length / 2 ? atWord : head).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * `sections`: numbered titles with pages and id, each with its first sentence on one line —
 * the one place text is cut, with "…", to keep the table of contents one screen.
 */
export function formatSections(rows: readonly SectionRow[], width: number, style: Style): string {
  const lead = String(rows.length).length + 2;
  const indent = ' '.repeat(lead);
  return rows
    .map((r, i) => {
      const where = `${pagesLabel(r.pages)} · ${safe(r.id)}`;
      const head = withTail(hang(safe(r.title), width, `${i + 1}.`.padEnd(lead), indent), where, width, indent);
      const styled = head.map((l) => {
        const at = l.indexOf(where);
        if (at >= 0) return style.heading(l.slice(0, at)) + style.dim(where);
        return style.heading(l);
      });
      return [...styled, indent + oneLine(safe(r.summary), width - lead)].join('\n');
    })
    .join('\n');
}

/** `sections` as a listing: number, title, pages and id. */
export function sectionListing(rows: readonly SectionRow[]): Listing<SectionRow> {
  return {
    records: rows,
    columns: [
      { label: '#', cell: (_, i) => String(i + 1), align: 'right', keep: true },
      { label: 'Section', cell: (r) => r.title, keep: true },
      { label: 'Pages', cell: (r) => pagesLabel(r.pages).replace(/^pp?\. /, '') },
      { label: 'Id', cell: (r) => r.id },
    ],
  };
}
