import type { Command } from 'commander';
import { seeAlsoLine } from '../../format/figures.js';
import { answerCard } from '../../format/answer.js';
import { formatHits, hitListing, type HitView } from '../../format/hits.js';
import type { ListingFormat } from '../../format/listing/view.js';
import { searchMissMessage, searchNote } from '../../format/search-notes.js';
import { wrap } from '../../format/wrap.js';
import { ask } from '../../query/ask/ask.js';
import { contextSentence, sentenceContext } from '../../query/context.js';
import { figuresMatching } from '../../query/figures.js';
import { searchAll } from '../../query/search/rank.js';
import { hitRecords } from '../../query/search/records.js';
import { chosenFormat } from '../formats.js';
import { printListing } from '../listing.js';
import { relationsFor } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, type Outcome } from '../outcome.js';
import { isTerminal } from '../terminal.js';
import { usageLine } from '../usage.js';
import { openScope } from './scope.js';

/** usjapan search <query...> [-n N] [-C N] [--section name] [--format f] */
export async function searchCommand(words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: Command): Promise<Outcome> {
  const format = chosenFormat<ListingFormat>(opts, 'search');
  if (!format.ok) return format.outcome;
  const scope = await openScope(words, opts, globals);
  if (!scope.ok) return scope.outcome;
  const { query, kb, sectionId } = scope.value;
  if (query === '') return failed('usage', usageLine(cmd));
  const limit = opts.limit as number;
  const relations = relationsFor(globals, kb);
  // What a search did to the query and how many it left out are told only to a person at a
  // terminal; counting costs a full ranking.
  const counting = isTerminal(2);
  const result = searchAll(kb, query, { limit: counting ? Math.max(limit, kb.sentences.length) : limit, sectionId, relations });
  const hits = result.hits.slice(0, limit);
  const records = hitRecords(kb, { hits, card: result.card });
  const size = opts.context as number | undefined;
  const views: HitView[] = records.flatMap((record) => {
    const hit = hits.find((h) => h.sentence.id === record.id && record.kind === 'sentence');
    if (!hit) return [];
    const c = size === undefined ? null : sentenceContext(kb, hit.sentence, size);
    const withContext = c ? { ...record, before: c.before.map(contextSentence), after: c.after.map(contextSentence) } : record;
    return [{ record: withContext, sentence: hit.sentence, before: c?.before ?? [], after: c?.after ?? [] }];
  });
  const listed = result.card ? [records[0]!, ...views.map((v) => v.record)] : views.map((v) => v.record);
  const notes: string[] = [];
  if (counting && listed.length) {
    const note = searchNote(result);
    if (note) notes.push(note);
    if (result.hits.length > hits.length) notes.push(`${hits.length} of ${result.hits.length} shown; -n ${Math.min(result.hits.length, 1000)} for all`);
  }
  const filter = sectionId
    ? { name: String(opts.section), section: kb.sections.find((s) => s.id === sectionId)!, withoutFilter: listed.length ? 0 : searchAll(kb, query, { limit: 1000, relations }).hits.length }
    : null;
  return printListing(
    {
      listing: hitListing(listed),
      // A query that names a figure's caption: the figure is an image, so say where it is.
      text: (width, style) => {
        // A question ask can answer gets its answer first, for people only (never in --json or --format).
        const answer = !result.card && result.intent.type !== null ? ask(kb, query, { relations }).answer : null;
        const card = answer ? [answerCard(kb, answer, width, style), ''] : [];
        const seeAlso = figuresMatching(kb, query).flatMap((f) => wrap(seeAlsoLine(f), width).map((l) => style.dim(l)));
        return [...card, formatHits(result.card, views, width, style), ...(seeAlso.length ? ['', ...seeAlso] : [])].join('\n');
      },
      textInPipe: true,
      miss: searchMissMessage(query, result, filter),
      notes,
    },
    format.value,
    globals,
  );
}
