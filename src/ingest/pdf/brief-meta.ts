// Report id, version and date from a brief's id footer and masthead.

import type { BriefMeta, PdfLine } from './types.js';

// The last page's footer: "https://crsreports.congress.gov | IF12610 · VERSION 6 · UPDATED".
const ID_FOOTER = /\b([A-Z]{1,3}\d{3,6})\s*·\s*VERSION\s+(\d+)\s*·\s*(UPDATED|NEW)\b/i;

/** Parses the id footer ("IF12610 · VERSION 6 · UPDATED") into id, version and new/updated. */
export function parseIdFooter(text: string): { reportId: string; version: number; isNew: boolean } | null {
  const m = ID_FOOTER.exec(text);
  if (!m || !m[1] || !m[2] || !m[3]) return null;
  return { reportId: m[1].toUpperCase(), version: Number(m[2]), isNew: m[3].toUpperCase() === 'NEW' };
}

/** Collects the brief's meta facts from its classified lines and furniture. */
export function briefMeta(lines: PdfLine[], furniture: PdfLine[]): BriefMeta {
  const footerLine = furniture.find((l) => l.kind === 'footer' && parseIdFooter(l.text));
  const parsed = footerLine ? parseIdFooter(footerLine.text) : null;
  const numberLine = lines.find((l) => l.kind === 'report-number');
  const dateLine = lines.find((l) => l.kind === 'date');
  return {
    reportId: parsed?.reportId ?? numberLine?.text ?? null,
    version: parsed?.version ?? null,
    isNew: parsed ? parsed.isNew : dateLine ? !/^Updated\b/.test(dateLine.text) : null,
    updatedLine: dateLine?.text ?? null,
    footer: footerLine?.text ?? null,
  };
}
