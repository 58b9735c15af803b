/**
 * npx tsx tests/support/explain.ts <brief id> "<query>" — for tuning on the dev sets: the groups
 * and forms a query becomes on a brief (IF10199 or one of tests/fixtures/briefs) and its top hits.
 */
import { readFileSync } from 'node:fs';
import { openRelations, relationsFromText } from '../../src/kb/relations.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { queryGroups } from '../../src/query/search/expand.js';
import { analyzeQuery } from '../../src/query/search/intent.js';
import { searchAll } from '../../src/query/search/rank.js';
import { truthKbWithRelations } from './truth-kb.js';

const [id, query] = process.argv.slice(2) as [string, string];
let kb: KnowledgeBase;
let relations;
if (id === 'IF10199') {
  kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
  relations = openRelations('data/kb.relations.json', kb);
} else {
  const t = truthKbWithRelations(id);
  kb = t.kb;
  relations = relationsFromText(t.relationsText, kb)!;
}
const intent = analyzeQuery(query);
console.log(`type ${intent.type} focus ${intent.focus.join(' ')} content ${intent.content.join(' ')}`);
for (const g of queryGroups(kb, intent, relations)) console.log(`  ${g.text} (${g.importance.toFixed(2)}): ${g.forms.map((f) => `${f.term}/${f.how[0]}${f.weight.toFixed(2)}`).join(' ')}`);
for (const h of searchAll(kb, query, { relations, limit: Number(process.env.N ?? 5) }).hits) console.log(`${h.score.toFixed(3)} ${h.sentence.id}: ${h.sentence.text.slice(0, 110)}`);
