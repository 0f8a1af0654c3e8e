// How alike two questions are by their content words: normalised, stemmed, function words dropped.
import { stem } from '../engine/stem';
import { HARD_STOPWORDS, SOFT_STOPWORDS } from '../engine/stopwords';
import { normalizeText, tokenize } from '../engine/text';

/**
 * The stemmed content words of a text. A text made only of function words ("who are you")
 * keeps them all, so it is not mistaken for every other such text.
 * @example contentTokens('What are the aims?') // Set { 'aim' }
 */
export function contentTokens(text: string): Set<string> {
  const words = tokenize(normalizeText(text));
  const content = words.filter((word) => !HARD_STOPWORDS.has(word) && !SOFT_STOPWORDS.has(word));
  return new Set((content.length > 0 ? content : words).map(stem));
}

/** Shared words over all words, 0..1; two empty sets are the same (1). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}
