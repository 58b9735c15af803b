import { describe, expect, it } from 'vitest';
import { extractAcronyms } from '../../../../src/ingest/extract/acronyms.js';

describe('extractAcronyms', () => {
  it.each([
    ['led the Liberal Democratic Party (LDP) and', [['LDP', 'Liberal Democratic Party']]],
    ['used by U.S. Forces Japan (USFJ) and', [['USFJ', 'U.S. Forces Japan']]],
    ['(known as the Self-Defense Forces, or SDF) more', [['SDF', 'Self-Defense Forces']]],
    ['curbing the Coronavirus Disease 2019 (COVID-19) pandemic', [['COVID-19', 'Coronavirus Disease 2019']]],
    ['and Space Systems Command (SSC).', [['SSC', 'Space Systems Command']]],
    ['special drawing rights (SDRs, an international reserve asset created by the IMF)', [['SDRs', 'special drawing rights']]],
    ['research, development, test, and evaluation [RDT&E]) the', [['RDT&E', 'research, development, test, and evaluation']]],
    ['the North American Free Trade Agreement (NAFTA, now the U.S.-Mexico-Canada Agreement [USMCA]).', [['NAFTA', 'North American Free Trade Agreement'], ['USMCA', 'U.S.-Mexico-Canada Agreement']]],
    ['The Metal Company’s (TMC’s) U.S. subsidiary', [['TMC', 'The Metal Company']]],
    ['issued Executive Order (E.O.) 14285', [['E.O.', 'Executive Order']]],
  ])('%s', (s, expected) => expect(extractAcronyms(s).map((a) => [a.short, a.long])).toEqual(expected));

  it('keeps the gloss a bracket adds', () => expect(extractAcronyms('money market funds (MMFs, a type of mutual fund)')[0]!.gloss).toBe('a type of mutual fund'));

  it.each(['extended the authorizations (P.L. 119-37).', 'the proposed TPP in 2017', 'the bill (H.R. 664) would'])('no expansion: %s', (s) => expect(extractAcronyms(s)).toEqual([]));
});
