import type { KnowledgeBase } from '../kb/schema.js';

/** What every citation style is built from: the brief's metadata, its report URL and, for a sentence, its page. */
export interface CitationData {
  readonly authors: readonly { readonly name: string; readonly role: string }[];
  readonly title: string;
  /** The title in sentence case (APA): words the brief always capitalizes keep their capital. */
  readonly titleSentenceCase: string;
  readonly reportId: string;
  /** "In Focus" for an IF report, else "Report". */
  readonly series: string;
  readonly version: number;
  /** ISO date of the version. */
  readonly updated: string;
  readonly publisher: string;
  readonly url: string;
  readonly sentenceId: string | null;
  readonly page: number | null;
}

/** The citation styles `cite` knows. */
export const CITATION_STYLES = ['crs', 'apa', 'mla', 'chicago', 'bibtex'] as const;
/** One of the citation styles. */
export type CitationStyle = (typeof CITATION_STYLES)[number];

/**
 * The report's own page on the CRS site, from its id: `https://crsreports.congress.gov/product/pdf/<series>/<id>`,
 * the series being the id's letters ("IF" for IF10199).
 */
export function reportUrl(reportId: string): string {
  const series = /^[A-Za-z]+/.exec(reportId)?.[0]?.toUpperCase() ?? reportId;
  return `https://crsreports.congress.gov/product/pdf/${series}/${reportId}`;
}

/**
 * A title in sentence case: the first word, the first after a colon, and words the brief writes
 * with a capital inside its sentences (names: "Japan", "U.S.-Japan") keep their capital.
 */
export function sentenceCase(title: string, sentences: readonly { text: string }[]): string {
  const capitalInside = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const s of sentences) {
    s.text.split(/\s+/).forEach((w, i) => {
      const word = w.replace(/^[^\p{L}]+|[^\p{L}.-]+$/gu, '').replace(/’s$|'s$/, '');
      if (!word) return;
      if (/^\p{Lu}/u.test(word) && i > 0) capitalInside.add(word);
      if (/^\p{Ll}/u.test(word)) lowerSeen.add(word);
    });
  }
  let afterColon = true;
  return title
    .split(/(\s+)/)
    .map((w) => {
      if (/^\s+$/.test(w)) return w;
      const keep = afterColon || /\p{Lu}.*[\p{Lu}.]/u.test(w.slice(1)) || /[.-]/.test(w) || (capitalInside.has(w.replace(/[:,]$/, '')) && !lowerSeen.has(w.replace(/[:,]$/, '').toLowerCase()));
      afterColon = /:$/.test(w);
      return keep ? w : w.toLowerCase();
    })
    .join('');
}

/** The citation data of the brief, or of one of its sentences (null when the id is unknown). */
export function citationData(kb: KnowledgeBase, sentenceId?: string): CitationData | null {
  const d = kb.document;
  const s = sentenceId === undefined ? undefined : kb.sentences.find((x) => x.id === sentenceId);
  if (sentenceId !== undefined && !s) return null;
  return {
    authors: d.authors,
    title: d.title,
    titleSentenceCase: sentenceCase(d.title, kb.sentences),
    reportId: d.reportId,
    series: /^IF/i.test(d.reportId) ? 'In Focus' : 'Report',
    version: d.version,
    updated: d.updated,
    publisher: d.publisher,
    url: reportUrl(d.reportId),
    sentenceId: s?.id ?? null,
    page: s?.page ?? null,
  };
}
