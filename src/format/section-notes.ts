import type { Section } from '../kb/schema.js';
import type { SectionMatch } from '../query/sections.js';
import { safe } from './safe.js';

/**
 * The line that says how a section was chosen when it might surprise: by text, with the others
 * that came close (`showing Regional Relations (best text match); also: Overview`), or by a title
 * that others match nearly as well, with how to get those.
 */
export function sectionNote(m: Extract<SectionMatch, { kind: 'found' }>, sections: readonly Section[]): string | null {
  const numberOf = (s: Section) => sections.findIndex((x) => x.id === s.id) + 1;
  if (m.by === 'text') {
    const also = m.alternatives.length ? `; also: ${m.alternatives.map((a) => safe(a.title)).join(', ')}` : '';
    return `showing ${safe(m.section.title)} (best text match)${also}`;
  }
  if (m.alternatives.length) {
    return `showing ${safe(m.section.title)}; also close: ${m.alternatives.map((a) => `${safe(a.title)} (usjapan section ${numberOf(a)})`).join(', ')}`;
  }
  return null;
}

/** Why no section was chosen: a number out of range, or a name nothing matches. */
export function sectionMissMessage(name: string, m: Exclude<SectionMatch, { kind: 'found' }>): string {
  if (m.kind === 'out-of-range') return `no section ${safe(name)}: there are ${m.count} sections  (try: usjapan sections)`;
  return `no section matches "${safe(name)}"  (try: usjapan sections)`;
}
