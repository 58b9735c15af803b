import { readFileSync, statSync } from 'node:fs';
import { serializeKb } from '../kb/serialize.js';
import { validateKb } from '../kb/schema.js';
import { buildKb, type BuildInputs } from './build-kb.js';
import { defaultBuildInputs } from './models/load-models.js';

/** The serialized knowledge base built from a brief's text file, or why it cannot be built. */
export function buildFromFile(sourcePath: string, inputs: BuildInputs = defaultBuildInputs()): { ok: true; text: string } | { ok: false; reason: string } {
  let source: string;
  try {
    if (statSync(sourcePath).isDirectory()) throw new Error('is a directory');
    source = readFileSync(sourcePath, 'utf8');
  } catch (e) {
    return { ok: false, reason: `cannot read ${sourcePath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (source.trim() === '') return { ok: false, reason: `${sourcePath} is empty` };
  return buildFromText(source, inputs);
}

/** The serialized, validated knowledge base built from a brief's text, or why it cannot be built. */
export function buildFromText(source: string, inputs: BuildInputs): { ok: true; text: string } | { ok: false; reason: string } {
  const built = buildKb(source, inputs);
  if (!built.ok) return built;
  const text = serializeKb(built.kb);
  const checked = validateKb(JSON.parse(text));
  if (!checked.ok) return { ok: false, reason: `the built knowledge base fails validation: ${checked.error}` };
  return { ok: true, text };
}
