import { describe, expect, it } from 'vitest';
import { complete, completionLines, type CompletionSources } from '../../../src/cli/completion/complete.js';
import { program } from '../../../src/cli/program.js';
import { tinyKb } from '../../support/tiny-kb.js';

const root = program({ outcome: () => {}, writeOut: () => {}, writeErr: () => {} });
const kb = tinyKb();
const sources: CompletionSources = {
  sections: async () => kb.sections.map((s) => ({ value: s.id, description: s.title })),
  sentences: async () => kb.sentences.map((s) => ({ value: s.id, description: s.text })),
};

async function values(...words: string[]): Promise<string[] | 'files'> {
  const c = await complete(root, words, sources);
  return c.files ? 'files' : c.candidates.map((x) => x.value);
}

describe('__complete', () => {
  it.each<[string[], string[] | 'files']>([
    [[''], ['search', 'ask', 'show', 'section', 'sections', 'facts', 'info', 'timeline', 'define', 'glossary', 'cite', 'ingest', 'use', 'completion', 'help']],
    [['se'], ['search', 'section', 'sections']],
    [['--'], ['--kb', '--no-color', '--version', '--help']],
    [['search', 'x', '--f'], ['--format']],
    [['search', 'x', '--format', ''], ['table', 'tsv', 'csv', 'md', 'json', 'ndjson']],
    [['info', '--format', ''], ['text', 'json']],
    [['search', 'x', '--format', 'n'], ['ndjson']],
    [['search', 'x', '--format=c'], ['--format=csv']],
    [['search', 'x', '--format', '=', 'c'], ['csv']],
    [['search', 'x', '--format', '='], ['=table', '=tsv', '=csv', '=md', '=json', '=ndjson']],
    [['search', 'x', '--section', 'b'], ['beta-other-matters']],
    [['facts', '--section', ''], ['alpha-topics', 'beta-other-matters']],
    [['section', ''], ['alpha-topics', 'beta-other-matters']],
    [['section', 'alpha-topics', ''], []],
    [['show', 'beta'], ['beta-other-matters-1', 'beta-other-matters-2']],
    [['completion', ''], ['bash', 'zsh', 'fish']],
    [['help', 'sh'], ['show']],
    [['--kb', ''], 'files'],
    [['--kb', 'x.json', 'section', 'al'], ['alpha-topics']],
    [['search', ''], []],
    [['search', '--limit', '3', '--'], ['--limit', '--context', '--section', '--format', '--json', '--kb', '--no-color', '--version', '--help']],
  ])('%j → %j', async (words, expected) => expect(await values(...words)).toEqual(expected));

  it('sees commands added to the tree later, with no change to completion', async () => {
    const grown = program({ outcome: () => {}, writeOut: () => {}, writeErr: () => {} });
    grown.command('chronicle').description('dated events').listing().completes('--section', 'section');
    const c = await complete(grown, ['chronicle', '--format', 'md'], sources);
    expect(c).toEqual({ files: false, candidates: [{ value: 'md', description: '' }] });
    const commands = await complete(grown, ['chr'], sources);
    expect(commands.files ? [] : commands.candidates.map((x) => x.value)).toEqual(['chronicle']);
  });

  it('prints value<TAB>description lines, or :files', () => {
    expect(completionLines({ files: true })).toBe(':files');
    expect(completionLines({ files: false, candidates: [{ value: 'a', description: 'line\none' }] })).toBe('a\tline one');
  });
});
