// Synonyms and acronyms from knowledge/terms.yaml: each phrase of a group becomes one concept
// token, longest phrase first, so "child sexual abuse material" and "CSAM" are the same term.
import type { TermGroup } from '../types';

export interface PhraseMatcher {
  /** Phrases by their first word, longest first. */
  byFirst: Map<string, { words: string[]; concept: string }[]>;
}

/** Builds the matcher; `toWords` must be the same word pipeline questions go through. */
export function createPhraseMatcher(
  groups: readonly TermGroup[],
  toWords: (text: string) => string[],
): PhraseMatcher {
  const byFirst = new Map<string, { words: string[]; concept: string }[]>();
  for (const group of groups) {
    const concept = toWords(group[0] ?? '').join('_');
    if (concept === '') continue;
    for (const term of group) {
      const words = toWords(term);
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ words, concept });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

export interface MatchedWord {
  /** The concept token, or the word itself when no phrase matched. */
  term: string;
  /** Index of the first word it came from. */
  start: number;
  /** How many words it consumed. */
  length: number;
  isConcept: boolean;
}

/** Replaces every phrase of a group found in the words by its concept token. */
export function matchPhrases(matcher: PhraseMatcher, words: readonly string[]): MatchedWord[] {
  const out: MatchedWord[] = [];
  let i = 0;
  while (i < words.length) {
    const candidates = matcher.byFirst.get(words[i] ?? '') ?? [];
    const hit = candidates.find((c) => c.words.every((w, k) => words[i + k] === w));
    if (hit) {
      out.push({ term: hit.concept, start: i, length: hit.words.length, isConcept: true });
      i += hit.words.length;
    } else {
      out.push({ term: words[i] ?? '', start: i, length: 1, isConcept: false });
      i += 1;
    }
  }
  return out;
}
