// Scores (log-likelihoods, or a linear model's sums) turned into probabilities that sum to 1:
// shared by the phrasing fit's posterior and the entry classifier.

/** exp(score) of each, normalised; the best score is subtracted first, so nothing overflows. */
export function softmax(scores: readonly number[]): number[] {
  const best = Math.max(...scores);
  const weights = scores.map((score) => Math.exp(score - best));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => weight / sum);
}
