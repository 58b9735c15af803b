/** An organization a sentence names ("Bank of Japan", "the Biden Administration", "U.S. Marine Corps"). */
export interface RawOrganization {
  readonly name: string;
}

// The last word of an organization's name.
const ORG_HEAD = new Set(
  ('Administration Administrations Agency Army Assembly Association Authority Bank Board Bureau Cabinet Command Commission ' +
    'Committee Company Congress Consortium Corporation Corps Council Court Department Diet Dialogue Force Forces Foundation Fund ' +
    'Government Group Guard Headquarters House Inc. Institute League Ministry Navy Office Organization Parliament Party Reserve ' +
    'Senate Service Staff Union University').split(' '),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the']);
// Sentence-opening and other capitalized words that are not part of a name.
const NOT_NAME = /^(?:The|A|An|In|On|At|By|For|Since|After|Before|During|Under|Both|Some|Several|Other|Many|Most|According|However|Also|Further|Its|Their|His|Her|This|That|These|Those|As|If|Are|Is|When|While|Members|Although|Because|Unlike|Like)$/;
// Words that end the name of a document or a law, not of an organization.
const DOCUMENT = /^(?:Act|Acts|Agreement|Report|Order|Program|Treaty|Accord|Convention|Code|Law|Rule|Statement|Strategy|Plan|Initiative)$/;
// A single word that names an organization by itself.
const SINGLE = /^(?:Congress|Diet|Senate|Parliament)$/;

/**
 * The organizations a sentence names: capitalized names that end in an organization noun
 * ("Bank of Japan", "U.S. Marine Corps"), and not inside a longer name ("Peterson Space Force
 * Base", "Gold Reserve Act").
 */
export function extractOrganizations(sentence: string): RawOrganization[] {
  const words = [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu)].map((m) => ({ text: m[0].replace(/[’']s$/, ''), start: m.index, end: m.index + m[0].length }));
  const joined = (a: number, b: number) => /^\s+$/.test(sentence.slice(words[a]!.end, words[b]!.start));
  const out: RawOrganization[] = [];
  const push = (n: string) => {
    if ((n.split(/\s+/).length >= 2 || SINGLE.test(n)) && !out.some((o) => o.name === n)) out.push({ name: n });
  };
  // "the Trump and Abe Administrations": each leader's administration.
  for (const m of sentence.matchAll(/\b([\p{Lu}][\p{L}]+) and ([\p{Lu}][\p{L}]+) Administrations\b/gu)) for (const p of [m[1], m[2]]) push(`${p} Administration`);
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.text === 'Administrations') continue;
    const head = words[i]!.text.replace(/\.$/, (d) => (words[i]!.text === 'Inc.' ? d : ''));
    if (!ORG_HEAD.has(head)) continue;
    // A capitalized word right after the head: the head is inside a longer name.
    if (words[i + 1] && joined(i, i + 1) && /^\p{Lu}/u.test(words[i + 1]!.text) && !/[’']s$/.test(sentence.slice(words[i]!.start, words[i]!.end))) continue;
    let s = i;
    while (s > 0 && joined(s - 1, s)) {
      const w = words[s - 1]!.text;
      if (/^\p{Lu}/u.test(w) && !NOT_NAME.test(w) && !/[’']s$/.test(sentence.slice(words[s - 1]!.start, words[s - 1]!.end))) s--;
      else if (
        CONNECTORS.has(w) && s - 2 >= 0 && /^\p{Lu}/u.test(words[s - 2]!.text) && !NOT_NAME.test(words[s - 2]!.text) && joined(s - 2, s - 1) &&
        // "National Oceanic and Atmospheric Administration", but not "Cyprus Minerals and Lockheed Martin Corporation".
        (w !== 'and' || !(s - 3 >= 0 && /^\p{Lu}/u.test(words[s - 3]!.text) && joined(s - 3, s - 2)) || /(?:al|ic|ing|ive|ary|ern)$/.test(words[s - 2]!.text))
      )
        s -= 2;
      else break;
    }
    while (s < i && CONNECTORS.has(words[s]!.text)) s++;
    // "Bank of Japan", "Department of the Air Force": the name goes on after "of".
    let e = i;
    if (words[e + 1]?.text === 'of' && joined(e, e + 1)) {
      let k = e + 2;
      if (words[k]?.text === 'the' && joined(k - 1, k)) k++;
      while (words[k] && /^\p{Lu}/u.test(words[k]!.text) && joined(k - 1, k)) {
        k++;
        if (/[’']s$/.test(sentence.slice(words[k - 1]!.start, words[k - 1]!.end))) break;
      }
      const last = words[k - 1]!;
      // "the Department of Defense Appropriations Act": the organization is inside a law's name.
      if (DOCUMENT.test(last.text)) continue;
      if (k - 1 > e + 1 && /^\p{Lu}/u.test(last.text) && !/[’']s$/.test(sentence.slice(last.start, last.end))) e = k - 1;
    }
    if (DOCUMENT.test(words[e + 1]?.text ?? '')) continue;
    const name = sentence.slice(words[s]!.start, words[e]!.end).replace(/[’']s$/, '').replace(/\.$/, (d) => (/Inc\.$/.test(words[e]!.text) ? d : ''));
    if (!/\d/.test(name)) push(name);
  }
  return out;
}
