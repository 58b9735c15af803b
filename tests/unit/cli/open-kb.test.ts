// Which knowledge base answers, decided in open-kb.ts, and the cheap identity --version and
// info use; the store folder's place.

import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKbIdentity } from '../../../src/kb/identity.js';
import { storeDir } from '../../../src/cli/kb-store.js';
import { activeKb, activeKbIdentity, defaultKbPath, loadChoice } from '../../../src/cli/open-kb.js';
import { tempDir } from '../../support/temp.js';

const record = { file: 'IF12610-v6.json', sha256: 'ab', reportId: 'IF12610', title: 'Defense Primer: U.S. Space Force', version: 6, updated: '2026-04-17' };

function storeWithRecord(): string {
  const xdg = tempDir('xdg');
  mkdirSync(join(xdg, 'usjapan'));
  writeFileSync(join(xdg, 'usjapan', 'default.json'), JSON.stringify(record));
  return xdg;
}

describe('activeKb', () => {
  it('orders --kb, USJAPAN_KB, the default, the bundled file', () => {
    const xdg = storeWithRecord();
    const env = { XDG_DATA_HOME: xdg, USJAPAN_KB: '/from/env.json' };
    expect(activeKb({ kb: '/from/option.json' }, env)).toEqual({ path: '/from/option.json', from: 'option', trusted: false });
    expect(activeKb({}, env)).toEqual({ path: '/from/env.json', from: 'environment', trusted: false });
    expect(activeKb({}, { XDG_DATA_HOME: xdg, USJAPAN_KB: '' })).toEqual({ path: join(xdg, 'usjapan', 'IF12610-v6.json'), from: 'default', trusted: false, record });
    expect(activeKb({}, { XDG_DATA_HOME: tempDir('xdg') })).toEqual({ path: defaultKbPath(), from: 'bundled', trusted: true });
  });

  it('refuses a corrupt record instead of falling back to the bundled brief', async () => {
    const xdg = storeWithRecord();
    writeFileSync(join(xdg, 'usjapan', 'default.json'), JSON.stringify({ ...record, file: '../../etc/passwd' }));
    const got = activeKb({}, { XDG_DATA_HOME: xdg });
    expect(got).toMatchObject({ from: 'default', problem: expect.stringMatching(/default\.json is corrupt$/) });
    const loaded = await loadChoice(got);
    expect(!loaded.ok && loaded.outcome.messages?.[0]).toMatch(/default\.json is corrupt; run usjapan use --bundled/);
  });
});

describe('activeKbIdentity', () => {
  it('names the default from its record, without opening the file', () => {
    expect(activeKbIdentity({}, { XDG_DATA_HOME: storeWithRecord() }).identity).toMatchObject({ reportId: 'IF12610', version: 6, updated: '2026-04-17' });
  });

  it('reads any other file’s identity from its start', () => {
    expect(activeKbIdentity({}, { XDG_DATA_HOME: tempDir('xdg') }).identity).toEqual({ reportId: 'IF10199', title: 'U.S.-Japan Relations', version: 19, updated: '2022-03-30' });
    const odd = join(tempDir('kb'), 'kb.json');
    writeFileSync(odd, JSON.stringify({ schemaVersion: 2, document: { reportId: 'IF1', title: 'A "quoted" {brace} title', version: 2, updated: '2020-01-01', authors: [{ name: 'x', role: '}' }] }, sections: [] }));
    expect(readKbIdentity(odd)).toEqual({ reportId: 'IF1', title: 'A "quoted" {brace} title', version: 2, updated: '2020-01-01' });
    expect(activeKbIdentity({ kb: '/no/such/file.json' }, {}).identity).toBeNull();
  });
});

describe('storeDir', () => {
  it('is $XDG_DATA_HOME/usjapan, or ~/.local/share/usjapan when XDG_DATA_HOME is unset or relative', () => {
    expect(storeDir({ XDG_DATA_HOME: '/data' })).toBe('/data/usjapan');
    expect(storeDir({})).toBe(join(homedir(), '.local', 'share', 'usjapan'));
    expect(storeDir({ XDG_DATA_HOME: 'relative/dir' })).toBe(join(homedir(), '.local', 'share', 'usjapan'));
  });
});
