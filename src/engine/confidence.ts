// How sure the engine is of its best entry: its score, raised by how far it stands above the
// runner-up. A high score shared with a close runner-up is weaker evidence than a slightly lower
// score that no other entry comes near. On leave-one-phrasing-out questions this cut wrong answers
// from 13.6% to 8.1% of those given and raised abstention on questions of removed entries from
// 83% to 87%, for the same share of right answers (tests/bench/tune.ts).
//
// The classifier's probability for the best entry (entry-classifier.ts) is blended in: it tells a
// right best entry from a wrong one far better than the scores do (on the dev split, among best
// entries with a confidence of 0.55 to 0.8, it ranks a right one above a wrong one 90 times in 100
// against 71 for the confidence alone), and it helps a little against questions nothing answers.

export interface ConfidenceSettings {
  /** How much the lead over the runner-up counts, against 1 for the score itself. */
  separationWeight: number;
  /** A lead beyond this adds nothing more. */
  separationCap: number;
  /** The classifier's share of the confidence (0 leaves it out). */
  agreementWeight: number;
}

/**
 * The confidence in 0..1 of a best score, given the runner-up's score (0 when there is none) and
 * the classifier's probability that the best entry is the one asked for.
 */
export function confidenceOf(
  best: number,
  runnerUp: number,
  agreement: number,
  settings: ConfidenceSettings,
): number {
  const { separationWeight, separationCap, agreementWeight } = settings;
  const lead = Math.min(Math.max(0, best - runnerUp), separationCap);
  const separated = (best + separationWeight * lead) / (1 + separationWeight * separationCap);
  const clamped = Math.max(0, Math.min(1, separated));
  return (1 - agreementWeight) * clamped + agreementWeight * Math.max(0, Math.min(1, agreement));
}
