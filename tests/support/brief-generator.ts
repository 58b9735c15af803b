/**
 * A generator of whole CRS In Focus briefs in the height-sorted text rendering, with their truth.
 * It typesets text from several sources into two-column pages in points, as the real PDFs are
 * set (11 pt line pitch, fractional gaps for paragraphs, headings, figures of any height and the
 * author block), gives every line a top edge (lines with tall glyphs, bullets and headings stand
 * higher than their baseline says), offsets each page's right column by a fraction of a line,
 * then emits each page's lines sorted by top edge and x, as pdfminer's rendering does. Furniture
 * comes too: date line, title on one or two lines, running header, footer, authors with wrapped
 * roles, the report number under the authors or on the disclaimer page, the disclaimer page.
 *
 * Seeds 1000–1049 are the held-out test seeds (HELD_OUT_SEEDS); tune only on others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefTruth } from './brief-score.js';
import { rng } from './two-column-generator.js';

/** The held-out test seeds, fixed before any tuning. Never tune on them. */
export const HELD_OUT_SEEDS: readonly number[] = Array.from({ length: 50 }, (_, i) => 1000 + i);
/** Seeds for tuning. */
export const TUNING_SEEDS: readonly number[] = Array.from({ length: 50 }, (_, i) => 1 + i);

interface Paragraph {
  readonly sentences: string[];
  readonly leadIn?: string;
  readonly bullet?: boolean;
}
interface Section {
  readonly title: string | null;
  readonly level: 1 | 2;
  readonly paragraphs: Paragraph[];
}
interface SourceDoc {
  readonly title: string;
  readonly sections: Section[];
}

/** A generated brief: its text rendering, its truth, and the true column of every line. */
export interface GeneratedBrief {
  readonly text: string;
  readonly truth: BriefTruth & { isNew: boolean };
  /** Source line number (1-based) → true column, for body lines. */
  readonly columns: Map<number, 'left' | 'right'>;
}

const FIXTURES = 'tests/fixtures/briefs';

function devSources(): SourceDoc[] {
  return ['IF12155', 'IF12421', 'IF12608', 'IF12610', 'IF13200'].map((id) => {
    const j = JSON.parse(readFileSync(join(FIXTURES, `${id}.json`), 'utf8')) as {
      title: string;
      sections: { title: string | null; level: 1 | 2; paragraphs: Paragraph[] }[];
    };
    return { title: j.title, sections: j.sections.map((s) => ({ title: s.title, level: s.level, paragraphs: s.paragraphs })) };
  });
}

function if10199Source(): SourceDoc {
  const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as {
    document: { title: string };
    sections: { title: string; sentenceIds: string[] }[];
    sentences: { id: string; text: string; paragraph: number }[];
  };
  const byId = new Map(kb.sentences.map((s) => [s.id, s]));
  return {
    title: kb.document.title,
    sections: kb.sections.map((sec) => {
      const paragraphs: Paragraph[] = [];
      let last = -1;
      for (const id of sec.sentenceIds) {
        const s = byId.get(id)!;
        if (s.paragraph !== last) paragraphs.push({ sentences: [] });
        last = s.paragraph;
        paragraphs.at(-1)!.sentences.push(s.text);
      }
      return { title: sec.title, level: 1 as const, paragraphs };
    }),
  };
}

// Other prose, written for these tests: title-case names that fill a line, parentheticals and
// quotes over several lines, initials, abbreviations, a bullet list and run-in leads.
const OTHER: SourceDoc = {
  title: 'River Basin Management: Water Allocation, Drought Planning, and Cross-Border Cooperation',
  sections: [
    {
      title: null,
      level: 1,
      paragraphs: [
        { sentences: ['The river basin commission, a regional body founded in 1967, coordinates water allocation among four provinces and two neighboring states.', 'Its members share goals that range from flood control to the protection of wetlands that shelter migratory birds.', 'The commission-led survey of 2019 found that roughly 3.2 million people depend on the river for drinking water—most of them in fast-growing towns downstream.'] },
      ],
    },
    {
      title: 'Drought Planning and the Allocation of Scarce Water Among Users',
      level: 1,
      paragraphs: [
        { sentences: ['After three dry summers in a row, the commission adopted a drought plan that ranks water uses by priority during shortages.', 'Household supply comes first, followed by hospitals, livestock, and irrigated crops.', 'Critics say the plan gives too little weight to the river’s own needs (low flows harm fish that spawn in the shallow upper reaches, and the wetlands that birds rely on dry out early in the season, well before the autumn rains return to the upper basin).'] },
        { leadIn: 'Compensation.', sentences: ['Farm groups accept the ranking but ask for compensation when their allotments are cut.', 'A pilot program pays growers who leave fields fallow in dry years; participation doubled last season.'] },
        { leadIn: 'Monitoring.', sentences: ['Engineers warn that both claims rest on old gauges (some installed before 1950) and call for a modern monitoring network.', 'The Interstate Commission on Water Resources and Environmental Monitoring of the Upper Basin has asked for funds.'] },
      ],
    },
    {
      title: 'Infrastructure',
      level: 2,
      paragraphs: [
        { sentences: ['Many of the basin’s dams and canals are more than sixty years old.', 'An audit by John Q. Rivera, the former chief engineer, estimated that leaks waste nearly a fifth of the water in the main canal.'] },
        { bullet: true, sentences: ['repairs to the main canal and its three largest siphons;'] },
        { bullet: true, sentences: ['a new storage reservoir on the upper river; and'] },
        { bullet: true, sentences: ['modern gauges at every dam, with data shared each day.'] },
        { sentences: ['Supporters of the reservoir quote the commission’s charter, which calls for “a reliable supply of water for every household, farm, and town in the basin, in wet years and dry, now and for the generations that will follow us on this river.”', 'Opponents reply that the reservoir would flood villages and farmland.'] },
      ],
    },
    {
      title: 'Cross-Border Cooperation',
      level: 1,
      paragraphs: [
        { sentences: ['The two neighboring states joined a data-sharing agreement in 2015 that obliges each party to report dam releases within a day.', 'Compliance has improved, though observers note that reports still arrive late during storms, when they matter most.', 'Diplomats from both sides meet twice a year under the Joint Committee on Transboundary Rivers and Shared Aquifers of the Northern Region.'] },
        { sentences: ['Scientists on both sides of the border have published joint studies of sediment, fish stocks, and water quality.', 'Their findings suggest that nutrient runoff from farms, not industry, is now the main source of pollution in the lower river.'] },
      ],
    },
  ],
};

let cachedSources: SourceDoc[] | null = null;
function sources(): SourceDoc[] {
  cachedSources ??= [if10199Source(), ...devSources(), OTHER];
  return cachedSources;
}

const FIRST = ['Maria', 'James', 'Aiko', 'Daniel', 'Priya', 'Samuel', 'Elena', 'Kwame', 'Laura', 'Tomás', 'Grace', 'Hugo'];
const LAST = ['Okafor', 'Lindqvist', 'Brennan-Hale', 'Nakamura', 'Delgado', 'Fitzgerald', 'Ostrowski', 'Mbeki', 'Harrington', "O'Neill"];
const FIELDS = ['Asian Affairs', 'International Trade and Finance', 'Natural Resources Policy', 'U.S. Defense Policy', 'Agricultural Policy', 'Macroeconomic Policy', 'Energy and Environmental Policy', 'Science and Technology Policy'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CAPTIONS = ['Annual Flows at Selected Gauges, 2010-2024', 'Organization of the Program Office Within the Department', 'Value of Trade by Partner', 'Funding by Fiscal Year', 'Map of the Region'];
const FIGURE_SOURCES = [
  'CRS, from agency budget documents.',
  'CRS analysis of data from the Bureau of Economic Analysis. Data are not adjusted for inflation.',
  'Adapted from the Department’s website, https://www.example.gov/about/organization/offices-and-programs/.',
];
const DISCLAIMER = [
  'This document was prepared by the Congressional Research Service (CRS). CRS serves as nonpartisan shared staff to',
  'congressional committees and Members of Congress. It operates solely at the behest of and under the direction of Congress.',
  'Information in a CRS Report should not be relied upon for purposes other than public understanding of information that has',
  'been provided by CRS to Members of Congress in connection with CRS’s institutional role. CRS Reports, as a work of the',
  'United States Government, are not subject to copyright protection in the United States. Any CRS Report may be',
  'reproduced and distributed in its entirety without permission from CRS. However, as a CRS Report may include',
  'copyrighted images or material from a third party, you may need to obtain the permission of the copyright holder if you',
  'wish to copy or otherwise use copyrighted material.',
];

/**
 * Greedy wrap at `width` characters. Breaks at spaces, after a hyphen or dash inside a word, and
 * after a "/" inside a URL; never leaves a line ending in a hyphen or dash followed by a space
 * unless the next word is a conjunction (a suspended hyphen), since the truth's join rules read
 * such an end as a word break.
 */
export function wrapText(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const sep = line === '' ? '' : ' ';
    if (line.length + sep.length + word.length <= width) {
      line += sep + word;
      continue;
    }
    // Break inside the word after a hyphen, dash or URL slash when the head fits.
    const room = width - line.length - sep.length;
    let cut = -1;
    for (let k = Math.min(word.length - 2, room - 1); k > 0; k--) {
      const ch = word[k]!;
      const url = /^https?:\/\//.test(word) || word.includes('www.');
      if (((ch === '-' || ch === '—') && /[\p{L}\p{N}.)”’]/u.test(word[k - 1]!) && /[\p{L}\p{N}(“]/u.test(word[k + 1]!)) || (url && ch === '/')) {
        cut = k;
        break;
      }
    }
    if (cut > 0) {
      line += sep + word.slice(0, cut + 1);
      word = word.slice(cut + 1);
      push();
      line = word;
      continue;
    }
    // A line ending "word-" or "word—" before a space reads as a break inside a word.
    const last = line.split(' ').at(-1) ?? '';
    if (/[-—]$/.test(last) && last.length > 1 && !/^(?:or|and|to)$/.test(word) && line.includes(' ')) {
      line = line.slice(0, line.length - last.length - 1);
      push();
      line = `${last} ${word}`;
      continue;
    }
    push();
    line = word;
  }
  push();
  return lines;
}

interface Placed {
  readonly text: string;
  readonly page: number;
  readonly column: 'left' | 'right' | 'full';
  readonly top: number;
  readonly x: number;
  readonly body: boolean;
}

const PITCH = 11;

/** Generates one brief from a seed. */
export function generateBrief(seed: number): GeneratedBrief {
  const rand = rng(seed * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const uniform = (a: number, b: number) => a + (b - a) * rand();
  const all = sources();
  const src = all[seed % all.length]!;

  // The document: the source's sections, some paragraphs dropped, sometimes sections of another.
  const sections: Section[] = src.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.filter((_, i) => i === 0 || rand() > 0.15) }));
  if (rand() < 0.35) {
    const other = pick(all.filter((d) => d !== src));
    sections.push(...other.sections.filter((s) => s.title !== null).slice(0, 1 + Math.floor(rand() * 2)));
  }

  const isNew = rand() < 0.25;
  const version = isNew ? 1 : 2 + Math.floor(rand() * 30);
  const month = Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const year = 2018 + Math.floor(rand() * 9);
  const updated = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const dateLine = `${isNew ? '' : 'Updated '}${MONTHS[month]} ${day}, ${year}`;
  const reportId = `IF${10000 + Math.floor(rand() * 3999)}`;
  const authors = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
    const middle = rand() < 0.4 ? ` ${String.fromCharCode(65 + Math.floor(rand() * 26))}.` : '';
    const kind = rand();
    const role =
      kind < 0.1 ? 'U.S. Army Fellow' : kind < 0.25 ? `Coordinator, Specialist in ${pick(FIELDS)}` : `${rand() < 0.6 ? 'Specialist' : 'Analyst'} in ${pick(FIELDS)}`;
    return { name: `${pick(FIRST)}${middle} ${pick(LAST)}`, role };
  });
  const numberUnderAuthors = rand() < 0.7;

  // Layout constants of this document, in points.
  const width = 46 + Math.floor(rand() * 18); // characters per column line
  const paraGap = uniform(6, 14);
  const headGap = [uniform(14, 22), uniform(12, 20)] as const; // before level 1, level 2 headings
  const headAfter = uniform(1, 5);
  const quoteRaise = rand() < 0.6 ? uniform(1, 2.5) : 0; // tall glyphs lift a line's top edge
  const bottom = uniform(700, 750);
  const LEFT_X = 57.6;
  const RIGHT_X = 313.2;

  const placed: Placed[] = [];
  let page = 1;
  let col: 'left' | 'right' = 'left';
  const titleLines = src.title.length > 70 || rand() < 0.15 ? wrapText(src.title, Math.max(30, Math.ceil(src.title.length / 2) + 4)) : [src.title];
  const firstTop = 150 + titleLines.length * 24;
  let y = firstTop;
  let offset = 0;
  const newOffset = () => (rand() < 0.3 ? 0 : uniform(0, PITCH));
  let columnEmpty = true;
  const nextColumn = () => {
    if (col === 'left') col = 'right';
    else {
      col = 'left';
      page++;
    }
    y = page === 1 ? firstTop : 49;
    if (col === 'left') offset = 0;
    else offset = newOffset();
    columnEmpty = true;
  };
  const ensure = (height: number) => {
    if (y + height > bottom) nextColumn();
  };
  const put = (text: string, raise: number, body = true, x?: number) => {
    placed.push({ text, page, column: col, top: y + offset - raise, x: x ?? (col === 'left' ? LEFT_X : RIGHT_X), body });
    columnEmpty = false;
  };
  const raiseOf = (text: string) => (/[“”’‘"]/.test(text) ? quoteRaise : 0) + (text.startsWith('•') ? uniform(3.5, 4.5) : 0);
  const gap = (g: number) => {
    if (!columnEmpty) y += g;
  };

  // The truth, built while setting the text.
  const truthSections: { title: string | null; level: number; sentences: string[] }[] = [];
  let figureNo = 0;
  const figure = () => {
    figureNo++;
    const caption = wrapText(`Figure ${figureNo}. ${pick(CAPTIONS)}`, width);
    const subtitle = rand() < 0.2 ? ['Figure is interactive in the HTML version of this report.'] : [];
    const source = rand() < 0.2 ? [] : wrapText(`Source: ${pick(FIGURE_SOURCES)}`, width);
    const image = uniform(90, 230);
    const need = (caption.length + subtitle.length + source.length) * PITCH + image + 2 * PITCH;
    gap(uniform(10, 16));
    ensure(need);
    for (const l of caption) {
      put(l, 1, false);
      y += PITCH;
    }
    for (const l of subtitle) {
      put(l, 0, false);
      y += PITCH;
    }
    y += image;
    for (const l of source) {
      put(l, 0.5, false);
      y += 10;
    }
    y += uniform(8, 14);
  };

  const figureAfter = new Set<number>();
  let paragraphCount = sections.reduce((n, s) => n + s.paragraphs.length, 0);
  for (let k = Math.floor(rand() * 3); k > 0; k--) figureAfter.add(Math.floor(rand() * paragraphCount));
  paragraphCount = 0;
  sections.forEach((sec, si) => {
    truthSections.push({ title: sec.title, level: sec.title === null ? 1 : sec.level, sentences: [] });
    if (sec.title !== null) {
      const lines = wrapText(sec.title, Math.floor(width * (sec.level === 1 ? 0.8 : 0.95)));
      if (si > 0 || !columnEmpty) gap(headGap[sec.level - 1]!);
      ensure(lines.length * 13 + 3 * PITCH);
      for (const l of lines) {
        put(l, sec.level === 1 ? uniform(3, 4.5) : uniform(1, 2.5));
        y += 13;
      }
      y += headAfter;
    }
    sec.paragraphs.forEach((p, pi) => {
      const text = [p.leadIn, ...p.sentences].filter((s): s is string => !!s).join(' ');
      const lines = p.bullet ? wrapText(`•  ${text}`, width - 2) : wrapText(text, width);
      if (pi > 0 || sec.title === null) gap(p.bullet ? uniform(3, 7) : paraGap);
      for (const l of lines) {
        ensure(PITCH);
        put(l, raiseOf(l));
        y += PITCH;
      }
      truthSections.at(-1)!.sentences.push(...(p.leadIn ? [p.leadIn] : []), ...p.sentences);
      if (figureAfter.has(paragraphCount++)) figure();
    });
  });
  // The author block, then (maybe) the report number under it.
  gap(uniform(14, 24));
  const authorLines = authors.flatMap((a) => wrapText(`${a.name}, ${a.role}`, width));
  ensure(authorLines.length * 12 + (numberUnderAuthors ? 20 : 0));
  for (const a of authors) {
    for (const l of wrapText(`${a.name}, ${a.role}`, width)) {
      put(l, 0, false);
      y += PITCH;
    }
    y += 1;
  }
  if (numberUnderAuthors) {
    y += uniform(4, 10);
    put(reportId, 0, false, 523);
  }

  // Pages: masthead, running headers and footers; then the disclaimer page.
  const bodyPages = page;
  const furniture: Placed[] = [];
  furniture.push({ text: dateLine, page: 1, column: 'full', top: 105, x: 459.5, body: false });
  titleLines.forEach((t, i) => furniture.push({ text: t, page: 1, column: 'full', top: 115 + i * 24, x: 57.6, body: false }));
  for (let p = 2; p <= bodyPages; p++) furniture.push({ text: src.title, page: p, column: 'full', top: 25, x: 292.4, body: false });
  for (let p = 1; p <= bodyPages; p++) furniture.push({ text: 'https://crsreports.congress.gov', page: p, column: 'full', top: 758.5, x: 244.5, body: false });
  const last = bodyPages + 1;
  furniture.push({ text: src.title, page: last, column: 'full', top: 25, x: 292.4, body: false });
  if (!numberUnderAuthors) furniture.push({ text: reportId, page: last, column: 'full', top: 40, x: 523, body: false });
  furniture.push({ text: 'Disclaimer', page: last, column: 'full', top: 60, x: 57.6, body: false });
  DISCLAIMER.forEach((t, i) => furniture.push({ text: t, page: last, column: 'full', top: 80 + i * 11, x: 57.6, body: false }));

  const lines: string[] = [];
  const columns = new Map<number, 'left' | 'right'>();
  for (let p = 1; p <= last; p++) {
    const onPage = [...placed, ...furniture].filter((l) => l.page === p).sort((a, b) => a.top - b.top || a.x - b.x);
    if (p > 1) lines.push('');
    for (const l of onPage) {
      lines.push(l.text);
      if (l.column !== 'full' && l.body) columns.set(lines.length, l.column);
    }
  }
  lines.push(`https://crsreports.congress.gov | ${reportId} · VERSION ${version} · ${isNew ? 'NEW' : 'UPDATED'}`);
  return {
    text: lines.join('\n'),
    truth: { id: reportId, title: src.title, version, updated, authors, sections: truthSections, isNew },
    columns,
  };
}
