import type { FigureRecord } from '../query/figures.js';
import { safe } from './safe.js';

/** A figure in one line: "Figure 1. Top U.S. Trade Partners, 2020 (image; data not in the text) — Source: Bureau of Economic Analysis." */
export function figureLine(f: FigureRecord): string {
  return `Figure ${f.number}. ${safe(f.caption)} (image; data not in the text)${f.source ? ` — Source: ${safe(f.source)}` : ''}`;
}

/** The see-also line under search hits for a figure whose caption the query names. */
export function seeAlsoLine(f: FigureRecord): string {
  return `See also: ${figureLine(f)}${f.section ? ` (${safe(f.section)}, p. ${f.page})` : ` (p. ${f.page})`}`;
}
