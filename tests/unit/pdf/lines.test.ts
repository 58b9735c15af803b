// Runs → lines on hand-made runs: columns, superscripts, spacing, overprint, markers.

import { describe, expect, it } from 'vitest';
import { buildLines } from '../../../src/ingest/pdf/lines.js';
import type { GlyphRun, PdfPage } from '../../../src/ingest/pdf/types.js';

/** A visible run; the width is 0.5 em per character unless given. */
function run(text: string, x: number, y: number, more: Partial<GlyphRun> = {}): GlyphRun {
  const fontSize = more.fontSize ?? 10;
  return {
    text,
    x,
    y,
    width: more.width ?? text.length * 0.5 * fontSize,
    height: fontSize,
    fontSize,
    fontName: 'TimesNewRomanPSMT',
    bold: false,
    italic: false,
    space: false,
    rotated: false,
    ...more,
  };
}

/** A whitespace run as pdf.js reports a space or a gap. */
function space(x: number, y: number, width: number): GlyphRun {
  return run(' ', x, y, { width, space: true, height: 0 });
}

const page = (runs: GlyphRun[]): PdfPage => ({ number: 1, width: 612, height: 792, runs });
const texts = (runs: GlyphRun[]): string[] => buildLines(page(runs)).map((l) => l.text);

describe('buildLines', () => {
  it('cuts a row at the column gutter', () => {
    expect(texts([run('left words', 57, 100), run('right words', 313, 100.6)])).toEqual(['left words', 'right words']);
  });

  it('joins runs of one line and orders lines top to bottom', () => {
    expect(texts([run('second', 57, 112), run('first', 57, 100), run('half', 84.5, 100)])).toEqual(['first half', 'second']);
  });

  it('keeps a double space the text layer reports as a two-space-wide whitespace run', () => {
    expect(texts([run('four', 57, 100), space(77, 100, 5), run('batteries', 82, 100)])).toEqual(['four  batteries']);
  });

  it('puts one space for a one-space-wide whitespace run or a space-wide gap, none between kerned pieces', () => {
    expect(texts([run('a', 57, 100), space(62, 100, 2.5), run('b', 64.5, 100)])).toEqual(['a b']);
    expect(texts([run('word', 57, 100), run('next', 79.5, 100)])).toEqual(['word next']);
    expect(texts([run('e', 57, 100), run('nsur', 61.9, 100), run('e', 81.9, 100)])).toEqual(['ensure']);
  });

  it('puts a raised smaller run back into its line, without a space before it', () => {
    const lines = buildLines(page([run('the 119', 57, 100), run('th', 92, 96.5, { fontSize: 6.5 }), space(98.5, 96.5, 2.5), run('Congress', 101, 100)]));
    expect(lines.map((l) => l.text)).toEqual(['the 119th Congress']);
    expect(lines[0]?.y).toBe(100);
    expect(lines[0]?.fontSize).toBe(10);
    expect(lines[0]?.runs.map((r) => [r.text, r.fontSize])).toEqual([
      ['the 119', 10],
      ['th ', 6.5],
      ['Congress', 10],
    ]);
  });

  it('does not pull a small line of the other column into a body line', () => {
    expect(texts([run('body text', 57, 100), run('Source: note', 313, 99, { fontSize: 8.5 })])).toEqual(['Source: note', 'body text']);
  });

  it('drops a run printed twice on top of itself', () => {
    expect(texts([run('Bold', 57, 100), run('Bold', 57.3, 100)])).toEqual(['Bold']);
  });

  it('leaves out rotated runs', () => {
    expect(texts([run('Billions', 40, 300, { rotated: true }), run('$250', 60, 300)])).toEqual(['$250']);
  });

  it('splits styled runs by weight and style and keeps a list marker in a run of its own', () => {
    const [line] = buildLines(
      page([
        run('•', 57, 100, { fontName: 'SymbolMT', width: 4.6 }),
        space(61.6, 100, 8.6),
        run('To', 70.2, 100, { bold: true, italic: true }),
        space(80.2, 100, 2.5),
        run('space.', 82.7, 100, { bold: true }),
        space(112.7, 100, 2.5),
        run('Providing access', 115.2, 100),
      ]),
    );
    expect(line?.marker).toEqual({ glyph: '•', textX: 70.2 });
    expect(line?.runs.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ['•  ', false, false],
      ['To ', true, true],
      ['space. ', true, false],
      ['Providing access', false, false],
    ]);
  });

  it('finds a bullet set in the body font inside the first run', () => {
    const [line] = buildLines(page([run('•  An item in one run', 57, 100)]));
    expect(line?.marker?.glyph).toBe('•');
  });
});
