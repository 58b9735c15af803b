import type { KnowledgeBase } from '../kb/schema.js';
import type { SearchResult } from '../query/search/rank.js';
import { highlight } from './highlight.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/**
 * Ranked search hits: number, wrapped sentence with matches highlighted, then its source; an
 * answer card from the document's metadata first, when there is one.
 */
export function formatHits(kb: KnowledgeBase, result: Pick<SearchResult, 'hits' | 'card'>, width: number, style: Style): string {
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  const card = result.card
    ? [[style.bold(`${safe(result.card.title)}:`), ...result.card.lines.map((l) => `  ${safe(l)}`), style.dim(`  — ${safe(result.card.source)}, document information`)].join('\n')]
    : [];
  return [...card, ...result.hits
    .map((h) => {
      const lead = `${h.rank}. `;
      const body = wrap(safe(h.sentence.text), width, ' '.repeat(lead.length)).map((l, i) =>
        highlight(i === 0 ? lead + l.slice(lead.length) : l, h.matches.map(safe), style),
      );
      const where = style.dim(`${' '.repeat(lead.length)}— ${safe(titles.get(h.sentence.sectionId) ?? '')}, p. ${h.sentence.page}`);
      return [...body, where].join('\n');
    })]
    .join('\n\n');
}
