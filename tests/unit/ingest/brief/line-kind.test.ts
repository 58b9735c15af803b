import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/ingest/brief/line-kind.js';

describe('lineKind', () => {
  it.each([
    ['Overview', 'heading'],
    ['The U.S.-Japan Military Alliance', 'heading'],
    ['Figure 1. Top U.S. Trade Partners, 2020', 'caption'],
    ['Source: Bureau of Economic Analysis.', 'source'],
    ['Mark E. Manyin, Specialist in Asian Affairs', 'author'],
    ['IF10199', 'report-number'],
    ['Japan, Australia, and India.', 'body'],
    ['of the United States in several foreign policy areas,', 'body'],
  ])('%s → %s', (text, kind) => expect(lineKind(text)).toBe(kind));
});
