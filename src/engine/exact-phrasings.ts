// Questions made only of function words and question words ("who are you", "what can you do", "thx") carry no term
// the index can weigh, so ranking can never answer them. For those, and only those, a phrasing
// written word for word in the knowledge base answers. Any question with a content word still
// goes through ranking, so `check` keeps testing that phrasings generalise.
import type { Entry } from '../types';
import type { Analysis } from './analyzer';
import { isWhWord, WORD_VARIANTS } from './stopwords';
import { normalizeText, tokenize } from './text';

export interface ExactPhrasing {
  entry: number;
  phrasing: number;
}

/** The words of normalised text as compared here: short forms read as their word. */
function exactKey(normalized: string): string {
  return tokenize(normalized)
    .map((word) => WORD_VARIANTS.get(word) ?? word)
    .join(' ');
}

/** Every phrasing by its key; a key two entries share belongs to neither. */
export function indexExactPhrasings(entries: readonly Entry[]): Map<string, ExactPhrasing> {
  const found = new Map<string, ExactPhrasing | null>();
  entries.forEach((entry, e) => {
    entry.questions.forEach((question, phrasing) => {
      const key = exactKey(normalizeText(question));
      const seen = found.get(key);
      if (key === '' || seen === null) return;
      if (seen === undefined) found.set(key, { entry: e, phrasing });
      else if (seen.entry !== e) found.set(key, null);
    });
  });
  return new Map(
    [...found].flatMap(([key, hit]) => (hit ? [[key, hit] as [string, ExactPhrasing]] : [])),
  );
}

/** The phrasing a function-word-only question repeats, if any. */
export function findExactPhrasing(
  exact: ReadonlyMap<string, ExactPhrasing>,
  analysis: Analysis,
): ExactPhrasing | undefined {
  if (analysis.terms.some((term) => term.weight >= 1 && !isWhWord(term.term))) return undefined;
  return exact.get(exactKey(analysis.normalized));
}
