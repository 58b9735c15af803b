import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/kb/schema.js';

// Evaluation files and users' scripts refer to IF10199's sentences by id: they stay put.
const pinned = (JSON.parse(readFileSync('tests/fixtures/sentence-ids.json', 'utf8')) as { ids: Record<string, string> }).ids;
const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;

describe('IF10199 sentence ids', () => {
  it('name the same sentences as when they were pinned', () => {
    expect(Object.fromEntries(kb.sentences.map((s) => [s.id, s.text]))).toEqual(pinned);
  });
});
