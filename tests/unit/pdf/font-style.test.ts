import { describe, expect, it } from 'vitest';
import { fontStyle } from '../../../src/ingest/pdf/font-style.js';

describe('fontStyle', () => {
  it.each([
    ['ABCDEF+Calibri-Bold', 'Calibri', true, false],
    ['TimesNewRomanPS-BoldMT', 'TimesNewRoman', true, false],
    ['TimesNewRomanPSMT', 'TimesNewRoman', false, false],
    ['TimesNewRomanPS-ItalicMT', 'TimesNewRoman', false, true],
    ['TimesNewRomanPS-BoldItalicMT', 'TimesNewRoman', true, true],
    ['BCDEEE+GillSansMT-Bold', 'GillSans', true, false],
    ['BCDFEE+GillSansMT', 'GillSans', false, false],
    ['Arial,BoldItalic', 'Arial', true, true],
    ['Helvetica-Oblique', 'Helvetica', false, true],
    ['SegoeUI-Semibold', 'SegoeUI', true, false],
    ['Times-Roman', 'Times', false, false],
    ['SymbolMT', 'Symbol', false, false],
  ])('%s → family %s, bold %s, italic %s', (name, family, bold, italic) => {
    expect(fontStyle(name)).toMatchObject({ family, bold, italic });
  });

  it('drops the subset prefix from the name', () => {
    expect(fontStyle('ABCDEF+PalatinoLinotype-Bold').name).toBe('PalatinoLinotype-Bold');
  });
});
