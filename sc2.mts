import { tagSentence, isFiniteVerb } from './src/ingest/extract/tagged.js';
const s = "In 2021, Japan was the fifth-largest U.S. trading partner for exports ($112.2 billion) and imports ($167.8 billion), and fourth-largest overall trading partner.";
const ts = tagSentence(s);
ts.forEach((t,i)=>{ if (isFiniteVerb(ts,i)) console.log('VERB', JSON.stringify(s.slice(t.start,t.end)), [...t.tags].join(',')); });
