import type { Command } from 'commander';
import { safe } from '../format/text.js';
import { factRows, formatHits, formatInfo, formatSection, citation, pagesLabel } from '../format/views.js';
import { findFacts, viewFact } from '../query/facts.js';
import { search } from '../query/search.js';
import { matchSection, sectionFacts, sectionSentences, summarize } from '../query/sections.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { EXIT, openKb, readQuery, styleFor, widthFor, type GlobalOptions } from './context.js';
import { err, out, outJson } from './output.js';

type Opts = Record<string, unknown> & { json?: boolean };

function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

function resolveSection(kb: KnowledgeBase, name: string): string | null {
  const m = matchSection(kb, name);
  if (m.kind === 'found') return m.section.id;
  err(`no section matches "${name}"; sections: ${m.suggestions.join(', ')}`);
  process.exitCode = EXIT.nothing;
  return null;
}

/** The query, the knowledge base and the --section filter a command needs; null once reported. */
async function openScope(
  words: string[],
  opts: Opts,
  cmd: Command,
): Promise<{ query: string; kb: KnowledgeBase; sectionId: string | undefined } | null> {
  const query = await readQuery(words);
  if (query === null) return null;
  const kb = await openKb(globals(cmd));
  if (!kb) return null;
  const sectionId = typeof opts.section === 'string' ? resolveSection(kb, opts.section) : undefined;
  return sectionId === null ? null : { query, kb, sectionId };
}

/** usjapan search <query...> */
export async function searchCommand(words: string[], opts: Opts, cmd: Command): Promise<void> {
  const scope = await openScope(words, opts, cmd);
  if (!scope) return;
  const { query, kb, sectionId } = scope;
  const hits = search(kb, query, { limit: opts.limit as number, sectionId });
  process.exitCode = hits.length ? EXIT.found : EXIT.nothing;
  const titles = new Map(kb.sections.map((s) => [s.id, s.title]));
  if (opts.json) {
    outJson(
      hits.map((h) => ({
        id: h.sentence.id,
        rank: h.rank,
        score: h.score,
        text: h.sentence.text,
        sectionId: h.sentence.sectionId,
        section: titles.get(h.sentence.sectionId) ?? '',
        page: h.sentence.page,
        lines: h.sentence.lines,
        matches: h.matches,
      })),
    );
  } else if (hits.length) out(formatHits(kb, hits, widthFor(), await styleFor(globals(cmd))));
  else err(`nothing found for "${query}"`);
}

/** usjapan section <name...> */
export async function sectionCommand(words: string[], opts: Opts, cmd: Command): Promise<void> {
  const name = await readQuery(words);
  if (name === null) return;
  const kb = await openKb(globals(cmd));
  if (!kb) return;
  const m = matchSection(kb, name);
  if (m.kind === 'not-found') {
    err(`no section matches "${name}"; did you mean one of: ${m.suggestions.join(', ')}`);
    process.exitCode = EXIT.nothing;
    return;
  }
  const sentences = sectionSentences(kb, m.section);
  const summary = summarize(sentences);
  const facts = sectionFacts(kb, m.section).map((f) => viewFact(kb, f));
  process.exitCode = EXIT.found;
  if (opts.json) {
    outJson({
      id: m.section.id,
      title: m.section.title,
      pages: m.section.pages,
      summary: summary.map((s) => s.text).join(' '),
      text: sentences.map((s) => s.text).join(' '),
      sentences: sentences.map((s) => ({ id: s.id, text: s.text, page: s.page, paragraph: s.paragraph, lines: s.lines })),
      facts,
      alternatives: m.alternatives.map((a) => ({ id: a.id, title: a.title })),
      matchedBy: m.by,
    });
  } else {
    const style = await styleFor(globals(cmd));
    const width = widthFor();
    const parts = [formatSection(m.section, opts.full ? sentences : summary, width, style)];
    if (!opts.full && facts.length) {
      const { table } = await import('../format/table.js');
      parts.push('', style.bold('Key figures'), table(['Figure', 'Measures', 'Page'], facts.map((f) => factRows([f])[0]!.filter((_, i) => i !== 2)), width, [2, 4, 1]));
    }
    out(parts.join('\n'));
  }
  if (m.alternatives.length) err(`also close: ${m.alternatives.map((a) => `${a.title} (${a.id})`).join('; ')}`);
}

/** usjapan sections */
export async function sectionsCommand(opts: Opts, cmd: Command): Promise<void> {
  const kb = await openKb(globals(cmd));
  if (!kb) return;
  const rows = kb.sections.map((s) => ({ id: s.id, title: s.title, pages: s.pages, summary: sectionSentences(kb, s)[0]?.text ?? '' }));
  process.exitCode = EXIT.found;
  if (opts.json) return outJson(rows);
  const style = await styleFor(globals(cmd));
  const width = widthFor();
  out(
    rows
      .map((r, i) => {
        const head = `${i + 1}. ${style.heading(safe(r.title))}  ${style.dim(`${pagesLabel(r.pages)} · ${safe(r.id)}`)}`;
        const summary = safe(r.summary);
        const first = summary.length > width - 4 ? `${summary.slice(0, width - 5).replace(/\s+\S*$/, '')}…` : summary;
        return `${head}\n   ${first}`;
      })
      .join('\n'),
  );
}

/** usjapan facts [query...] */
export async function factsCommand(words: string[], opts: Opts, cmd: Command): Promise<void> {
  const scope = await openScope(words, opts, cmd);
  if (!scope) return;
  const { query, kb, sectionId } = scope;
  const facts = findFacts(kb, query, sectionId);
  process.exitCode = facts.length ? EXIT.found : EXIT.nothing;
  if (opts.json) return outJson(facts);
  if (!facts.length) return err(`no figures match "${query}"`);
  const { table } = await import('../format/table.js');
  out(table(['Figure', 'Measures', 'Section', 'Page'], factRows(facts), widthFor(), [2, 4, 3, 1]));
}

/** usjapan info */
export async function infoCommand(opts: Opts, cmd: Command): Promise<void> {
  const kb = await openKb(globals(cmd));
  if (!kb) return;
  process.exitCode = EXIT.found;
  if (opts.json) return outJson({ ...kb.document, citation: citation(kb), sections: kb.sections.length, sentences: kb.sentences.length, facts: kb.facts.length });
  out(formatInfo(kb, widthFor(), await styleFor(globals(cmd))));
}
