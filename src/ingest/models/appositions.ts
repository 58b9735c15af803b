import type { Apposition } from './relations.js';

// "X (known as Y", "X (called Y", "X (also Y": the parenthesis names what comes before it.
const PAREN = /([\p{L}][\p{L}\p{N}-]*(?: [\p{L}][\p{L}\p{N}-]*){0,2}) \((?:also |commonly |so-)?(?:known as|called|named|or) (?:the |a |an )?([^,;)]+)/gu;
// "X—or “Y”—" and "X, or “Y”,": a dash or comma aside that gives another name.
const ASIDE = /([\p{L}][\p{L}\p{N}-]*(?: [\p{L}][\p{L}\p{N}-]*){0,2})(?:—|, )or [“"]([^”"]+)[”"]/gu;

/**
 * The brief's own appositions: where it gives a second name for a thing ("its military (known as
 * the Self-Defense Forces)", "bicameral legislature (called the Diet)", "Dialogue—or “Quad”").
 * The second name is cut at a comma or "in"/"and" ("the Senkaku Islands in Japan, and …"), and
 * must start with a capital or a digit, as names do.
 */
export function findAppositions(sentences: readonly string[]): Apposition[] {
  const out: Apposition[] = [];
  for (const text of sentences) {
    for (const re of [PAREN, ASIDE]) {
      for (const m of text.matchAll(re)) {
        const b = m[2]!.split(/ (?:in|and|for|of|by)\b/)[0]!.trim();
        // A name, not a clause: "—or “may not”—" is an aside, not a second name.
        if (/^[\p{Lu}\p{N}]/u.test(b)) out.push({ a: m[1]!, b });
      }
    }
  }
  return out;
}
