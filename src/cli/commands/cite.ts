import Fuse from 'fuse.js';
import { cite } from '../../format/citation/index.js';
import { toJson } from '../../format/json.js';
import { safe } from '../../format/safe.js';
import { citationData, type CitationStyle } from '../../query/citation.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';

/** usjapan cite [sentence-id] [--style crs|apa|mla|chicago|bibtex] */
export async function citeCommand(words: string[] | string | undefined, opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  // commander passes an optional single argument as a string, or nothing.
  const id = (Array.isArray(words) ? words[0] : words)?.trim();
  const style = (typeof opts.style === 'string' ? opts.style : 'crs') as CitationStyle;
  const data = citationData(kb.value, id || undefined);
  if (!data) {
    const near = new Fuse(kb.value.sentences.map((s) => s.id), { threshold: 0.4 }).search(id ?? '').slice(0, 3).map((h) => h.item);
    return nothing(opts.json ? 'null' : '', [`no sentence "${safe(id ?? '')}"${near.length ? `; closest: ${near.join(', ')}` : ''}`]);
  }
  const c = cite(data, style);
  if (opts.json) return found(toJson({ style, text: c.text, inText: c.inText, sentenceId: data.sentenceId, page: data.page }));
  return found(safe([c.text, c.inText].filter(Boolean).join('\n')));
}
