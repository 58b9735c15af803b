import { safe } from '../safe.js';

/** A JSON value TSV, CSV and Markdown can hold in one cell. */
type Scalar = string | number | boolean | null;

function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function isCellValue(v: unknown): boolean {
  return isScalar(v) || (Array.isArray(v) && v.every(isScalar));
}

/**
 * The columns of TSV, CSV and Markdown: the records' keys whose values are scalars or arrays of
 * scalars, in JSON order (nested objects, such as search context, stay in JSON only).
 */
export function fieldKeys(records: readonly object[]): string[] {
  const keys: string[] = [];
  const dropped = new Set<string>();
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (v === undefined || dropped.has(k)) continue;
      if (!isCellValue(v)) {
        dropped.add(k);
        const at = keys.indexOf(k);
        if (at >= 0) keys.splice(at, 1);
      } else if (!keys.includes(k)) keys.push(k);
    }
  }
  return keys;
}

/**
 * One value as a cell: arrays joined by "; ", null empty, tabs and newlines written \t and \n,
 * other control characters escaped as in text, so a cell never breaks a line or a column.
 */
export function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(fieldText).join('; ');
  if (value === null || value === undefined) return '';
  return escapeCell(String(value));
}

/** Tabs and newlines as \t and \n, other control characters as \uXXXX. */
export function escapeCell(text: string): string {
  return safe(text.replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n'));
}

/** The header and rows of a listing's records, field by field. */
export function fieldRows(records: readonly object[]): { header: string[]; rows: string[][] } {
  const header = fieldKeys(records);
  return { header, rows: records.map((r) => header.map((k) => fieldText((r as Record<string, unknown>)[k]))) };
}
