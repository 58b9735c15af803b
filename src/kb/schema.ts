import { z } from 'zod';

const id = z.string().min(1).max(200);
const text = z.string().max(20_000);

export const authorSchema = z.strictObject({ name: text, role: text });
export const sentenceSchema = z.strictObject({
  id,
  sectionId: id,
  paragraph: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  lines: z.array(z.number().int().positive()),
  text: text.min(1),
  /** The sentence is (part of) a bullet item. */
  bullet: z.literal(true).optional(),
  /** The sentence is a paragraph's run-in lead ("AUKUS."). */
  leadIn: z.literal(true).optional(),
});
export const sectionSchema = z.strictObject({
  id,
  title: text.min(1),
  pages: z.array(z.number().int().positive()),
  headingLine: z.number().int().nonnegative(),
  sentenceIds: z.array(id),
  /** 1 for a section heading, 2 for a subheading. */
  level: z.union([z.literal(1), z.literal(2)]).optional(),
  /** The opening text before the first heading: its title is "Introduction". */
  untitled: z.literal(true).optional(),
});
/** An ISO date as precise as the text: YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
export const factSchema = z.strictObject({
  id,
  /** In base units; a fall or a reduction is negative. */
  value: z.number().finite(),
  unit: z.enum(['count', 'USD', 'percent', 'years', 'rank']),
  display: text.min(1),
  qualifier: z.string().nullable(),
  label: text,
  sentenceId: id,
  /** level (an amount or count), change (signed), share (a part of a whole), rank, duration or target. */
  // Defaults, so a file made before these fields existed still loads (it is validated, which fills them).
  measure: z.enum(['level', 'change', 'share', 'rank', 'duration', 'target']).default('level'),
  /** "per year", "per month" when the text states a rate; else null. */
  period: z.string().nullable().default(null),
  /** The date the sentence attaches to the figure (ISO), else null. */
  asOf: isoDate.nullable().default(null),
  /** Other sentences that state the same figure of the same thing. */
  alsoIn: z.array(id).default([]),
});
export const eventSchema = z.strictObject({
  id,
  display: text.min(1),
  start: isoDate,
  end: isoDate.nullable(),
  /** `event` a point in time, `period` a span, `target` a date something is to happen by. */
  kind: z.enum(['event', 'period', 'target']).default('event'),
  /** A short clause saying what happened ("Japan became a U.S. treaty ally"). */
  event: text.default(''),
  sentenceId: id,
});
export const acronymSchema = z.strictObject({ short: text.min(1), long: text.min(1), sentenceId: id });
/** What every entity record holds; `sentenceId` is null for one taken from the disclaimer. */
const entityBase = {
  id,
  term: text.min(1),
  definition: text.nullable(),
  aliases: z.array(text),
  sentenceId: id.nullable(),
  /** The sentences that name the entity by its term or an alias, in reading order. */
  mentions: z.array(id),
};
/** One role of a person, as a sentence gives it. */
export const roleSchema = z.strictObject({
  role: text.min(1),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  current: z.boolean().nullable(),
  sentenceId: id,
});
/**
 * The shared `entities` array (docs/ARCHITECTURE.md): acronyms with their expansions, named
 * things the text explains (appositions), people with their roles, organizations and places.
 */
export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...entityBase, kind: z.literal('acronym'), expansions: z.array(text.min(1)).min(1) }),
  z.strictObject({ ...entityBase, kind: z.literal('apposition') }),
  z.strictObject({
    ...entityBase,
    kind: z.literal('person'),
    role: text.nullable(),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    current: z.boolean().nullable(),
    roles: z.array(roleSchema),
  }),
  z.strictObject({ ...entityBase, kind: z.literal('organization') }),
  z.strictObject({ ...entityBase, kind: z.literal('place') }),
]);
export const figureSchema = z.strictObject({
  id,
  number: z.number().int().positive(),
  caption: text,
  source: z.string().nullable(),
  sectionId: id.nullable(),
  page: z.number().int().positive(),
  lines: z.array(z.number().int().positive()),
  note: text,
  /** A line under the caption ("Figure is interactive in the HTML version of this report."). */
  subtitle: text.optional(),
});

export const searchIndexSchema = z.strictObject({
  terms: z.array(z.string()),
  /** The brief's words and their stems: a packed map, word → [stem]. */
  vocabulary: z.string(),
  /** Each sentence's tokens and figures, encoded (src/kb/search-index.ts). */
  tokens: z.array(z.string()).optional(),
  /** Words of people's names. */
  names: z.array(z.string()).optional(),
  /** Checksum of the texts the index was made from. */
  source: z.string().optional(),
});

/** The knowledge base file: everything the CLI answers from. */
export const kbSchema = z.strictObject({
  schemaVersion: z.literal(2),
  document: z.strictObject({
    reportId: text.min(1),
    title: text.min(1),
    version: z.number().int().positive(),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    publisher: text.min(1),
    url: text,
    authors: z.array(authorSchema),
    disclaimer: text,
    pages: z.number().int().positive(),
    /** A new brief (version 1): its date is its publication date, not an update. */
    isNew: z.boolean().optional(),
  }),
  sections: z.array(sectionSchema).min(1),
  sentences: z.array(sentenceSchema).min(1),
  facts: z.array(factSchema),
  events: z.array(eventSchema),
  acronyms: z.array(acronymSchema),
  entities: z.array(entitySchema).default([]),
  figures: z.array(figureSchema),
  /** WordNet synonyms: a packed map (src/kb/packed-map.ts) from a stem to the brief's stems. */
  synonyms: z.string(),
  searchIndex: searchIndexSchema.optional(),
  readingOrder: z.array(
    z.strictObject({ page: z.number().int().positive(), column: z.enum(['left', 'right']), lines: z.array(z.number().int().positive()) }),
  ),
});

export type KnowledgeBase = z.infer<typeof kbSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Fact = z.infer<typeof factSchema>;
export type SearchIndex = z.infer<typeof searchIndexSchema>;
export type KbEvent = z.infer<typeof eventSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity['kind'];
export type PersonRole = z.infer<typeof roleSchema>;
export type Figure = z.infer<typeof figureSchema>;

/** Checks a parsed value against the schema and its cross-references; returns the first problem. */
export function validateKb(value: unknown): { ok: true; kb: KnowledgeBase } | { ok: false; error: string } {
  const parsed = kbSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  const kb = parsed.data;
  const sentenceIds = new Set(kb.sentences.map((s) => s.id));
  const sectionIds = new Set(kb.sections.map((s) => s.id));
  if (sentenceIds.size !== kb.sentences.length) return { ok: false, error: 'sentences: duplicate id' };
  for (const s of kb.sentences) if (!sectionIds.has(s.sectionId)) return { ok: false, error: `sentence ${s.id}: unknown section ${s.sectionId}` };
  for (const sec of kb.sections) for (const sid of sec.sentenceIds) if (!sentenceIds.has(sid)) return { ok: false, error: `section ${sec.id}: unknown sentence ${sid}` };
  if (kb.searchIndex && (kb.searchIndex.terms.length !== kb.sentences.length || (kb.searchIndex.tokens && kb.searchIndex.tokens.length !== kb.sentences.length))) return { ok: false, error: 'searchIndex: one entry per sentence expected' };
  for (const f of [...kb.facts, ...kb.events, ...kb.acronyms]) if (!sentenceIds.has(f.sentenceId)) return { ok: false, error: `unknown sentence ${f.sentenceId}` };
  for (const f of kb.facts) for (const s of f.alsoIn) if (!sentenceIds.has(s)) return { ok: false, error: `fact ${f.id}: unknown sentence ${s}` };
  for (const e of kb.entities) {
    const refs = [e.sentenceId, ...e.mentions, ...(e.kind === 'person' ? e.roles.map((r) => r.sentenceId) : [])];
    for (const r of refs) if (r !== null && !sentenceIds.has(r)) return { ok: false, error: `entity ${e.id}: unknown sentence ${r}` };
  }
  return { ok: true, kb };
}
