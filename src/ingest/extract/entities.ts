import { escapeRegExp } from '../../text/escape.js';
import type { Entity, PersonRole } from '../../kb/schema.js';
import { MONTHS } from '../../text/dates.js';
import { slugify } from '../text/section-id.js';
import { extractAcronyms } from './acronyms.js';
import { extractAppositions } from './appositions.js';
import { extractOrganizations } from './organizations.js';
import { extractPeople } from './people.js';
import { extractPlaces } from './places.js';

/** A sentence as the extractors read it. */
export interface TextSentence {
  readonly id: string;
  readonly text: string;
}

/** "2021-09" → "September 2021", "2012" → "2012", "2022-11-30" → "November 30, 2022". */
export function readableDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** A role in words: "Prime Minister (since September 2021)", "prime minister, 2012–2020 (former)". */
function roleText(r: Omit<PersonRole, 'sentenceId'>): string {
  const when = r.start && r.end ? `, ${readableDate(r.start)}–${readableDate(r.end)}` : r.start ? ` (since ${readableDate(r.start)})` : r.end ? ` (until ${readableDate(r.end)})` : '';
  const state = r.current === false && !r.end ? ' (former)' : r.current === false ? ' (former)' : '';
  return `${r.role}${when}${state}`;
}


/** The sentences that name a thing by any of its names: whole words, case kept for names with a capital. */
function mentionsOf(names: readonly string[], sentences: readonly TextSentence[]): string[] {
  const res = names
    .filter((n) => n.length > 1)
    .map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, /\p{Lu}/u.test(n) ? 'u' : 'iu'));
  return sentences.filter((s) => res.some((re) => re.test(s.text))).map((s) => s.id);
}

/** Acronyms the text uses without expanding, spelled by the last words of another's expansion ("TPP" in "… for Trans-Pacific Partnership (CPTPP)"). */
function derivedExpansions(sentences: readonly TextSentence[], known: Map<string, { expansions: string[] }>): { short: string; long: string; sentenceId: string }[] {
  const out: { short: string; long: string; sentenceId: string }[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}-])([A-Z]{2,6})(?![\p{L}\p{N}-])/gu)) {
      const short = m[1]!;
      if (known.has(short) || out.some((o) => o.short === short)) continue;
      for (const [other, rec] of known) {
        if (!other.endsWith(short) || other === short) continue;
        const exp = rec.expansions[0]!;
        const tail = [...exp.matchAll(/[^\s-]+/g)].slice(-short.length);
        if (tail.length === short.length && tail.every((w) => /^\p{Lu}/u.test(w[0])) && tail.map((w) => w[0][0]).join('') === short) {
          out.push({ short, long: exp.slice(tail[0]!.index), sentenceId: s.id });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * The shared `entities` array: every acronym with every expansion the text gives (and one
 * spelled by another's expansion), the named things the text explains, the people with their
 * roles, and the organizations and places it names. `frontMatter` is text outside the sentences
 * (the disclaimer) whose acronyms count too, with no sentence.
 */
export function extractEntities(sentences: readonly TextSentence[], updated: string, frontMatter = ''): Entity[] {
  const acronyms = new Map<string, { expansions: string[]; gloss: string | null; sentenceId: string | null }>();
  const addAcronym = (short: string, long: string, gloss: string | null, sentenceId: string | null) => {
    const a = acronyms.get(short);
    if (!a) acronyms.set(short, { expansions: [long], gloss, sentenceId });
    else {
      if (!a.expansions.some((e) => e.toLowerCase() === long.toLowerCase())) a.expansions.push(long);
      a.gloss ??= gloss;
    }
  };
  for (const s of sentences) for (const a of extractAcronyms(s.text)) addAcronym(a.short, a.long, a.gloss, s.id);
  for (const d of derivedExpansions(sentences, acronyms)) addAcronym(d.short, d.long, null, d.sentenceId);
  for (const a of extractAcronyms(frontMatter)) if (!acronyms.has(a.short)) addAcronym(a.short, a.long, a.gloss, null);

  const appositions = new Map<string, { term: string; definition: string; aliases: Set<string>; sentenceId: string }>();
  for (const s of sentences) {
    for (const a of extractAppositions(s.text)) {
      const key = a.term.toLowerCase();
      const seen = appositions.get(key);
      if (seen) a.aliases.forEach((x) => seen.aliases.add(x));
      else appositions.set(key, { term: a.term, definition: a.definition, aliases: new Set(a.aliases), sentenceId: s.id });
    }
  }

  const entities: Entity[] = [];
  const taken = new Set<string>();
  const claim = (names: readonly string[]) => names.forEach((n) => taken.add(n.toLowerCase()));
  const ids = new Set<string>();
  const idFor = (kind: string, term: string) => {
    let id = `${kind}-${slugify(term) || 'x'}`;
    for (let n = 2; ids.has(id); n++) id = `${kind}-${slugify(term)}-${n}`;
    ids.add(id);
    return id;
  };

  for (const [short, a] of acronyms) {
    const expansion = a.expansions.join(' / ');
    const aliases = [...a.expansions];
    // "the Self-Defense Forces, or SDF" is also explained as Japan's military: the apposition knows the acronym.
    for (const e of a.expansions) appositions.get(e.toLowerCase())?.aliases.add(short);
    entities.push({
      id: idFor('acronym', short),
      kind: 'acronym',
      term: short,
      definition: a.gloss ? `${expansion}, ${a.gloss}` : expansion,
      aliases,
      expansions: a.expansions,
      sentenceId: a.sentenceId,
      mentions: mentionsOf([short, ...a.expansions], sentences),
    });
    claim([short, ...a.expansions]);
  }
  // A place may also be explained ("Japan, a U.S. treaty ally since 1951"): appositions do not hide places.
  const explained = new Set<string>();
  for (const a of appositions.values()) {
    const aliases = [...a.aliases];
    entities.push({ id: idFor('apposition', a.term), kind: 'apposition', term: a.term, definition: a.definition, aliases, sentenceId: a.sentenceId, mentions: mentionsOf([a.term, ...aliases], sentences) });
    [a.term, ...aliases].forEach((n) => explained.add(n.toLowerCase()));
  }
  for (const p of extractPeople(sentences, updated)) {
    // The headline role: the one with a title or dates, else the first.
    const ranked = [...p.roles].sort((x, y) => Number(!/^head of /.test(y.role)) - Number(!/^head of /.test(x.role)) || Number(y.start !== null) - Number(x.start !== null));
    const head = ranked[0];
    entities.push({
      id: idFor('person', p.name),
      kind: 'person',
      term: p.name,
      // A role written as an acronym reads with its expansion: "Chief of Space Operations (CSO)".
      definition: p.roles.length ? ranked.map((r) => roleText({ ...r, role: acronyms.has(r.role) ? `${acronyms.get(r.role)!.expansions[0]} (${r.role})` : r.role })).join('; ') : null,
      aliases: p.aliases,
      sentenceId: p.sentenceId,
      mentions: mentionsOf([p.name, ...p.aliases], sentences),
      role: head?.role ?? null,
      start: head?.start ?? null,
      end: head?.end ?? null,
      current: head?.current ?? null,
      roles: p.roles,
    });
    claim([p.name, ...p.aliases]);
  }
  const named = (kind: 'organization' | 'place', find: (text: string) => { name: string }[]) => {
    const seen = new Map<string, string>();
    for (const s of sentences) for (const x of find(s.text)) if (!seen.has(x.name)) seen.set(x.name, s.id);
    for (const [name, sentenceId] of seen) {
      const lower = name.toLowerCase();
      // A name another record holds, or the start of an expansion ("U.S. Forces" of "U.S. Forces Japan").
      if (taken.has(lower) || (kind === 'organization' && explained.has(lower)) || [...acronyms.values()].some((a) => a.expansions.some((e) => e.toLowerCase().startsWith(`${lower} `)))) continue;
      entities.push({ id: idFor(kind, name), kind, term: name, definition: null, aliases: [], sentenceId, mentions: mentionsOf([name], sentences) });
      taken.add(lower);
    }
  };
  named('organization', extractOrganizations);
  named('place', extractPlaces);
  return entities;
}
