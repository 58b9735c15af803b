/**
 * Summaries that read, on the seven sections of IF10199 and every section of the five
 * development briefs: at most max(2, 40%) of a section's sentences, whole, in reading order; each
 * paragraph's key figure before its secondary detail; and the dangling-reference rule, checked
 * here by its own reading of the wording rather than by the summarizer's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, Sentence } from '../../../src/kb/schema.js';
import { sectionFacts, sectionSentences } from '../../../src/query/sections.js';
import { opensWithReference, summarize } from '../../../src/query/summarize.js';
import { DEV_BRIEFS, truthKb } from '../../support/truth-kb.js';

const bundled = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const kbs: KnowledgeBase[] = [bundled, ...DEV_BRIEFS.map(truthKb)];
const sections = kbs.flatMap((kb) => kb.sections.map((sec) => ({ kb, sec, name: `${kb.document.reportId} ${sec.title}` })));

/**
 * The rule: a sentence that opens with this/these/that/those/such/it/they/he/she/his/her/its
 * (among the first words of its first clause: "Despite these tensions"), or with a definite noun
 * phrase ("The victory", "The Administration") whose noun is new-to-the-reader common noun or one the
 * previous sentence brings in, leans on the sentence before it.
 */
function leansOnPrevious(text: string, previous: string): boolean {
  const firstClause = text.split(',')[0]!.split(/\s+/).slice(0, 4).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  if (firstClause.some((w) => ['this', 'these', 'that', 'those', 'such', 'it', 'they', 'he', 'she', 'his', 'her', 'its'].includes(w))) {
    // "that" and "it" count only as the opening word or right after an opening preposition or adverb.
    const i = firstClause.findIndex((w) => ['this', 'these', 'that', 'those', 'such', 'it', 'they', 'he', 'she', 'his', 'her', 'its'].includes(w));
    if (i === 0 || /^(?:despite|given|in|however|after|with|for|under|because|of)$/.test(firstClause[i - 1]!)) return true;
  }
  const np = /^The ([A-Za-z-]+)(?: ([a-z-]+))? (?:is|are|was|were|has|have|had|will|would|remains|\w+s|\w+ed)\b/.exec(text);
  if (!np) return false;
  const noun = (np[2] ?? np[1])!;
  return /^[a-z]/.test(np[1]!) || previous.toLowerCase().includes(noun.toLowerCase());
}

function summaryOf(kb: KnowledgeBase, sec: KnowledgeBase['sections'][number]): { all: Sentence[]; summary: Sentence[] } {
  const all = sectionSentences(kb, sec);
  return { all, summary: summarize(all, { facts: sectionFacts(kb, sec), entities: kb.entities }) };
}

describe('summaries', () => {
  it.each(sections)('$name: at most max(2, 40%), whole sentences, in reading order', ({ kb, sec }) => {
    const { all, summary } = summaryOf(kb, sec);
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(Math.max(2, Math.floor(all.length * 0.4)));
    const positions = summary.map((s) => all.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(sections)('$name: no sentence leans on one the summary leaves out', ({ kb, sec }) => {
    const { all, summary } = summaryOf(kb, sec);
    for (const s of summary) {
      const i = all.indexOf(s);
      if (i > 0 && leansOnPrevious(s.text, all[i - 1]!.text)) expect(summary, `${s.id} needs ${all[i - 1]!.id}`).toContain(all[i - 1]);
    }
  });

  it.each(sections)('$name: a paragraph’s key figure comes before its secondary detail', ({ kb, sec }) => {
    const { all, summary } = summaryOf(kb, sec);
    const facts = new Map<string, number>();
    for (const f of kb.facts) facts.set(f.sentenceId, (facts.get(f.sentenceId) ?? 0) + 1);
    for (const p of new Set(all.map((s) => s.paragraph))) {
      const para = all.filter((s) => s.paragraph === p);
      const key = para.filter((s) => facts.has(s.id)).sort((a, b) => facts.get(b.id)! - facts.get(a.id)!)[0];
      if (!key || summary.includes(key)) continue;
      // Left out: then no sentence of that paragraph without a figure is in, past its lead and what a kept sentence leans on.
      const detail = summary.filter((s, k) => s.paragraph === p && s !== para[0] && !facts.has(s.id) && !(summary[k + 1] && leansOnPrevious(summary[k + 1]!.text, s.text)));
      expect(detail.map((s) => s.id), `paragraph ${p} leaves out ${key.id}`).toEqual([]);
    }
  });

  it.each([
    ['The victory is expected to give him momentum.', 'He led the party to better-than-expected results in elections.'],
    ['Despite these tensions, the two tried to stabilize relations.', 'A dispute between them is perennial.'],
    ['This approach contrasts with the earlier response.', 'Tokyo moved quickly to ban exports.'],
    ['The Administration has stated it is not interested.', 'Some Members called for the Biden Administration to rejoin.'],
  ])('sees "%s" as leaning on the sentence before', (text, previous) => {
    expect(opensWithReference(text, previous)).toBe(true);
  });

  it.each([
    ['The U.S.-Japan mutual defense treaty grants the right to base troops.', 'Shared goals range widely.'],
    ['Japan is the fourth-largest overall U.S. trading partner.', 'The two countries collaborate.'],
  ])('sees "%s" as standing alone', (text, previous) => expect(opensWithReference(text, previous)).toBe(false));
});
