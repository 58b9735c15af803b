import Fuse from 'fuse.js';
import { cite } from '../../format/citation/index.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { safe } from '../../format/safe.js';
import { wrap } from '../../format/wrap.js';
import { citationData, type CitationStyle } from '../../query/citation.js';
import { chosenFormat } from '../formats.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { proseWidth, stdoutIsTerminal } from '../terminal.js';

/** usjapan cite [sentence-id] [--style crs|apa|mla|chicago|bibtex] [--format text|json] */
export async function citeCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'cite');
  if (!format.ok) return format.outcome;
  const json = format.value === 'json';
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const id = words[0]?.trim();
  const style = (typeof opts.style === 'string' ? opts.style : 'crs') as CitationStyle;
  const data = citationData(kb.value, id || undefined);
  if (!data) {
    const near = new Fuse(kb.value.sentences.map((s) => s.id), { threshold: 0.4 }).search(id ?? '').slice(0, 3).map((h) => h.item);
    return nothing(json ? 'null' : '', [`no sentence "${safe(id ?? '')}"${near.length ? `; closest: ${near.join(', ')}` : ''}  (try: usjapan search <words> --json, for ids)`]);
  }
  const c = cite(data, style);
  if (json) return found(toJson({ style, text: c.text, inText: c.inText, sentenceId: data.sentenceId, page: data.page }));
  const lines = [c.text, c.inText].filter((l): l is string => Boolean(l)).flatMap((l) => l.split('\n'));
  // Wrapped on a terminal; in a pipe each citation stays on one line, ready to paste.
  const width = proseWidth();
  return found(safe(stdoutIsTerminal() ? lines.flatMap((l) => wrap(l, width, /^ {2}\S/.test(l) ? '    ' : '').map((w, i) => (i === 0 && /^ {2}\S/.test(l) ? `  ${w.trimStart()}` : w))).join('\n') : lines.join('\n')));
}
