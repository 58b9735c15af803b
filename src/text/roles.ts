import { ROLE_WORDS } from './word-lists.js';

const singular = (w: string) => (w.endsWith('s') ? w.slice(0, -1) : w);

// The role words by their first word (singular), longest first: a lookup reads only the few that can start there.
let byFirst: Map<string, string[][]> | null = null;
function rolesStartingWith(word: string): readonly string[][] {
  if (!byFirst) {
    byFirst = new Map();
    for (const r of ROLE_WORDS) {
      const seq = r.split(' ').map(singular);
      const list = byFirst.get(seq[0]!) ?? [];
      list.push(seq);
      byFirst.set(seq[0]!, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  return byFirst.get(word) ?? [];
}

/** How many tokens a role word ("prime minister", "ministers") takes from token i of normalized tokens; 0 when none starts there. */
export function roleAt(norms: readonly string[], i: number): number {
  const first = norms[i];
  if (first === undefined) return 0;
  for (const seq of rolesStartingWith(singular(first))) {
    if (seq.every((w, k) => norms[i + k] !== undefined && singular(norms[i + k]!) === w)) return seq.length;
  }
  return 0;
}

/** The longest role named in a query's normalized tokens ("prime minister" before "minister"), as written in ROLE_WORDS; null when none. */
export function findRole(norms: readonly string[]): string | null {
  let best: string | null = null;
  for (let i = 0; i < norms.length; i++) {
    const n = roleAt(norms, i);
    if (n === 0) continue;
    const seq = norms.slice(i, i + n).map(singular).join(' ');
    const r = ROLE_WORDS.find((x) => x.split(' ').map(singular).join(' ') === seq) ?? seq;
    if (!best || r.length > best.length) best = r;
  }
  return best;
}
