// A made-up three-page brief in the CRS In Focus layout, drawn with the standard PDF fonts
// (Times for the body, Helvetica for headings, figures and furniture) and different words,
// sizes and positions from the five real briefs: a check that the reader learns the layout from
// the document instead of remembering the development set.

import { textPdf, type DrawText } from './pdf-builder.js';

const L = 60;
const R = 318;
const PITCH = 12;

/** Body lines of one column, one per pitch from a first baseline. */
function column(x: number, y: number, lines: string[]): DrawText[] {
  return lines.map((text, i) => ({ x, y: y + i * PITCH, size: 10, text }));
}

/** The expected flow of the mini brief: [kind, text] in reading order. */
export const MINI_FLOW: [string, string][] = [
  ['date', 'Updated May 5, 2026'],
  ['title', 'A Made-Up Brief for'],
  ['title', 'Reader Tests'],
  ['body', 'This brief exists only to test the reader. It has an'],
  ['body', 'untitled introduction that runs over three lines of'],
  ['body', 'plain body text.'],
  ['body', 'A second paragraph follows after one blank line.'],
  ['heading', 'First Heading'],
  ['body', 'Lead In. The paragraph goes on in regular'],
  ['body', 'type, and the 119th Congress met.'],
  ['bullet', '•  A bullet item that wraps onto'],
  ['body', 'a second line.'],
  ['bullet', '•  Another item.'],
  ['body', 'Body after the list.'],
  ['heading', 'A Subheading'],
  ['body', 'Text under the subheading, which'],
  ['body', 'points to Figure 1.'],
  ['caption', 'Figure 1. A Made-Up Chart of'],
  ['caption', 'Invented Values'],
  ['subtitle', 'Figure is interactive in the HTML version of this report.'],
  ['figure-text', 'Billions of dollars'],
  ['figure-text', '$100'],
  ['figure-text', '$50'],
  ['figure-text', '2020'],
  ['figure-text', '2021'],
  ['source', 'Source: Invented for this test, with a second'],
  ['source', 'line of source text.'],
  ['note', 'Notes: Values are invented.'],
  ['body', 'The first page ends here.'],
  ['body', 'Page two carries on the text.'],
  ['heading', 'Second Heading'],
  ['body', 'Closing words of the brief.'],
  ['author', 'Ada Q. Lovelace, Analyst in Testing Policy and'],
  ['author', 'Procedures'],
  ['author', 'Alan Turing, Specialist in Machines'],
  ['report-number', 'IF99999'],
];

/** The expected furniture: [kind, page] top to bottom. */
export const MINI_FURNITURE: [string, number][] = [
  ['footer', 1],
  ['header', 2],
  ['footer', 2],
  ['header', 3],
  ['disclaimer', 3],
  ['disclaimer', 3],
  ['disclaimer', 3],
  ['footer', 3],
];

const footer: DrawText = { x: 250, y: 766, size: 9, font: 'F3', text: 'https://crsreports.congress.gov' };
const header: DrawText = { x: 420, y: 34, size: 9, font: 'F3', text: 'A Made-Up Brief for Reader Tests' };

const page1: DrawText[] = [
  { x: 470, y: 100, size: 10, text: 'Updated May 5, 2026' },
  { x: L, y: 122, size: 18, font: 'F2', text: 'A Made-Up Brief for' },
  { x: L, y: 143, size: 18, font: 'F2', text: 'Reader Tests' },
  ...column(L, 170, [
    'This brief exists only to test the reader. It has an',
    'untitled introduction that runs over three lines of',
    'plain body text.',
  ]),
  ...column(L, 170 + 4 * PITCH, ['A second paragraph follows after one blank line.']),
  { x: L, y: 170 + 6 * PITCH, size: 12.5, font: 'F4', text: 'First Heading' },
  {
    x: L,
    y: 170 + 7 * PITCH,
    size: 10,
    parts: [
      { text: 'Lead In.', font: 'F2' },
      { text: ' The paragraph goes on in regular', font: 'F1' },
    ],
  },
  {
    x: L,
    y: 170 + 8 * PITCH,
    size: 10,
    parts: [{ text: 'type, and the 119' }, { text: 'th', size: 6.5, rise: 3.5 }, { text: ' Congress met.' }],
  },
  { x: L, y: 170 + 9.6 * PITCH, size: 10, text: '•' },
  { x: L + 10, y: 170 + 9.6 * PITCH, size: 10, text: 'A bullet item that wraps onto' },
  { x: L + 10, y: 170 + 10.6 * PITCH, size: 10, text: 'a second line.' },
  { x: L, y: 170 + 12.2 * PITCH, size: 10, text: '•' },
  { x: L + 10, y: 170 + 12.2 * PITCH, size: 10, text: 'Another item.' },
  ...column(L, 170 + 14 * PITCH, ['Body after the list.']),
  { x: R, y: 170, size: 10, font: 'F4', text: 'A Subheading' },
  ...column(R, 170 + PITCH, ['Text under the subheading, which', 'points to Figure 1.']),
  { x: R, y: 170 + 4 * PITCH, size: 9.5, font: 'F4', text: 'Figure 1. A Made-Up Chart of' },
  { x: R, y: 170 + 5 * PITCH, size: 9.5, font: 'F4', text: 'Invented Values' },
  { x: R, y: 170 + 6.2 * PITCH, size: 9.5, font: 'F3', text: 'Figure is interactive in the HTML version of this report.' },
  // A chart label in the body face is still figure text: it lies between caption and source.
  { x: R + 6, y: 256, size: 10, font: 'F1', text: 'Billions of dollars' },
  { x: R + 6, y: 270, size: 7, font: 'F3', text: '$100' },
  { x: R + 10, y: 300, size: 7, font: 'F3', text: '$50' },
  { x: R + 30, y: 330, size: 7, font: 'F3', text: '2020' },
  { x: R + 120, y: 330, size: 7, font: 'F3', text: '2021' },
  {
    x: R,
    y: 350,
    size: 8.5,
    parts: [
      { text: 'Source:', font: 'F4' },
      { text: ' Invented for this test, with a second', font: 'F3' },
    ],
  },
  { x: R, y: 360, size: 8.5, font: 'F3', text: 'line of source text.' },
  {
    x: R,
    y: 370,
    size: 8.5,
    parts: [
      { text: 'Notes:', font: 'F4' },
      { text: ' Values are invented.', font: 'F3' },
    ],
  },
  ...column(R, 386, ['The first page ends here.']),
  footer,
];

const page2: DrawText[] = [
  header,
  ...column(L, 60, ['Page two carries on the text.']),
  { x: L, y: 60 + 2 * PITCH, size: 12.5, font: 'F4', text: 'Second Heading' },
  ...column(L, 60 + 3 * PITCH, ['Closing words of the brief.']),
  {
    x: R,
    y: 60,
    size: 10,
    parts: [
      { text: 'Ada Q. Lovelace', font: 'F2' },
      { text: ', Analyst in Testing Policy and', font: 'F1' },
    ],
  },
  { x: R, y: 60 + PITCH, size: 10, text: 'Procedures' },
  {
    x: R,
    y: 60 + 2 * PITCH,
    size: 10,
    parts: [
      { text: 'Alan Turing', font: 'F2' },
      { text: ', Specialist in Machines', font: 'F1' },
    ],
  },
  { x: 520, y: 60 + 3.5 * PITCH, size: 8.5, font: 'F4', text: 'IF99999' },
  footer,
];

const page3: DrawText[] = [
  header,
  { x: L, y: 114, size: 14, font: 'F4', text: 'Disclaimer' },
  { x: L, y: 134, size: 10, text: 'This document was prepared by the Congressional Research Service (CRS) for tests only, and it' },
  { x: L, y: 146, size: 10, text: 'is not a real report.' },
  { ...footer, x: 175, text: 'https://crsreports.congress.gov | IF99999 · VERSION 3 · UPDATED' },
];

/** The mini brief as PDF bytes. */
export function miniBriefPdf(): Uint8Array {
  return textPdf([page1, page2, page3]);
}
