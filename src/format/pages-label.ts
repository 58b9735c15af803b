/** Pages as "1" or "1–2". */
export function pagesLabel(pages: readonly number[]): string {
  if (pages.length === 0) return '';
  const a = Math.min(...pages);
  const b = Math.max(...pages);
  return a === b ? `p. ${a}` : `pp. ${a}–${b}`;
}
