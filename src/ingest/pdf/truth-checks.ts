// Checks a readBriefLines result against a brief's truth JSON (the format of the development
// briefs' <ID>.json): the measure used by the tests and by scripts/measure-pdf.ts, kept here so
// both depend on src and the counts printed are the ones the tests assert. It builds sections
// the simple way a later stage would, to show the lines are enough for that stage.

import type { PdfLine, ReadBriefResult } from './types.js';

/** What every truth JSON holds, read by these checks and by kb-checks.ts. */
export interface TruthCommon {
  id: string;
  title: string;
  version: number;
  authors: { name: string; role: string }[];
  sections: {
    title: string | null;
    level: number;
    sentences: string[];
    paragraphs: { sentences: string[]; leadIn?: string; bullet?: boolean }[];
  }[];
}

/** The parts of a truth JSON (tests/fixtures/briefs/<ID>.json) that the checks use. */
export interface TruthBrief extends TruthCommon {
  updated_line: string;
  footer: string;
  figures: { raw_caption: string; subtitle?: string; raw_source?: string; note: string | null }[];
}

/** One check: how many of `total` items came out right, and what went wrong. */
export interface CheckResult {
  right: number;
  total: number;
  failures: string[];
}

/** All checks of one brief, by name. */
export type BriefChecks = Record<
  'sections' | 'headings' | 'text' | 'captions' | 'subtitles' | 'sources' | 'authors' | 'masthead' | 'bullets' | 'leadIns' | 'paragraphGaps',
  CheckResult
>;

type Ok = Extract<ReadBriefResult, { ok: true }>;

// Items of a list are set a quarter line apart, paragraphs a whole line; lines within a
// paragraph differ from the pitch by a few hundredths.
const PARAGRAPH_GAP = 0.15;

const squash = (s: string): string => s.replace(/\s+/g, '');
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A flow line's text without its list marker. */
export function contentOf(line: PdfLine): string {
  if (line.kind !== 'bullet' || !line.marker) return line.text;
  return line.text.slice(line.marker.length).trimStart();
}

interface BuiltSection {
  title: string | null;
  level: number;
  lines: PdfLine[];
}

/** Sections as a later stage would build them: heading lines (two-line headings joined) open a section. */
export function buildSections(lines: PdfLine[]): BuiltSection[] {
  const out: BuiltSection[] = [{ title: null, level: 1, lines: [] }];
  let lastKind: string | undefined;
  for (const line of lines) {
    if (line.kind === 'heading') {
      const cur = out[out.length - 1];
      if (cur && lastKind === 'heading' && cur.level === line.level && line.gapBefore <= 0.5) {
        cur.title = `${cur.title ?? ''} ${line.text}`;
      } else {
        out.push({ title: line.text, level: line.level ?? 1, lines: [] });
      }
    } else if (line.kind === 'body' || line.kind === 'bullet') {
      out[out.length - 1]?.lines.push(line);
    }
    if (line.kind === 'heading' || line.kind === 'body' || line.kind === 'bullet') lastKind = line.kind;
  }
  // The untitled intro exists only when text precedes the first heading.
  if (out[0] && out[0].lines.length === 0) out.shift();
  return out;
}

/** Runs every check of one brief. */
export function checkBrief(res: Ok, truth: TruthBrief): BriefChecks {
  const sections = buildSections(res.lines);
  return {
    sections: checkSections(sections, truth),
    headings: checkHeadings(sections, truth),
    text: checkText(res.lines, truth),
    captions: checkGroups(res.lines, 'caption', truth.figures.map((f) => f.raw_caption), collapse),
    subtitles: checkGroups(res.lines, 'subtitle', truth.figures.flatMap((f) => (f.subtitle ? [f.subtitle] : [])), collapse),
    sources: checkGroups(res.lines, 'source', truth.figures.flatMap((f) => (f.raw_source ? [f.raw_source] : [])), squash),
    authors: checkAuthors(res.lines, truth),
    masthead: checkMasthead(res, truth),
    ...checkParagraphs(sections, truth),
  };
}

/** Every line (flow and furniture) found among the .txt rendering's lines of its page, spacing included. */
export function checkTxtLines(res: Ok, txt: string): CheckResult {
  const pages = txt.split('\n\n').map((p) => p.split('\n'));
  const failures: string[] = [];
  const all = [...res.lines, ...res.furniture];
  for (const l of all) {
    const page = pages[l.page - 1] ?? [];
    const i = page.indexOf(l.text);
    if (i >= 0) page.splice(i, 1);
    else failures.push(`p${l.page} not in .txt: ${JSON.stringify(l.text)}`);
  }
  pages.forEach((p, i) => p.forEach((t) => failures.push(`p${i + 1} .txt line not produced: ${JSON.stringify(t)}`)));
  return { right: all.length - failures.filter((f) => f.includes('not in .txt')).length, total: all.length, failures };
}

function checkSections(built: BuiltSection[], truth: TruthBrief): CheckResult {
  const failures: string[] = [];
  let right = 0;
  truth.sections.forEach((ts, i) => {
    const b = built[i];
    const want = squash(ts.sentences.join(''));
    const got = b ? squash(b.lines.map(contentOf).join('')) : '';
    const titleOk = b !== undefined && b.title === ts.title && b.level === ts.level;
    if (titleOk && got === want) {
      right++;
      return;
    }
    if (!titleOk) failures.push(`section ${i}: heading ${JSON.stringify(b?.title)} L${b?.level} ≠ ${JSON.stringify(ts.title)} L${ts.level}`);
    if (got !== want) failures.push(`section ${i} (${ts.title ?? 'intro'}): text differs ${firstDiff(got, want)}`);
  });
  if (built.length !== truth.sections.length) failures.push(`${built.length} sections built, ${truth.sections.length} in truth`);
  return { right, total: truth.sections.length, failures };
}

function checkHeadings(built: BuiltSection[], truth: TruthBrief): CheckResult {
  const want = truth.sections.filter((s) => s.title !== null).map((s) => `L${s.level} ${s.title}`);
  const got = built.filter((s) => s.title !== null).map((s) => `L${s.level} ${s.title}`);
  return compareLists(got, want, 'heading');
}

function checkText(lines: PdfLine[], truth: TruthBrief): CheckResult {
  const got = squash(lines.filter((l) => l.kind === 'body' || l.kind === 'bullet').map(contentOf).join(''));
  const want = squash(truth.sections.flatMap((s) => s.sentences).join(''));
  return got === want ? { right: 1, total: 1, failures: [] } : { right: 0, total: 1, failures: [`flow text differs ${firstDiff(got, want)}`] };
}

/** Consecutive lines of one kind form one item, joined with a space. */
function groups(lines: PdfLine[], kind: PdfLine['kind']): string[] {
  const out: string[] = [];
  let prev: PdfLine | undefined;
  for (const l of lines) {
    if (l.kind === kind) {
      if (prev?.kind === kind && l.gapBefore <= 0.5 && !/^(?:Figure|Table)\s+\d/.test(l.text)) out[out.length - 1] += ` ${l.text}`;
      else out.push(l.text);
    }
    prev = l;
  }
  return out;
}

function checkGroups(lines: PdfLine[], kind: PdfLine['kind'], want: string[], norm: (s: string) => string): CheckResult {
  return compareLists(groups(lines, kind).map(norm), want.map(norm), kind);
}

/** Author lines: a bold name opens an author, ", role" follows, wrapped role lines are appended. */
export function authorsOf(lines: PdfLine[]): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  for (const l of lines) {
    if (l.kind !== 'author') continue;
    const first = l.runs[0];
    if (first?.bold) {
      out.push({ name: first.text.trim().replace(/,$/, ''), role: l.runs.slice(1).map((r) => r.text).join('').replace(/^\s*,\s*/, '') });
    } else if (out.length > 0) {
      const last = out[out.length - 1];
      if (last) last.role = `${last.role} ${l.text}`;
    }
  }
  return out.map((a) => ({ name: collapse(a.name), role: collapse(a.role) }));
}

function checkAuthors(lines: PdfLine[], truth: TruthBrief): CheckResult {
  const fmt = (a: { name: string; role: string }): string => `${a.name} | ${a.role}`;
  return compareLists(authorsOf(lines).map(fmt), truth.authors.map(fmt), 'author');
}

function checkMasthead(res: Ok, truth: TruthBrief): CheckResult {
  const title = res.lines.filter((l) => l.kind === 'title').map((l) => l.text).join(' ');
  const date = res.lines.filter((l) => l.kind === 'date').map((l) => l.text);
  const numbers = res.lines.filter((l) => l.kind === 'report-number').map((l) => l.text);
  const isNew = / NEW$/.test(truth.footer);
  const facts: [string, boolean][] = [
    [`title ${JSON.stringify(title)}`, title === truth.title],
    [`date line ${JSON.stringify(date)}`, date.length === 1 && date[0] === truth.updated_line],
    [`report id ${res.meta.reportId}`, res.meta.reportId === truth.id],
    [`report-number line ${JSON.stringify(numbers)}`, numbers.length === 1 && numbers[0] === truth.id],
    [`version ${res.meta.version}`, res.meta.version === truth.version],
    [`isNew ${res.meta.isNew}`, res.meta.isNew === isNew],
    [`updatedLine ${res.meta.updatedLine}`, res.meta.updatedLine === truth.updated_line],
    [`footer ${res.meta.footer}`, res.meta.footer === truth.footer],
  ];
  return { right: facts.filter(([, ok]) => ok).length, total: facts.length, failures: facts.filter(([, ok]) => !ok).map(([m]) => m) };
}

// Paragraph-level checks. Each truth paragraph's start is located in its section's
// whitespace-free text; the flow line holding that offset must begin exactly there.
function checkParagraphs(built: BuiltSection[], truth: TruthBrief): Pick<BriefChecks, 'bullets' | 'leadIns' | 'paragraphGaps'> {
  const bullets: CheckResult = { right: 0, total: 0, failures: [] };
  const leadIns: CheckResult = { right: 0, total: 0, failures: [] };
  const gaps: CheckResult = { right: 0, total: 0, failures: [] };
  const bulletStarts = new Set<PdfLine>();
  truth.sections.forEach((ts, si) => {
    const b = built[si];
    if (!b) return;
    const starts: number[] = [];
    let pos = 0;
    for (const l of b.lines) {
      starts.push(pos);
      pos += squash(contentOf(l)).length;
    }
    let offset = 0;
    const paragraphStarts = new Set<number>();
    ts.paragraphs.forEach((p, pi) => {
      const idx = starts.indexOf(offset);
      const line = idx >= 0 ? b.lines[idx] : undefined;
      const where = `${ts.title ?? 'intro'} ¶${pi + 1}`;
      if (p.bullet) {
        bullets.total++;
        if (line?.kind === 'bullet') {
          bullets.right++;
          bulletStarts.add(line);
        } else bullets.failures.push(`${where}: starts at ${line ? line.kind : 'mid-line'}`);
      }
      if (p.leadIn !== undefined) {
        leadIns.total++;
        const lead = line ? boldLead(b.lines, idx) : '';
        if (collapse(lead) === collapse(p.leadIn)) leadIns.right++;
        else leadIns.failures.push(`${where}: bold lead ${JSON.stringify(lead)} ≠ ${JSON.stringify(p.leadIn)}`);
      }
      // A new paragraph shows as extra space above it, unless it opens a column or a section.
      if (line && (pi > 0 || idx > 0)) {
        const prev = b.lines[idx - 1];
        const opensColumn = !prev || prev.page !== line.page || prev.column !== line.column;
        if (!opensColumn) {
          gaps.total++;
          if (line.gapBefore >= PARAGRAPH_GAP) gaps.right++;
          else gaps.failures.push(`${where}: gapBefore ${line.gapBefore}`);
        }
      }
      if (idx >= 0) paragraphStarts.add(idx);
      offset += squash([...(p.leadIn ? [p.leadIn] : []), ...p.sentences].join('')).length;
    });
    // Every bullet line must open a truth bullet paragraph, and no line inside a paragraph may
    // have a paragraph-sized gap above it.
    b.lines.forEach((l, i) => {
      if (l.kind === 'bullet' && !bulletStarts.has(l)) bullets.failures.push(`stray bullet line: ${l.text}`);
      if (!paragraphStarts.has(i) && l.gapBefore >= PARAGRAPH_GAP) gaps.failures.push(`gap inside a paragraph: ${l.text}`);
    });
  });
  return { bullets, leadIns, paragraphGaps: gaps };
}

/** The bold text a paragraph opens with, across lines while they stay bold. */
function boldLead(lines: PdfLine[], idx: number): string {
  let out = '';
  for (let i = idx; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const runs = line.kind === 'bullet' && line.marker ? line.runs.slice(1) : line.runs;
    let allBold = true;
    for (const r of runs) {
      if (!r.bold) {
        allBold = false;
        break;
      }
      out += r.text;
    }
    if (!allBold) break;
    out += ' ';
  }
  return out;
}

function compareLists(got: string[], want: string[], what: string): CheckResult {
  const failures: string[] = [];
  let right = 0;
  want.forEach((w, i) => {
    if (got[i] === w) right++;
    else failures.push(`${what} ${i + 1}: got ${JSON.stringify(got[i])}, want ${JSON.stringify(w)}`);
  });
  for (const extra of got.slice(want.length)) failures.push(`extra ${what}: ${JSON.stringify(extra)}`);
  return { right, total: want.length, failures };
}

/** Where two whitespace-free strings first differ, with some context. */
function firstDiff(got: string, want: string): string {
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i++;
  return `at ${i}: got …${got.slice(Math.max(0, i - 30), i + 30)}… want …${want.slice(Math.max(0, i - 30), i + 30)}…`;
}
