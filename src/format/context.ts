import type { Sentence } from '../kb/schema.js';
import { highlight } from './highlight.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { hang } from './wrap.js';

/** What to print of one sentence shown in its context. */
export interface InContext {
  readonly sentence: Sentence;
  readonly before: readonly Sentence[];
  readonly after: readonly Sentence[];
  /** Words to highlight in the sentence. */
  readonly matches: readonly string[];
}

/**
 * A sentence among its neighbours: each sentence starts a line, a blank line marks a paragraph
 * break, the sentence itself carries the lead ("1. ", "> ") and the context is dimmed.
 */
export function contextLines(c: InContext, width: number, style: Style, lead: string): string[] {
  const indent = ' '.repeat(lead.length);
  const out: string[] = [];
  let paragraph: number | null = null;
  const add = (s: Sentence, lines: string[]) => {
    if (paragraph !== null && s.paragraph !== paragraph) out.push('');
    paragraph = s.paragraph;
    out.push(...lines);
  };
  for (const s of c.before) add(s, hang(safe(s.text), width, indent, indent).map((l) => style.dim(l)));
  const matches = c.matches.map(safe);
  add(c.sentence, hang(safe(c.sentence.text), width, lead, indent).map((l) => highlight(l, matches, style)));
  for (const s of c.after) add(s, hang(safe(s.text), width, indent, indent).map((l) => style.dim(l)));
  return out;
}

/** The source line under a sentence: "— Section, p. 2 · section-id-4", wrapped under itself. */
export function sourceLines(section: string, page: number, id: string, width: number, style: Style, indent: string): string[] {
  return hang(`— ${safe(section)}, p. ${page} · ${safe(id)}`, width, indent, `${indent}  `).map((l) => style.dim(l));
}
