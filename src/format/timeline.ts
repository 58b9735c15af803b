import type { TimelineEntry } from '../query/timeline.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

const MARK: Record<TimelineEntry['kind'], string> = { event: '●', period: '━', target: '◆' };

/** The date column of an entry: "1951", "2021-09", "1910–1945", "2000–" (still going on), "by 2030". */
export function dateLabel(e: TimelineEntry): string {
  if (e.kind === 'target') return `by ${e.start}`;
  if (e.end) return `${e.start}–${e.end}`;
  return e.kind === 'period' ? `${e.start}–` : e.start;
}

/**
 * `timeline` on a terminal: a vertical line of dates, each entry's mark (● event, ━ period,
 * ◆ target) and what happened, then the date as written and where it is said.
 */
export function formatTimeline(entries: readonly TimelineEntry[], width: number, style: Style): string {
  const labels = entries.map(dateLabel);
  const col = Math.min(Math.max(...labels.map((l) => l.length), 4), 16);
  const lines: string[] = [];
  entries.forEach((e, i) => {
    const label = labels[i]!;
    const pad = ' '.repeat(col);
    const body = wrap(safe(e.event), Math.max(10, width - col - 3));
    lines.push(`${style.heading(label.padEnd(col))} ${MARK[e.kind]} ${body[0] ?? ''}`);
    for (const more of body.slice(1)) lines.push(`${pad} │ ${more}`);
    const where = `${safe(e.display)} · ${safe(e.section)}, p. ${e.page} · ${e.sentenceId}`;
    for (const w of wrap(where, Math.max(10, width - col - 5))) lines.push(`${pad} │   ${style.dim(w)}`);
    if (i < entries.length - 1) lines.push(`${pad} │`);
  });
  return lines.join('\n');
}
