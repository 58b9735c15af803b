// Checks a knowledge base built from a brief against the brief's truth JSON (tests/fixtures/
// briefs/<ID>.json): metadata, authors with roles, section titles and levels, every sentence
// exactly (whitespace runs collapsed) and in its section, figures, bullets and lead-ins. The
// measure of `usjapan ingest` on PDFs, used by its tests and by scripts/measure-ingest.ts.
//

import type { KnowledgeBase } from '../../kb/schema.js';
import type { CheckResult, TruthCommon } from './truth-checks.js';

/** The parts of a truth JSON these checks use. */
export interface TruthKb extends TruthCommon {
  updated: string;
  figures: { label: string; caption: string; source: string | null; section: string | null }[];
}

/** Every check of one knowledge base, by name. */
export type KbChecks = Record<'metadata' | 'authors' | 'titles' | 'levels' | 'sentences' | 'strays' | 'figures' | 'bullets' | 'leadIns', CheckResult>;

/** The check names in report order. */
export const KB_CHECKS: readonly (keyof KbChecks)[] = ['metadata', 'authors', 'titles', 'levels', 'sentences', 'strays', 'figures', 'bullets', 'leadIns'];

type KbSection = KnowledgeBase['sections'][number];
type KbSentence = KnowledgeBase['sentences'][number];

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Runs every check of a knowledge base against its brief's truth. */
export function checkKb(kb: KnowledgeBase, truth: TruthKb): KbChecks {
  const sections = kb.sections;
  const byId = new Map(kb.sentences.map((s) => [s.id, s]));
  // The truth's untitled intro is a section the knowledge base marks untitled (titled "Introduction").
  const titleOf = (s: KbSection): string | null => (s.untitled === true ? null : s.title);
  const sentencesOf = (s: KbSection | undefined): KbSentence[] => (s ? s.sentenceIds.map((id) => byId.get(id)).filter((x) => x !== undefined) : []);

  // Sections are paired in order: the checks below compare section i with truth section i.
  const metadata = facts([
    ['report id', kb.document.reportId, truth.id],
    ['title', kb.document.title, truth.title],
    ['version', kb.document.version, truth.version],
    ['updated', kb.document.updated, truth.updated],
  ]);
  const fmtAuthor = (a: { name: string; role: string }) => `${collapse(a.name)} | ${collapse(a.role)}`;
  const authors = compareLists(kb.document.authors.map(fmtAuthor), truth.authors.map(fmtAuthor), 'author');
  const titles = compareLists(
    sections.map((s) => JSON.stringify(titleOf(s))),
    truth.sections.map((s) => JSON.stringify(s.title)),
    'section',
  );
  const levels = compareLists(
    sections.map((s) => `${titleOf(s) ?? 'intro'} L${s.level ?? 1}`),
    truth.sections.map((s) => `${s.title ?? 'intro'} L${s.level}`),
    'level',
  );

  const sentences: CheckResult = { right: 0, total: 0, failures: [] };
  const strays: CheckResult = { right: 0, total: 0, failures: [] };
  const bullets: CheckResult = { right: 0, total: 0, failures: [] };
  const leadIns: CheckResult = { right: 0, total: 0, failures: [] };
  truth.sections.forEach((ts, i) => {
    const got = sentencesOf(sections[i]);
    const texts = new Map<string, KbSentence>();
    for (const s of got) texts.set(collapse(s.text), s);
    const where = ts.title ?? 'intro';
    for (const want of ts.sentences) {
      sentences.total++;
      if (texts.has(collapse(want))) sentences.right++;
      else sentences.failures.push(`${where}: missing ${JSON.stringify(collapse(want).slice(0, 90))}`);
    }
    const wanted = new Set(ts.sentences.map(collapse));
    for (const s of got) {
      strays.total++;
      if (wanted.has(collapse(s.text))) strays.right++;
      else strays.failures.push(`${where}: not in the truth ${JSON.stringify(collapse(s.text).slice(0, 90))}`);
    }
    for (const p of ts.paragraphs) {
      if (p.bullet) {
        for (const want of p.sentences) {
          bullets.total++;
          if (texts.get(collapse(want))?.bullet === true) bullets.right++;
          else bullets.failures.push(`${where}: not marked as a bullet ${JSON.stringify(collapse(want).slice(0, 60))}`);
        }
      }
      if (p.leadIn !== undefined) {
        leadIns.total++;
        if (texts.get(collapse(p.leadIn))?.leadIn === true) leadIns.right++;
        else leadIns.failures.push(`${where}: lead-in ${JSON.stringify(p.leadIn)} not a sentence marked leadIn`);
      }
    }
  });
  // Sentences of KB sections beyond the truth's count are strays too.
  for (const s of sections.slice(truth.sections.length).flatMap(sentencesOf)) {
    strays.total++;
    strays.failures.push(`extra section: ${JSON.stringify(collapse(s.text).slice(0, 90))}`);
  }

  const figures: CheckResult = { right: 0, total: truth.figures.length, failures: [] };
  truth.figures.forEach((tf) => {
    const number = Number(/(\d+)$/.exec(tf.label)?.[1]);
    const f = kb.figures.find((x) => x.number === number);
    const section = f?.sectionId ? sections.find((s) => s.id === f.sectionId) : undefined;
    const sectionTitle = section ? titleOf(section) : null;
    const problems = [
      !f && 'missing',
      f && collapse(f.caption) !== collapse(tf.caption) && `caption ${JSON.stringify(f.caption)}`,
      f && (f.source === null ? null : collapse(f.source)) !== (tf.source === null ? null : collapse(tf.source)) && `source ${JSON.stringify(f.source)}`,
      f && sectionTitle !== tf.section && `section ${JSON.stringify(sectionTitle)} ≠ ${JSON.stringify(tf.section)}`,
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length === 0) figures.right++;
    else figures.failures.push(`${tf.label}: ${problems.join('; ')}`);
  });
  for (const f of kb.figures) {
    if (!truth.figures.some((tf) => tf.label.endsWith(` ${f.number}`))) figures.failures.push(`extra figure ${f.number}: ${f.caption}`);
  }

  return { metadata, authors, titles, levels, sentences, strays, figures, bullets, leadIns };
}

function facts(items: [string, unknown, unknown][]): CheckResult {
  const failures = items.filter(([, got, want]) => got !== want).map(([what, got, want]) => `${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  return { right: items.length - failures.length, total: items.length, failures };
}

function compareLists(got: string[], want: string[], what: string): CheckResult {
  const failures: string[] = [];
  let right = 0;
  want.forEach((w, i) => {
    if (got[i] === w) right++;
    else failures.push(`${what} ${i + 1}: got ${got[i] ?? '(none)'}, want ${w}`);
  });
  for (const extra of got.slice(want.length)) failures.push(`extra ${what}: ${extra}`);
  return { right, total: want.length, failures };
}
