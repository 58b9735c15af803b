import type { Figure, KnowledgeBase } from '../kb/schema.js';
import { stem } from '../text/stem.js';
import { words } from '../text/normalize.js';
import { isStopWord } from '../text/word-lists.js';

/** A figure as `section --json` prints it. */
export interface FigureRecord {
  readonly id: string;
  readonly number: number;
  readonly caption: string;
  readonly source: string | null;
  readonly sectionId: string | null;
  readonly section: string | null;
  readonly page: number;
  readonly note: string;
}

/** A figure with its section's title. */
export function figureRecord(kb: KnowledgeBase, f: Figure): FigureRecord {
  const section = kb.sections.find((s) => s.id === f.sectionId);
  return { id: f.id, number: f.number, caption: f.caption, source: f.source, sectionId: f.sectionId, section: section?.title ?? null, page: f.page, note: f.note };
}

/** The figures placed in a section. */
export function sectionFigures(kb: KnowledgeBase, sectionId: string): FigureRecord[] {
  return kb.figures.filter((f) => f.sectionId === sectionId).map((f) => figureRecord(kb, f));
}

const content = (text: string) => new Set(words(text).filter((w) => !isStopWord(w) && w.length > 1).map(stem));

/**
 * The figures whose caption a query names: every content word of the query (stemmed) is a word
 * of the caption, or the query names the figure ("figure 1").
 */
export function figuresMatching(kb: KnowledgeBase, query: string): FigureRecord[] {
  const q = content(query);
  const named = /\bfig(?:ure)?\.?\s*(\d+)\b/i.exec(query);
  return kb.figures
    .filter((f) => {
      if (named) return Number(named[1]) === f.number;
      const caption = content(f.caption);
      return q.size > 0 && [...q].every((w) => caption.has(w));
    })
    .map((f) => figureRecord(kb, f));
}
