/**
 * True when the text has its columns side by side on each line, as `pdftotext -layout` writes
 * them: many lines hold two runs of text apart by a wide run of spaces. The height-sorted
 * rendering this path reads has one column's line per line.
 */
export function looksSideBySide(lines: readonly { text: string }[]): boolean {
  const text = lines.filter((l) => l.text.trim().length > 0);
  if (text.length < 10) return false;
  const wide = text.filter((l) => /\S {4,}\S/.test(l.text.trim())).length;
  return wide / text.length > 0.2;
}
