/** One labeled question of an ask evaluation file. */
export interface LabeledQuestion {
  readonly kind: string;
  readonly question: string;
  /** Acceptable answer spans; null for a question the brief does not answer. */
  readonly accept?: readonly string[] | null;
  /** For answers from the document's metadata: strings the answer must all contain. */
  readonly contains?: readonly string[];
  readonly evidence: readonly string[];
}

/** What an answerer gave for a question: the answer (null = refused), confidence, evidence ids. */
export interface GivenAnswer {
  readonly answer: string | null;
  readonly confidence: number;
  readonly evidence: readonly string[];
}

/** Lower case, punctuation and space runs collapsed, curly quotes straightened: how answers are compared. */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}$%']+/gu, ' ')
    .trim();
}

/** Whether a given answer is right: the right span and evidence, or a refusal when the brief does not say. */
export function gradeAnswer(q: LabeledQuestion, given: GivenAnswer): boolean {
  if (q.accept === null || (q.accept === undefined && q.contains === undefined)) return given.answer === null;
  if (given.answer === null) return false;
  const a = normalizeAnswer(given.answer);
  const spanOk = (q.accept ?? []).some((x) => normalizeAnswer(x) === a) || (q.contains !== undefined && q.contains.every((c) => a.includes(normalizeAnswer(c))));
  if (!spanOk) return false;
  return q.evidence.length === 0 || q.evidence.includes(given.evidence[0] ?? '');
}

/** Scores per kind and the calibration table (share right among answers, by confidence bins of 0.2). */
export function scoreAnswers(items: readonly { q: LabeledQuestion; given: GivenAnswer }[]) {
  const kinds = [...new Set(items.map((i) => i.q.kind)), 'answerable', 'all'];
  const perKind = kinds.map((kind) => {
    const rows = items.filter((i) => kind === 'all' || (kind === 'answerable' ? i.q.kind !== 'unanswerable' : i.q.kind === kind));
    const right = rows.filter((i) => gradeAnswer(i.q, i.given)).length;
    const evidenceRight = rows.filter((i) => i.q.evidence.length > 0 && i.q.evidence.includes(i.given.evidence[0] ?? '')).length;
    return { kind, n: rows.length, right, share: rows.length ? right / rows.length : 0, evidenceRight };
  });
  const bins = [0, 0.2, 0.4, 0.6, 0.8].map((lo) => {
    const rows = items.filter((i) => i.given.answer !== null && i.given.confidence >= lo && (i.given.confidence < lo + 0.2 || (lo === 0.8 && i.given.confidence <= 1)));
    const right = rows.filter((i) => gradeAnswer(i.q, i.given)).length;
    return { from: lo, to: lo + 0.2, n: rows.length, right, share: rows.length ? right / rows.length : null };
  });
  return { perKind, bins };
}
