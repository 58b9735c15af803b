import { readFileSync, statSync } from 'node:fs';
import { safe } from '../format/safe.js';
import { hang } from '../format/wrap.js';
import { MAX_KB_BYTES } from '../kb/load.js';
import { activeKb } from './open-kb.js';
import type { GlobalOptions } from './options.js';

/**
 * The numbered sections of the knowledge base that would answer, for `section --help`. Help is
 * written synchronously, so the file is read here directly and only its titles are taken, each
 * checked: a bad file gives a line saying so, not an error.
 */
export function sectionIndex(globals: GlobalOptions, width: number): string[] {
  const { path } = activeKb(globals);
  let kb: { document?: { reportId?: unknown; version?: unknown }; sections?: unknown };
  try {
    if (statSync(path).size > MAX_KB_BYTES) throw new Error('too large');
    kb = JSON.parse(readFileSync(path, 'utf8')) as typeof kb;
  } catch {
    return hang(`Sections: the knowledge base ${path} cannot be read.`, width, '', '  ');
  }
  const sections = Array.isArray(kb.sections) ? (kb.sections as { id?: unknown; title?: unknown }[]) : [];
  const named = sections.filter((s) => typeof s?.id === 'string' && typeof s.title === 'string') as { id: string; title: string }[];
  const d = kb.document ?? {};
  const brief = typeof d.reportId === 'string' ? ` of ${safe(d.reportId)}${typeof d.version === 'number' ? ` v${d.version}` : ''}` : '';
  return [
    ...hang(`Sections${brief} (a number, a name or an id):`, width, '', '  '),
    ...named.flatMap((s, i) => hang(`${safe(s.title)} · ${safe(s.id)}`, width, `${String(i + 1).padStart(4)}  `, '      ')),
  ];
}
