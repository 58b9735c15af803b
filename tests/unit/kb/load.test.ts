import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKb } from '../../../src/kb/load.js';
import { tempDir } from '../../support/temp.js';

const dir = tempDir('load');

describe('loadKb and hostile keys', () => {
  afterEach(() => {
    // Leave no pollution behind for the other tests, whatever happened.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([true, false])('a __proto__ key does not reach Object.prototype (trusted: %s)', async (trusted) => {
    const file = join(dir, `proto-${trusted}.json`);
    writeFileSync(file, '{"__proto__": {"polluted": true}, "schemaVersion": 2, "constructor": {"prototype": {"polluted": true}}}');
    await loadKb(file, trusted);
    // Checked in this process, where loadKb ran: a merge or assignment of the parsed keys would show here.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
