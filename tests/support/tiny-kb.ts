/** The tiny hand-made knowledge base of tests/fixtures/tiny-kb.json, for formatter tests. */
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../../src/kb/schema.js';

export const TINY_KB_PATH = 'tests/fixtures/tiny-kb.json';

/** A fresh copy of the tiny knowledge base. */
export function tinyKb(): KnowledgeBase {
  return JSON.parse(readFileSync(TINY_KB_PATH, 'utf8')) as KnowledgeBase;
}

/** Display width of a line without escape sequences, counting wide characters as two. */
export { displayWidth } from '../../src/format/width.js';
