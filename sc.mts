import { readFileSync } from 'node:fs';
import { extractRecords } from './src/ingest/extract/records.js';
const kb = JSON.parse(readFileSync('data/kb.json','utf8'));
const r = extractRecords(kb);
for (const f of r.facts) console.log(f.id.padEnd(36), f.display.padEnd(18), String(f.value).padEnd(12), f.unit.padEnd(8), f.measure.padEnd(8), String(f.period).padEnd(8), String(f.asOf).padEnd(8), String(f.qualifier).padEnd(8), '|', f.label, f.alsoIn.length? JSON.stringify(f.alsoIn):'');
