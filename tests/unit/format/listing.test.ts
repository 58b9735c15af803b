import { describe, expect, it } from 'vitest';
import { factListing, keyFigureListing } from '../../../src/format/facts.js';
import { hitListing } from '../../../src/format/hits.js';
import { toCsv, toMarkdown, toNdjson, toTsv } from '../../../src/format/listing/delimited.js';
import { fieldKeys, fieldText } from '../../../src/format/listing/fields.js';
import { dropConstant, fitWidths } from '../../../src/format/listing/layout.js';
import { drawTable } from '../../../src/format/listing/table.js';
import { renderPlain, renderStacked, renderTable } from '../../../src/format/listing/tabular.js';
import type { Listing } from '../../../src/format/listing/view.js';
import { sectionListing } from '../../../src/format/sections.js';
import { PLAIN } from '../../../src/format/style.js';
import { findFacts } from '../../../src/query/facts.js';
import { sectionRows } from '../../../src/query/section-view.js';
import { displayWidth, tinyKb } from '../../support/tiny-kb.js';

const kb = tinyKb();
const facts = findFacts(kb, '');
const BOX = /[│┌┐└┘├┤┬┴┼─]/;

/** Records with every awkward value a cell can hold. */
const awkward = [
  { id: 'a', text: 'tab\there, line\nbreak', n: 1.5, yes: true, none: null, list: ['x', 'y'], nested: { no: 1 } },
  { id: 'b', text: 'bell \u0007 and "quote", comma | pipe', n: 2, yes: false, none: null, list: [], nested: { no: 2 } },
];

describe('fields: what TSV, CSV and Markdown hold', () => {
  it('are the scalar keys (and arrays of scalars) in JSON order', () => {
    expect(fieldKeys(awkward)).toEqual(['id', 'text', 'n', 'yes', 'none', 'list']);
  });

  it('join arrays with "; ", write tabs and newlines as \\t and \\n, escape control characters', () => {
    expect(fieldText(['a', 2])).toBe('a; 2');
    expect(fieldText(null)).toBe('');
    expect(fieldText('a\tb\nc\u001b[31m')).toBe('a\\tb\\nc\\u001b[31m');
  });
});

describe('each format', () => {
  it('tsv: a header line, one line per record, tabs only between fields', () => {
    const lines = toTsv(awkward).split('\n');
    expect(lines).toEqual(['id\ttext\tn\tyes\tnone\tlist', 'a\ttab\\there, line\\nbreak\t1.5\ttrue\t\tx; y', 'b\tbell \\u0007 and "quote", comma | pipe\t2\tfalse\t\t']);
  });

  it('csv: RFC 4180 quoting, LF line ends', () => {
    const csv = toCsv(awkward);
    expect(csv).not.toContain('\r');
    expect(csv.split('\n')).toEqual(['id,text,n,yes,none,list', 'a,"tab\\there, line\\nbreak",1.5,true,,x; y', 'b,"bell \\u0007 and ""quote"", comma | pipe",2,false,,']);
  });

  it('md: a header, a rule, pipes in values escaped', () => {
    expect(toMarkdown(awkward).split('\n')).toEqual([
      '| id | text | n | yes | none | list |',
      '| --- | --- | --- | --- | --- | --- |',
      '| a | tab\\there, line\\nbreak | 1.5 | true |  | x; y |',
      '| b | bell \\u0007 and "quote", comma \\| pipe | 2 | false |  |  |',
    ]);
  });

  it('ndjson: one JSON record per line, nested values kept', () => {
    const lines = toNdjson(awkward).split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(awkward);
  });

  it('plain (a tabular view in a pipe): the table columns, no header, no box', () => {
    expect(renderPlain(factListing(facts)).split('\n')).toEqual([
      '$5 billion\twidgets cost\tlevel\t\tAlpha Topics\t1',
      'two\tfirms, "big" ones\tlevel\t\tAlpha Topics\t1',
      '40%\tsales\tlevel\t\tBeta: Other Matters\t2',
    ]);
  });
});

describe('tables', () => {
  const table = (listing: Listing<object>, width: number) => renderTable(listing, { width, style: PLAIN, noteConstant: true }, drawTable);

  it('are sized to their content, with a rule under the header and none between rows', () => {
    // Kind ("level" in every row) is said once above the table; As of (empty in every row) is left out.
    const t = table(factListing(facts) as Listing<object>, 200).split('\n').slice(2);
    expect(t).toHaveLength(3 + 3 + 1);
    expect(t[0]).toBe('┌────────────┬───────────────────┬─────────────────────┬──────┐');
    expect(t[1]).toBe('│ Figure     │ Measures          │ Section             │ Page │');
    expect(t.filter((l) => l.startsWith('├'))).toHaveLength(1);
    expect(t[3]).toBe('│ $5 billion │ widgets cost      │ Alpha Topics        │    1 │');
  });

  it('fit narrower widths by wrapping cells, never cutting them', () => {
    const t = table(hitListing([{ kind: 'sentence', id: 'x-1', rank: 1, score: 1, text: kb.sentences[1]!.text, sectionId: 'x', section: 'Alpha Topics', page: 1, lines: [], matches: [], corrections: [] }, { kind: 'sentence', id: 'x-2', rank: 2, score: 1, text: 'Short.', sectionId: 'x', section: 'Beta', page: 2, lines: [], matches: [], corrections: [] }]) as Listing<object>, 60);
    for (const l of t.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(60);
    const cellWords = new Set(t.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').split(/\s+/));
    for (const w of kb.sentences[1]!.text.split(' ')) expect(cellWords.has(w), w).toBe(true);
  });

  it('leave out columns that hold one value, and say so above the table', () => {
    const one = findFacts(kb, '', { sectionId: 'alpha-topics' });
    const t = table(factListing(one) as Listing<object>, 80);
    expect(t.split('\n').slice(0, 4)).toEqual(['Kind     level', 'Section  Alpha Topics', 'Page     1', '']);
    expect(t).not.toMatch(/│ Section/);
    expect(dropConstant(factListing(one).columns as never, [['a', 'x', 'k', '', 'S', '1'], ['b', 'y', 'k', '', 'S', '1']]).indices).toEqual([0, 1]);
  });

  it('keep every column of a single record, and the columns marked keep', () => {
    expect(dropConstant(keyFigureListing(facts).columns as never, [['a', 'b', 'c', 'd', '1']]).indices).toEqual([0, 1, 2, 3, 4]);
    expect(dropConstant(sectionListing([]).columns as never, [['1', 'T', '1', 'i'], ['1', 'T', '1', 'i']]).indices).toEqual([0, 1]);
  });

  it('share the width fairly: narrow columns whole, the widest wrapped', () => {
    const widths = fitWidths([['Figure', 'Sentence', 'Page'], ['two', 'a b c d e f g h i j k l m n o p q r s t u v w x y z', '1']], 30);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30);
    expect(widths[0]).toBe(6);
    expect(widths[2]).toBe(4);
  });
});

describe('stacked records (narrow screens)', () => {
  it('print "Label  value" lines, a blank line between records, within the width', () => {
    const s = renderStacked(sectionListing(sectionRows(kb)), { width: 30, style: PLAIN, noteConstant: true });
    expect(s.split('\n\n')[0]).toBe(['#        1', 'Section  Alpha Topics', 'Pages    1', 'Id       alpha-topics'].join('\n'));
    for (const l of s.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(BOX.test(s)).toBe(false);
  });

  it('put labels above values when even that is too narrow', () => {
    const s = renderStacked(factListing(facts), { width: 20, style: PLAIN, noteConstant: true });
    expect(s.split('\n').slice(0, 6)).toEqual(['Kind  level', '', 'Figure', '  $5 billion', 'Measures', '  widgets cost']);
  });
});
