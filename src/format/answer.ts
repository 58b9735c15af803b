import type { KnowledgeBase } from '../kb/schema.js';
import type { Answer } from '../query/ask/ask.js';
import { writtenDate } from '../query/ask/document.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** "(as of March 30, 2022, IF10199 v19)": which brief, and when, an answer is from. */
export function asOfLabel(kb: KnowledgeBase): string {
  const d = kb.document;
  const when = d.updated ? writtenDate(d.updated) : null;
  const which = [d.reportId, d.version !== null && d.version !== undefined ? `v${d.version}` : ''].filter(Boolean).join(' ');
  return `(${[when ? `as of ${when}` : '', which].filter(Boolean).join(', ')})`;
}

/** "Overview, p. 1": where an answer's sentence is. */
export function answerSource(kb: KnowledgeBase, a: Answer): string | null {
  const s = a.evidence[0];
  if (!s) return null;
  const section = kb.sections.find((x) => x.id === s.sectionId);
  return `${safe(section?.title ?? s.sectionId)}, p. ${s.page}`;
}

/**
 * `ask` for people: the answer (bold) with the brief's date, the sentence that says it with the
 * answer highlighted and where it is, and close runners-up.
 */
export function formatAnswer(kb: KnowledgeBase, a: Answer, others: readonly Answer[], width: number, style: Style): string {
  const lines = wrap(`${safe(a.answer)} ${asOfLabel(kb)}`, width);
  lines[0] = lines[0]!.replace(safe(a.answer), style.bold(safe(a.answer)));
  const s = a.evidence[0];
  if (s) {
    const text = safe(s.text);
    const said = a.at ? safe(s.text.slice(a.at.start, a.at.end)) : null;
    lines.push(...wrap(text, width).map((l) => (said && l.includes(said) ? l.replace(said, style.match(said)) : l)));
    lines.push(...wrap(`— ${answerSource(kb, a)}`, width).map((l) => style.dim(l)));
  } else {
    lines.push(...wrap(`— ${safe(kb.document.reportId)}, ${safe(kb.document.title)} (the brief's own details)`, width).map((l) => style.dim(l)));
  }
  for (const o of others) {
    const where = answerSource(kb, o);
    lines.push(...wrap(`also: ${safe(o.answer)}${where ? ` (${where})` : ''}`, width).map((l) => style.dim(l)));
  }
  return lines.join('\n');
}

/** The one-line card `search` shows above its hits for a question `ask` can answer. */
export function answerCard(kb: KnowledgeBase, a: Answer, width: number, style: Style): string {
  const where = answerSource(kb, a);
  return wrap(`Answer: ${safe(a.answer)}${where ? ` — ${where}` : ` ${asOfLabel(kb)}`}`, width)
    .map((l, i) => (i === 0 ? l.replace(safe(a.answer), style.bold(safe(a.answer))) : l))
    .join('\n');
}
