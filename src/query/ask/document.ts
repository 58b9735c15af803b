import type { KnowledgeBase } from '../../kb/schema.js';
import { MONTHS } from '../../text/dates.js';
import type { DocumentField } from './question.js';

/** "2022-03-30" as the brief writes dates ("March 30, 2022"); no locale data needed. */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** The answer to a question about the document itself, from its metadata; null when it lacks that field. */
export function documentAnswer(kb: KnowledgeBase, field: DocumentField): { answer: string; start: string | null; end: string | null } | null {
  const d = kb.document;
  switch (field) {
    case 'authors': {
      if (d.authors.length === 0) return null;
      const full = d.authors.map((a) => a.name).join(', ');
      // Within the 80 characters an answer may take: the full names, else the surnames.
      return { answer: full.length <= 80 ? full : d.authors.map((a) => a.name.split(' ').at(-1)).join(', '), start: null, end: null };
    }
    case 'coordinator': {
      // CRS names a coordinator among the authors' roles; without one, the first author.
      const c = d.authors.find((a) => /coordinator/i.test(a.role ?? '')) ?? d.authors[0];
      return c ? { answer: c.name, start: null, end: null } : null;
    }
    case 'updated':
      return d.updated ? { answer: writtenDate(d.updated), start: d.updated, end: null } : null;
    case 'version':
      return d.version !== null && d.version !== undefined ? { answer: String(d.version), start: null, end: null } : null;
    case 'reportId':
      return d.reportId ? { answer: d.reportId, start: null, end: null } : null;
    case 'publisher':
      return d.publisher ? { answer: d.publisher, start: null, end: null } : null;
    case 'title':
      return d.title ? { answer: d.title, start: null, end: null } : null;
  }
}
