/**
 * Question openings as word patterns over a query's normalized tokens, matched without regular
 * expressions (V8 compiles a regular expression at its first use, and a set of them costs more
 * start-up than the whole lookup). A pattern is slots separated by spaces: "a|b" one of these
 * words, a trailing "?" an optional slot, "_" any one word, "*" one or more words, "$" the end
 * of the query.
 */

interface Slot {
  readonly words: ReadonlySet<string> | null;
  readonly optional: boolean;
  readonly many: boolean;
  readonly end: boolean;
}

function parse(pattern: string): Slot[] {
  return pattern.split(' ').map((p) => {
    const optional = p.endsWith('?');
    const body = optional ? p.slice(0, -1) : p;
    return {
      words: body === '_' || body === '*' || body === '$' ? null : new Set(body.split('|')),
      optional,
      many: body === '*',
      end: body === '$',
    };
  });
}

/** Where a match of slots[s..] from token t ends (the index after its last token); -1 when none. */
function matchFrom(slots: readonly Slot[], norms: readonly string[], s: number, t: number): number {
  const slot = slots[s];
  if (!slot) return t;
  if (slot.end) return t === norms.length ? matchFrom(slots, norms, s + 1, t) : -1;
  if (slot.many) {
    // Greedy, as ".+" is: the longest run that lets the rest match.
    for (let e = norms.length; e > t; e--) {
      const m = matchFrom(slots, norms, s + 1, e);
      if (m >= 0) return m;
    }
    return -1;
  }
  const word = norms[t];
  if (word !== undefined && (slot.words === null || slot.words.has(word))) {
    const m = matchFrom(slots, norms, s + 1, t + 1);
    if (m >= 0) return m;
  }
  return slot.optional ? matchFrom(slots, norms, s + 1, t) : -1;
}

/** A compiled list of openings: the first whose pattern fits the start of the query wins. */
export class Openings<T> {
  private compiled: [Slot[], T][] | null = null;

  constructor(private readonly table: readonly [string, T][]) {}

  /** The value of the first opening that fits, and how many tokens it takes; null when none does. */
  match(norms: readonly string[]): { value: T; length: number } | null {
    this.compiled ??= this.table.map(([p, v]) => [parse(p), v]);
    for (const [slots, value] of this.compiled) {
      const end = matchFrom(slots, norms, 0, 0);
      if (end > 0) return { value, length: end };
    }
    return null;
  }
}
