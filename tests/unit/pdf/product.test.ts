// Only CRS In Focus briefs are ingested: other CRS products are refused by name, from their id
// footer, their report number, or (for a document over the page limit) their first and last pages.

import { describe, expect, it } from 'vitest';
import { ingestBrief } from '../../../src/ingest/ingest.js';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import { loadIngestModels } from '../../../src/ingest/models/ingest-models.js';
import { notInFocus, productName, productNumberIn } from '../../../src/ingest/pdf/product.js';
import { readPdf } from '../../../src/ingest/pdf/read-pdf.js';
import { miniBriefPdf } from './mini-brief.js';
import { textPdf } from './pdf-builder.js';

const noModels = loadIngestModels('/nonexistent', () => null);
// Read in this thread (the worker is tested in ingest.test.ts).
const inThread = { readLines: (bytes: Uint8Array, o: { pageLimit?: number }) => readBriefLines(bytes, { pageLimit: o.pageLimit }) };

/** The mini brief with its product number replaced (same length, so the PDF stays well formed). */
function miniAs(id: string): Uint8Array {
  const text = Buffer.from(miniBriefPdf()).toString('latin1');
  return new Uint8Array(Buffer.from(text.replaceAll('IF99999', id), 'latin1'));
}

describe('CRS products', () => {
  it.each([
    ['IF12610', 'a CRS In Focus brief'],
    ['R47123', 'a CRS Report'],
    ['RL33436', 'a CRS Report'],
    ['RS22534', 'a CRS Report'],
    ['IN12345', 'a CRS Insight'],
    ['LSB11234', 'a CRS Legal Sidebar'],
  ])('%s is %s', (id, name) => expect(productName(id)).toBe(name));

  it('finds the product number in an id footer first, else a bare number', () => {
    expect(productNumberIn('https://crsreports.congress.gov | IN12345 · VERSION 2 · NEW')).toBe('IN12345');
    expect(productNumberIn('Congressional Research Service\nR47123\nhttps://crsreports.congress.gov')).toBe('R47123');
    expect(productNumberIn('nothing here 12345')).toBeNull();
  });

  it('refuses by name, and refuses a document without a product number', () => {
    expect(notInFocus('IF10199')).toBeNull();
    expect(notInFocus('R47123')).toBe('not a CRS In Focus brief: R47123 is a CRS Report');
    expect(notInFocus('IN12345')).toBe('not a CRS In Focus brief: IN12345 is a CRS Insight');
    expect(notInFocus(null)).toMatch(/^not a CRS In Focus brief: no product number/);
  });

  it('ingests the made-up brief, and refuses it as an Insight or a Report when its number says so', async () => {
    expect(await ingestBrief(miniAs('IF99999'), noModels, inThread)).toMatchObject({ ok: true, kb: { document: { reportId: 'IF99999', version: 3 } } });
    expect(await ingestBrief(miniAs('IN99999'), noModels, inThread)).toEqual({ ok: false, reason: 'not a CRS In Focus brief: IN99999 is a CRS Insight' });
    expect(await ingestBrief(miniAs('R999999'), noModels, inThread)).toEqual({ ok: false, reason: 'not a CRS In Focus brief: R999999 is a CRS Report' });
  });

  it('refuses a document over the page limit before reading its pages, naming the product', async () => {
    const pages = Array.from({ length: 13 }, (_, i) => [{ x: 72, y: 100, size: 11, text: i === 0 ? 'Congressional Research Service R47123' : `Page ${i + 1}` }]);
    const long = textPdf(pages);
    expect(await readPdf(long, { pageLimit: 12 })).toEqual({ ok: false, reason: 'R47123 (a CRS Report) has 13 pages; an In Focus brief has at most 12' });
    expect(await ingestBrief(long, noModels, inThread)).toEqual({ ok: false, reason: 'R47123 (a CRS Report) has 13 pages; an In Focus brief has at most 12' });
    const anonymous = textPdf(Array.from({ length: 13 }, () => [{ x: 72, y: 100, size: 11, text: 'Words' }]));
    expect(await readPdf(anonymous, { pageLimit: 12 })).toEqual({ ok: false, reason: 'the PDF has 13 pages; an In Focus brief has at most 12' });
    expect((await readPdf(anonymous, { pageLimit: 13 })).ok).toBe(true);
  });
});
