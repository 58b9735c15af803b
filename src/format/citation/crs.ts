import type { KnowledgeBase } from '../../kb/schema.js';

/** The citation a reader can paste. */
export function citation(kb: KnowledgeBase): string {
  const d = kb.document;
  const names = d.authors.map((a) => a.name);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  const date = new Date(`${d.updated}T00:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return `${who ? `${who}, ` : ''}“${d.title},” ${d.publisher}, ${d.reportId}, version ${d.version}, updated ${date}${d.url ? `, ${d.url}` : ''}.`;
}
