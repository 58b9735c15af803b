import { safe } from './safe.js';

/** What `usjapan ingest` says it built (its --json shape). */
export interface IngestSummary {
  readonly reportId: string;
  readonly title: string;
  readonly version: number;
  readonly updated: string;
  readonly sectionCount: number;
  readonly sentenceCount: number;
  readonly factCount: number;
  /** What the input was: a PDF or a text rendering. */
  readonly from: 'pdf' | 'text';
  /** The file written with -o ("-" for stdout), or null. */
  readonly output: string | null;
  /** Where --use stored it (it is now the default), or null. */
  readonly stored: string | null;
}

/** The summary as text: which brief, how much was found in it, where it went. */
export function formatIngestSummary(s: IngestSummary): string {
  const lines = [
    `${safe(s.reportId)} v${s.version}, ${s.updated}: ${safe(s.title)}`,
    `${s.sectionCount} sections, ${s.sentenceCount} sentences, ${s.factCount} facts (from ${s.from === 'pdf' ? 'the PDF' : 'text'})`,
  ];
  if (s.output !== null && s.output !== '-') lines.push(`wrote ${safe(s.output)}`);
  if (s.stored !== null) lines.push(`stored ${safe(s.stored)}; usjapan now answers from it (usjapan use --bundled goes back)`);
  return lines.join('\n');
}
