/**
 * Scores a built knowledge base against a brief's truth (the format of tests/fixtures/briefs/*.json):
 * whole sentences in the right section, sentences that match nothing, section titles with
 * levels, and the metadata fields. Whitespace runs are collapsed on both sides, nothing else.
 */
import type { KnowledgeBase } from '../../src/kb/schema.js';

/** The parts of a truth file the score reads. */
export interface BriefTruth {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly updated: string;
  readonly authors: readonly { name: string; role: string }[];
  readonly sections: readonly { title: string | null; level: number; sentences: readonly string[] }[];
}

/** What a built knowledge base got right about one brief. */
export interface BriefScore {
  readonly sentences: { right: number; total: number };
  /** KB sentences equal to no truth sentence anywhere. */
  readonly stray: { count: number; total: number };
  readonly sections: { right: number; total: number; extra: number };
  readonly metadata: { right: number; total: number; wrong: string[] };
  readonly missed: string[];
  readonly strays: string[];
  readonly sectionDiff: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const INTRO = 'Introduction';

interface KbSectionLike {
  readonly title: string;
  readonly level?: number;
  readonly untitled?: boolean;
}

/** The KB section that stands for a truth section title (null: the untitled intro). */
function sameSection(kbSection: KbSectionLike, title: string | null): boolean {
  if (title === null) return kbSection.untitled === true || kbSection.title === INTRO;
  return squash(kbSection.title) === squash(title) && kbSection.untitled !== true;
}

/** Compares a knowledge base with the truth of the brief it was built from. */
export function scoreBrief(kb: KnowledgeBase | null, truth: BriefTruth): BriefScore {
  const truthSentences = truth.sections.flatMap((s) => s.sentences.map(squash));
  const totalSections = truth.sections.length;
  if (!kb) {
    return {
      sentences: { right: 0, total: truthSentences.length },
      stray: { count: 0, total: 0 },
      sections: { right: 0, total: totalSections, extra: 0 },
      metadata: { right: 0, total: 5, wrong: ['(no knowledge base)'] },
      missed: truthSentences,
      strays: [],
      sectionDiff: [],
    };
  }
  const kbSections = kb.sections as readonly (KbSectionLike & { id: string })[];
  const textsBySection = new Map<string, Set<string>>();
  for (const s of kb.sentences) {
    let set = textsBySection.get(s.sectionId);
    if (!set) textsBySection.set(s.sectionId, (set = new Set()));
    set.add(squash(s.text));
  }
  let right = 0;
  const missed: string[] = [];
  for (const sec of truth.sections) {
    const homes = kbSections.filter((k) => sameSection(k, sec.title));
    for (const raw of sec.sentences) {
      const s = squash(raw);
      if (homes.some((h) => textsBySection.get(h.id)?.has(s))) right++;
      else missed.push(`[${sec.title ?? INTRO}] ${s}`);
    }
  }
  const all = new Set(truthSentences);
  const strays = kb.sentences.map((s) => squash(s.text)).filter((s) => !all.has(s));

  let sectionsRight = 0;
  const sectionDiff: string[] = [];
  for (const sec of truth.sections) {
    const ok = kbSections.some((k) => sameSection(k, sec.title) && (k.level ?? 1) === sec.level);
    if (ok) sectionsRight++;
    else sectionDiff.push(`missing ${sec.level} ${sec.title ?? INTRO}`);
  }
  let extra = 0;
  for (const k of kbSections) {
    if (!truth.sections.some((sec) => sameSection(k, sec.title))) {
      extra++;
      sectionDiff.push(`extra ${k.level ?? '?'} ${k.title}`);
    }
  }

  const d = kb.document;
  const checks: [string, boolean][] = [
    ['reportId', d.reportId === truth.id],
    ['title', squash(d.title) === squash(truth.title)],
    ['version', d.version === truth.version],
    ['updated', d.updated === truth.updated],
    [
      'authors',
      d.authors.length === truth.authors.length &&
        d.authors.every((a, i) => squash(a.name) === squash(truth.authors[i]!.name) && squash(a.role) === squash(truth.authors[i]!.role)),
    ],
  ];
  return {
    sentences: { right, total: truthSentences.length },
    stray: { count: strays.length, total: kb.sentences.length },
    sections: { right: sectionsRight, total: totalSections, extra },
    metadata: { right: checks.filter(([, ok]) => ok).length, total: checks.length, wrong: checks.filter(([, ok]) => !ok).map(([k]) => k) },
    missed,
    strays,
    sectionDiff,
  };
}
