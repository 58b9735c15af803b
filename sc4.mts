import { readFileSync } from 'node:fs';
import { summarize, opensWithReference } from './src/query/summarize.js';
import { sectionSentences, sectionFacts } from './src/query/sections.js';
import { truthKb, DEV_BRIEFS } from './tests/support/truth-kb.js';
const kbs = [JSON.parse(readFileSync('data/kb.json','utf8')), ...(process.argv[2] ? DEV_BRIEFS.map(truthKb) : [])];
for (const kb of kbs) for (const sec of kb.sections) {
  const ss = sectionSentences(kb, sec);
  const sum = summarize(ss, { facts: sectionFacts(kb, sec), entities: kb.entities });
  console.log(`\n## ${kb.document.reportId} ${sec.title} (${sum.length}/${ss.length})`);
  for (const s of ss) console.log(sum.includes(s) ? ' *' : '  ', opensWithReference(s.text, ss[ss.indexOf(s)-1]?.text ?? '') ? 'R' : ' ', s.id, s.text.slice(0, 110));
}
