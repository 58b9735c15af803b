import Table from 'cli-table3';

/** A plain-bordered table that fits the width, for facts and key figures. */
export function table(head: string[], rows: string[][], width: number, weights: number[]): string {
  const usable = Math.max(40, width - (head.length + 1) * 3);
  const total = weights.reduce((a, b) => a + b, 0);
  const colWidths = weights.map((w) => Math.max(6, Math.floor((usable * w) / total)) + 2);
  const t = new Table({ head, colWidths, wordWrap: true, style: { head: [], border: [] } });
  for (const r of rows) t.push(r);
  return t.toString();
}
