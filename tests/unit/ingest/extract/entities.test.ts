import { describe, expect, it } from 'vitest';
import { extractAppositions } from '../../../../src/ingest/extract/appositions.js';
import { extractEntities } from '../../../../src/ingest/extract/entities.js';
import { extractPeople } from '../../../../src/ingest/extract/people.js';

const s = (...texts: string[]) => texts.map((text, i) => ({ id: `s-${i + 1}`, text }));

describe('extractAppositions', () => {
  it.each([
    ['elections for the Lower House of Japan’s bicameral legislature (called the Diet), preserving', 'Diet', 'Japan’s bicameral legislature', []],
    ['islets in the East China Sea (known as the Senkaku Islands in Japan, and Diaoyu in China).', 'Senkaku Islands', 'the East China Sea', ['Diaoyu']],
    ['Japan has accelerated reforms to make its military (known as the Self-Defense Forces, or SDF) more capable.', 'Self-Defense Forces', 'Japan’s military', []],
    ['the Biden Administration has boosted the Quadrilateral Security Dialogue—or “Quad”—convening', 'Quad', 'Quadrilateral Security Dialogue', ['Quadrilateral Security Dialogue']],
    ['USDA allocated funds for a new export promotion program called the Regional Agricultural Promotion Program (RAPP).', 'Regional Agricultural Promotion Program', 'a new export promotion program', []],
    ['an award to Dynetics (a subsidiary of Leidos) for prototypes', 'Dynetics', 'a subsidiary of Leidos', []],
    ['TMC, a Canadian company, has two other foreign subsidiaries.', 'TMC', 'a Canadian company', []],
    ['selling them to the Federal Reserve (the Fed); or', 'Fed', 'Federal Reserve', ['Federal Reserve']],
  ])('%s', (text, term, definition, aliases) => {
    const a = extractAppositions(text).find((x) => x.term === term)!;
    expect(a, term).toBeDefined();
    expect(a.definition).toContain(definition.replace(/^the /, ''));
    expect(a.aliases).toEqual(aliases);
  });

  it.each(['In 2025, the act provided funds.', 'Mexico, Canada, the European Union, and Japan are markets.', 'is considering acquiring a so-called “counterattack” missile strike capability'])('none in %s', (text) =>
    expect(extractAppositions(text)).toEqual([]),
  );
});

describe('extractPeople', () => {
  it('finds people with their roles, dates and whether they still hold them', () => {
    const people = extractPeople(
      s(
        'Former Japan Prime Minister Suga was the first visitor.',
        'The choices of Japan’s previous three prime ministers, especially Shinzo Abe, who served as premier from 2012 to 2020, mattered.',
        'Commentators question whether current Prime Minister Kishida, who became premier in September 2021, will last.',
        'New Prime Minister Fumio Kishida has pledged continuity.',
        'The current CSO, General Chance B. Saltzman, was appointed in November 2022.',
        'The Biden Administration has emphasized alliances.',
      ),
      '2022-03-30',
    );
    const by = (name: string) => people.find((p) => p.name === name)!;
    expect(by('Suga').roles[0]).toMatchObject({ role: 'Japan Prime Minister', current: false });
    expect(by('Shinzo Abe').roles[0]).toMatchObject({ start: '2012', end: '2020', current: false });
    expect(by('Fumio Kishida').aliases).toContain('Kishida');
    expect(by('Fumio Kishida').roles[0]).toMatchObject({ role: 'Prime Minister', start: '2021-09', current: true });
    expect(by('Chance B. Saltzman').roles[0]).toMatchObject({ role: 'CSO', start: '2022-11', current: true });
    expect(by('Biden').roles[0]!.role).toBe('head of the Biden Administration');
  });
});

describe('extractEntities', () => {
  const entities = extractEntities(
    s(
      'Japan has had success in curbing the Coronavirus Disease 2019 (COVID-19) pandemic.',
      'Members called for rejoining the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP), which Japan helped form after U.S. withdrawal from the proposed TPP in 2017.',
      'About 25% of facilities are in Okinawa, which comprises less than 1% of Japan’s land.',
      'The Bank of Japan remains committed to loose monetary policy.',
    ),
    '2022-03-30',
    'This document was prepared by the Congressional Research Service (CRS).',
  );
  const get = (term: string) => entities.find((e) => e.term === term);

  it('expands every acronym the text expands, one spelled by another’s expansion, and one in the disclaimer', () => {
    expect(get('COVID-19')).toMatchObject({ kind: 'acronym', definition: 'Coronavirus Disease 2019', sentenceId: 's-1' });
    expect(get('TPP')).toMatchObject({ kind: 'acronym', definition: 'Trans-Pacific Partnership' });
    expect(get('CRS')).toMatchObject({ kind: 'acronym', definition: 'Congressional Research Service', sentenceId: null });
  });

  it('keeps places and organizations with the sentences that name them', () => {
    expect(get('Okinawa')).toMatchObject({ kind: 'place', mentions: ['s-3'] });
    expect(get('Bank of Japan')).toMatchObject({ kind: 'organization', sentenceId: 's-4' });
  });

  it('gives every entity a unique id', () => expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length));
});
