import { fieldRows } from './fields.js';

/** TSV with a header line: every scalar field of the records (--format tsv). */
export function toTsv(records: readonly object[]): string {
  const { header, rows } = fieldRows(records);
  return [header, ...rows].map((r) => r.join('\t')).join('\n');
}

/** A CSV field, quoted when it holds a comma or a quote (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a header line, quoted per RFC 4180, LF line ends (--format csv). */
export function toCsv(records: readonly object[]): string {
  const { header, rows } = fieldRows(records);
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n');
}

/** A Markdown table with a header line, for pasting into notes (--format md). */
export function toMarkdown(records: readonly object[]): string {
  const { header, rows } = fieldRows(records);
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One JSON record per line (--format ndjson). */
export function toNdjson(records: readonly object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n');
}
