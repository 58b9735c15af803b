import type { SectionRow } from '../query/section-view.js';
import { pagesLabel } from './pages-label.js';
import { safe } from './safe.js';
import type { Style } from './style.js';

/** `sections`: numbered titles with pages and id, each with its first sentence cut to one line. */
export function formatSections(rows: readonly SectionRow[], width: number, style: Style): string {
  return rows
    .map((r, i) => {
      const head = `${i + 1}. ${style.heading(safe(r.title))}  ${style.dim(`${pagesLabel(r.pages)} · ${safe(r.id)}`)}`;
      const summary = safe(r.summary);
      const first = summary.length > width - 4 ? `${summary.slice(0, width - 5).replace(/\s+\S*$/, '')}…` : summary;
      return `${head}\n   ${first}`;
    })
    .join('\n');
}
