/** A person's name split for citations: family name (the last word) and given names. */
export interface NameParts {
  readonly family: string;
  readonly given: string[];
}

/** "Mark E. Manyin" → { family: "Manyin", given: ["Mark", "E."] }. */
export function nameParts(name: string): NameParts {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1) ?? name, given: words.slice(0, -1) };
}

/** "Mark E." → "M. E.", "Emma" → "E.", "Cathleen D." → "C. D.". */
export function initials(given: readonly string[]): string {
  return given.map((g) => (/^\p{Lu}\.$/u.test(g) ? g : `${g.split('-').map((p) => `${p[0]}.`).join('-')}`)).join(' ');
}

/** A list of names as prose: "A", "A and B", "A, B, and C" (or "&" for APA). */
export function joinNames(names: readonly string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]} ${and} ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, ${and} ${names.at(-1)}`;
}

/** "2022-03-30" → { year: "2022", month: 3, day: 30 }. */
export function dateParts(iso: string): { year: string; month: number; day: number } {
  const [y, m, d] = iso.split('-');
  return { year: y!, month: Number(m), day: Number(d) };
}

export { MONTHS as MONTH_NAMES } from '../../text/dates.js';
