import { PERSON_TITLES, ROLE_NOUNS } from '../../text/word-lists.js';
import { findDateSpans } from './date-spans.js';

/** One role of a person, from one sentence. */
export interface RawRole {
  readonly role: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly current: boolean | null;
  readonly sentenceId: string;
}

/** A person the text names, with the names it uses and the roles it gives. */
export interface RawPerson {
  /** The fullest name the text gives ("Fumio Kishida"). */
  readonly name: string;
  readonly aliases: string[];
  readonly roles: RawRole[];
  /** The sentence that first names the person. */
  readonly sentenceId: string;
}

const TITLE = PERSON_TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|');
// A personal name: one to three capitalized words or initials ("Fumio Kishida", "Michael A. Guetlein").
const PERSON_NAME = String.raw`((?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){0,2})`;
const FORMER = /^(?:former|previous|past|ex|then|late|outgoing)$/i;
const CURRENT = /^(?:current|new|incoming|sitting|present|acting)$/i;
// Words that look like names but name something else after a title ("President’s", "General Assembly").
const NOT_A_NAME = /^(?:Administration|Assembly|Office|Department|Staff|Accountability|Counsel|Services?|Force|Forces|Fund|Order|Dome|Trade|Executive|Obligations?)$/;

const nameParts = (name: string) => name.split(/\s+/).filter((w) => !/^[A-Z]\.$/.test(w));
const surname = (name: string) => nameParts(name).at(-1)!;

/** Whether a role held at these dates has ended by the brief's date. */
function currentFrom(marker: string | null, end: string | null, updated: string): boolean | null {
  if (marker && FORMER.test(marker)) return false;
  if (marker && CURRENT.test(marker)) return true;
  if (end !== null) return end >= updated.slice(0, end.length);
  return null;
}

interface Found {
  name: string;
  role: string | null;
  /** The title before the name ("Prime Minister"), for the alias "Prime Minister Kishida". */
  title?: string;
  marker: string | null;
  at: number;
  end: number;
}

/** The people one sentence names with a title, a role or a relative clause, and their roles. */
function peopleIn(text: string): Found[] {
  const out: Found[] = [];
  // "New Prime Minister Fumio Kishida", "Former Japan Prime Minister Suga", "Space Force General Michael A. Guetlein".
  const titled = new RegExp(String.raw`(?:\b(former|Former|previous|current|Current|new|New|then-|acting|Acting)\s+)?((?:[A-Z][A-Za-z.-]*\s+){0,2}?)\b(${TITLE})\s+${PERSON_NAME}(?![A-Za-z])`, 'g');
  for (const m of text.matchAll(titled)) {
    const words = m[4]!.split(/\s+/);
    while (words.length && NOT_A_NAME.test(words.at(-1)!)) words.pop();
    if (!words.length || NOT_A_NAME.test(words[0]!)) continue;
    const qualifier = (m[2] ?? '').trim();
    // A qualifier that is itself a title word ("Vice") belongs to the title; one at a sentence start is not a qualifier.
    const qual = qualifier && !/^(?:The|A|An|In|On|At|By|For|According|As|When)$/.test(qualifier) ? `${qualifier} ` : '';
    out.push({ name: words.join(' '), role: `${qual}${m[3]!}`, title: m[3]!, marker: m[1] ? m[1].replace(/-$/, '') : null, at: m.index, end: m.index + m[0].length });
  }
  // "Shinzo Abe, who served as premier from 2012 to 2020", "Kishida, who became premier in September 2021".
  for (const m of text.matchAll(new RegExp(String.raw`${PERSON_NAME},\s+who\s+(?:served as|became|was appointed|was elected|was named|is|was|has been|had been)\s+(?:the\s+|a\s+|an\s+)?([a-z]+(?:\s+[a-z]+)?|[A-Z][A-Za-z ]+?)(?=[\s,.;]|$)`, 'g'))) {
    const role = m[2]!.split(/\s+(?:of|in|from|since|until|for)\b/)[0]!;
    const roleWords = role.toLowerCase();
    if (!ROLE_NOUNS.has(roleWords) && !ROLE_NOUNS.has(roleWords.split(' ')[0]!)) continue;
    out.push({ name: m[1]!, role, marker: null, at: m.index, end: m.index + m[0].length });
  }
  // "Japan’s previous three prime ministers, especially Shinzo Abe".
  for (const m of text.matchAll(new RegExp(String.raw`\b(former|previous|past|current)?\s*(?:\w+\s+)?([a-z]+(?:\s+[a-z]+)?)s,\s+(?:especially|including|notably|such as|like)\s+${PERSON_NAME}`, 'g'))) {
    if (!ROLE_NOUNS.has(m[2]!)) continue;
    out.push({ name: m[3]!, role: m[2]!, marker: m[1] ?? null, at: m.index, end: m.index + m[0].length });
  }
  // "Kishida led the Liberal Democratic Party (LDP)": the leader of an organization.
  for (const m of text.matchAll(new RegExp(String.raw`${PERSON_NAME}\s+(?:leads|led|heads|headed|chairs|chaired)\s+the\s+((?:[A-Z][A-Za-z.-]*\s+)*[A-Z][A-Za-z.-]*)`, 'g'))) {
    out.push({ name: m[1]!, role: `leader of the ${m[2]!}`, marker: null, at: m.index, end: m.index + m[0].length });
  }
  // "The current CSO, General Chance B. Saltzman, was appointed": a role before the titled name.
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:the|The)\s+(current|former|new)?\s*([A-Z]{2,}|[a-z]+)\s*,\s+(?:(?:${TITLE})\s+)?${PERSON_NAME},`, 'g'))) {
    const role = m[2]!;
    if (/^[a-z]/.test(role) && !ROLE_NOUNS.has(role)) continue;
    out.push({ name: m[3]!, role, marker: m[1] ?? null, at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The leaders named by "the Biden Administration", "the Trump and Abe Administrations". */
function administrations(text: string): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  for (const m of text.matchAll(/\b(?:the|The|first|second)\s+([A-Z][a-z]+)(?:\s+and\s+([A-Z][a-z]+))?\s+(Administrations?)\b/g)) {
    if (m[2] && m[3] !== 'Administrations') continue;
    for (const n of [m[1]!, m[2]].filter((x): x is string => Boolean(x))) out.push({ name: n, role: `head of the ${n} Administration` });
  }
  return out;
}

/**
 * The people a brief names, one record per person (merged by surname): names with a title
 * ("Prime Minister Kishida"), names followed by "who served as/became <role>", names given as an
 * example of a role ("previous three prime ministers, especially Shinzo Abe"), names after a role
 * ("The current CSO, General …,"), and leaders named by an administration ("the Biden
 * Administration"). Start and end come from the same sentence's dates (a span, "in September
 * 2021", "was appointed in November 2022"); `current` from "former"/"current"/"new" or from an end
 * date before the brief's.
 */
export function extractPeople(sentences: readonly { id: string; text: string }[], updated: string): RawPerson[] {
  const people = new Map<string, { name: string; aliases: Set<string>; roles: RawRole[]; sentenceId: string }>();
  const person = (raw: string, sentenceId: string) => {
    const name = raw.replace(new RegExp(String.raw`^(?:(?:${TITLE})\s+)+`), '');
    const key = surname(name);
    let p = people.get(key);
    if (!p) {
      p = { name, aliases: new Set(), roles: [], sentenceId };
      people.set(key, p);
    }
    if (nameParts(name).length > nameParts(p.name).length) {
      p.aliases.add(p.name);
      p.name = name;
    } else if (name !== p.name) p.aliases.add(name);
    return p;
  };
  for (const s of sentences) {
    const dates = findDateSpans(s.text, updated);
    const found = peopleIn(s.text).sort((a, b) => a.at - b.at);
    for (const f of found) {
      const p = person(f.name, s.id);
      if (!f.role) continue;
      // The dates of this mention's own clause: up to the next comma-closed clause or person.
      const next = found.find((g) => g.at > f.at && g.name !== f.name);
      const clauseEnd = Math.min(next?.at ?? s.text.length, s.text.length);
      const own = dates.filter((d) => d.from >= f.at && d.from < clauseEnd && (d.from < f.end + 60 || /\b(?:appointed|elected|named|became|served|sworn)\b/.test(s.text.slice(f.end, d.from))));
      const span = own[0];
      const start = span ? span.start : null;
      const end = span && span.end !== null && span.preposition !== 'since' ? span.end : null;
      const role = f.role.replace(/^(?:Former|Current|New)\s+/, '');
      const existing = p.roles.find((r) => r.sentenceId === s.id);
      const current = currentFrom(f.marker, end, updated);
      if (existing) {
        // Two mentions in one sentence are one role: the title names it, the relative clause dates it.
        const i = p.roles.indexOf(existing);
        p.roles[i] = {
          role: /^[A-Z]/.test(existing.role) || existing.role.includes(' ') ? existing.role : role,
          start: existing.start ?? start,
          end: existing.end ?? end,
          current: existing.current ?? current,
          sentenceId: s.id,
        };
      } else p.roles.push({ role, start, end, current, sentenceId: s.id });
      if (f.title) p.aliases.add(`${f.title} ${surname(f.name)}`);
    }
    for (const a of administrations(s.text)) {
      const p = person(a.name, s.id);
      if (!p.roles.some((r) => r.role === a.role)) p.roles.push({ role: a.role, start: null, end: null, current: null, sentenceId: s.id });
    }
  }
  // A surname on its own names the person too; one role named in several sentences is one role.
  return [...people.values()].map((p) => {
    const aliases = new Set([...p.aliases, surname(p.name)]);
    aliases.delete(p.name);
    const roles: RawRole[] = [];
    for (const r of p.roles) {
      const i = roles.findIndex((x) => x.role.toLowerCase() === r.role.toLowerCase());
      if (i < 0) roles.push(r);
      else {
        const x = roles[i]!;
        const dated = x.start === null && r.start !== null;
        roles[i] = { role: x.role, start: x.start ?? r.start, end: x.end ?? r.end, current: x.current ?? r.current, sentenceId: dated ? r.sentenceId : x.sentenceId };
      }
    }
    return { name: p.name, aliases: [...aliases].sort(), roles, sentenceId: p.sentenceId };
  });
}
