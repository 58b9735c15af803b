import { safe } from './safe.js';

/** A knowledge base `usjapan use` can switch to (its --json shape, one per entry). */
export interface StoredRecord {
  readonly reportId: string;
  readonly title: string;
  readonly version: number;
  readonly updated: string;
  readonly file: string;
  /** The brief that ships with usjapan. */
  readonly bundled: boolean;
  /** The default: what answers when neither --kb nor USJAPAN_KB is given. */
  readonly active: boolean;
}

/** One line per knowledge base, the default marked with "*". */
export function formatStoredList(rows: readonly StoredRecord[]): string {
  const name = (r: StoredRecord) => `${r.reportId} v${r.version}`;
  const width = Math.max(...rows.map((r) => name(r).length));
  return rows
    .map((r) => `${r.active ? '*' : ' '} ${safe(name(r)).padEnd(width)}  ${r.updated}  ${safe(r.title)}  ${r.bundled ? '(bundled)' : safe(r.file)}`)
    .join('\n');
}
