import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How well two tokens follow each other in general English, learned from the Brown corpus
 * (a million tagged words of edited American prose). It judges the seam between two lines: "of
 * responses" and "governments distrust" read as English, "governments responses" does not.
 * Word pairs the corpus has seen count directly; unseen pairs back off to the part-of-speech
 * classes of the two words, so names and rare words still get a fair estimate.
 */
export interface SeamModel {
  /**
   * How much the end of one line (its last two tokens) raises the probability of the next
   * line's first two tokens, in log units: log P(n1 n2 | p1 p2) − log P(n1 n2).
   */
  affinity(prev: readonly string[], next: readonly string[]): number;
}

const HAPAX_CLASSES = ['<cap>', '<num>', '<low>'] as const;

/** Brown's tags carry suffixes for titles, headlines and foreign words; the base tag is enough. */
function baseTag(tag: string): string {
  return tag.replace(/[-+].*$/, '').replace(/\*$/, '') || tag;
}

/** Reduces a line-edge token to the corpus's form: lower case, quotes as Brown writes them. */
export function seamToken(raw: string): string {
  // Numbers are one word to the model: "in 1967" and "in 1847" are the same evidence.
  if (/^[$]?\p{N}/u.test(raw)) return '<num>';
  if (raw === '“' || raw === '"') return '``';
  if (raw === '”') return "''";
  return raw.toLowerCase().replace(/’/g, "'");
}

function shapeClass(word: string): (typeof HAPAX_CLASSES)[number] {
  if (/^\p{N}/u.test(word)) return '<num>';
  return /^\p{Lu}/u.test(word) ? '<cap>' : '<low>';
}

/** Reads the corpus files (word/tag tokens, sentences on separate lines) from a directory. */
export function learnSeamModel(corpusDir: string): SeamModel {
  const files = readdirSync(corpusDir).filter((f) => /^c[a-r]\d\d$/.test(f));
  if (files.length === 0) throw new Error(`no Brown corpus files in ${corpusDir}`);
  const uni = new Map<string, number>();
  const bi = new Map<string, number>();
  const tri = new Map<string, number>();
  const wordTag = new Map<string, Map<string, number>>();
  const tagUni = new Map<string, number>();
  const tagBi = new Map<string, number>();
  const rawForms = new Map<string, string>();
  let tokens = 0;
  const inc = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

  for (const f of files.sort()) {
    for (const sentence of readFileSync(join(corpusDir, f), 'utf8').split(/\n\s*\n/)) {
      let prevW: string | null = null;
      let prev2: string | null = null;
      let prevT: string | null = null;
      for (const tok of sentence.trim().split(/\s+/)) {
        const slash = tok.lastIndexOf('/');
        if (slash <= 0) continue;
        const raw = tok.slice(0, slash);
        const w = seamToken(raw);
        const t = baseTag(tok.slice(slash + 1));
        tokens++;
        inc(uni, w);
        if (!rawForms.has(w)) rawForms.set(w, raw);
        let tags = wordTag.get(w);
        if (!tags) wordTag.set(w, (tags = new Map()));
        inc(tags, t);
        inc(tagUni, t);
        if (prevW !== null) inc(bi, `${prevW} ${w}`);
        if (prev2 !== null) inc(tri, `${prev2} ${prevW} ${w}`);
        if (prevT !== null) inc(tagBi, `${prevT} ${t}`);
        prev2 = prevW;
        prevW = w;
        prevT = t;
      }
    }
  }

  // Words seen once stand for the unknown words of their shape.
  const classTags = new Map<string, Map<string, number>>(HAPAX_CLASSES.map((c) => [c, new Map()]));
  for (const [w, n] of uni) {
    if (n !== 1) continue;
    const into = classTags.get(shapeClass(rawForms.get(w) ?? w))!;
    for (const [t, k] of wordTag.get(w)!) inc(into, t, k);
  }
  const tagsOf = (w: string, raw: string): Map<string, number> =>
    (uni.get(w) ?? 0) >= 2 ? wordTag.get(w)! : classTags.get(shapeClass(raw))!;
  const dist = (m: Map<string, number>) => {
    let total = 0;
    for (const n of m.values()) total += n;
    return [...m].map(([t, n]) => [t, n / total] as const);
  };
  const tagCount = tagUni.size;
  // Witten-Bell: a history followed by many different words leaves more room for unseen ones.
  const followers = new Map<string, number>();
  for (const k of bi.keys()) inc(followers, k.slice(0, k.indexOf(' ')));
  const followers2 = new Map<string, number>();
  for (const k of tri.keys()) inc(followers2, k.slice(0, k.lastIndexOf(' ')));

  const classRatio = (p: string, pRaw: string, n: string, nRaw: string): number => {
    // Sum over tags of P(t1|prev) P(t2|t1) P(t2|next) / P(t2).
    let ratio = 0;
    for (const [t1, p1] of dist(tagsOf(p, pRaw))) {
      const c1 = tagUni.get(t1) ?? 0;
      for (const [t2, p2] of dist(tagsOf(n, nRaw))) {
        const pt2 = (tagUni.get(t2) ?? 0) / tokens;
        if (pt2 === 0) continue;
        const trans = ((tagBi.get(`${t1} ${t2}`) ?? 0) + 0.1) / (c1 + 0.1 * tagCount);
        ratio += (p1 * trans * p2) / pt2;
      }
    }
    return ratio;
  };
  const unigram = (w: string) => ((uni.get(w) ?? 0) + 0.5) / tokens;
  const bigram = (pRaw: string, nRaw: string): number => {
    const p = seamToken(pRaw);
    const n = seamToken(nRaw);
    const cPrev = uni.get(p) ?? 0;
    const lambda = cPrev === 0 ? 0 : cPrev / (cPrev + (followers.get(p) ?? 0));
    const ml = cPrev === 0 ? 0 : (bi.get(`${p} ${n}`) ?? 0) / cPrev;
    return lambda * ml + (1 - lambda) * unigram(n) * classRatio(p, pRaw, n, nRaw);
  };
  const trigram = (p2Raw: string, p1Raw: string, nRaw: string): number => {
    const h = `${seamToken(p2Raw)} ${seamToken(p1Raw)}`;
    const cH = bi.get(h) ?? 0;
    const lower = bigram(p1Raw, nRaw);
    if (cH === 0) return lower;
    const lambda = cH / (cH + (followers2.get(h) ?? 0));
    return lambda * ((tri.get(`${h} ${seamToken(nRaw)}`) ?? 0) / cH) + (1 - lambda) * lower;
  };

  return {
    affinity(prev, next) {
      const [n1, n2] = next;
      const p1 = prev.at(-1);
      if (n1 === undefined || p1 === undefined) return 0;
      const p2 = prev.at(-2);
      let withContext = Math.log(p2 === undefined ? bigram(p1, n1) : trigram(p2, p1, n1));
      let alone = Math.log(unigram(seamToken(n1)));
      if (n2 !== undefined) {
        withContext += Math.log(trigram(p1, n1, n2));
        alone += Math.log(bigram(n1, n2));
      }
      return withContext - alone;
    },
  };
}
