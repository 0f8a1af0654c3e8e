// Phrases indexed by their first word, matched as whole word sequences: the safety rules, the
// initiative's names and the words that frame a question are all read this way.
import { stem } from './stem';
import { normalizeText, tokenize } from './text';

/** A phrase as matched (its words, stemmed for situations and context) and as written. */
export interface Phrase {
  id: number;
  words: readonly string[];
  text: string;
}

/**
 * Every phrase of one kind of matching (exact or stemmed), by its first word. A question is read
 * once, word by word, against the phrases that start with each word: about 1,500 phrases were
 * otherwise each searched for in the question's text, a quarter of a question's time.
 */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, Phrase[]>();
  private count = 0;

  constructor(private readonly stemmed: boolean) {}

  add(texts: readonly string[]): Phrase[] {
    const out: Phrase[] = [];
    for (const text of texts) {
      const normalized = tokenize(normalizeText(text));
      const words = this.stemmed ? normalized.map(stem) : normalized;
      const first = words[0];
      if (first === undefined) continue;
      const phrase = { id: this.count++, words, text };
      const list = this.byFirstWord.get(first);
      if (list) list.push(phrase);
      else this.byFirstWord.set(first, [phrase]);
      out.push(phrase);
    }
    return out;
  }

  /** The longest phrase that starts at word i of the question, or null. */
  longestAt(words: readonly string[], i: number): Phrase | null {
    let longest: Phrase | null = null;
    for (const phrase of this.byFirstWord.get(words[i] ?? '') ?? [])
      if (
        startsAt(phrase, words, i) &&
        (longest === null || phrase.words.length > longest.words.length)
      )
        longest = phrase;
    return longest;
  }

  /**
   * The positions of the words inside phrases, read left to right with the longest phrase at each
   * position: the framing words of a question (stopwords.ts), the initiative's names (safety.ts).
   */
  coveredPositions(words: readonly string[]): Set<number> {
    const out = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const longest = this.longestAt(words, i);
      if (longest === null) continue;
      for (let k = 0; k < longest.words.length; k++) out.add(i + k);
      i += longest.words.length - 1;
    }
    return out;
  }

  /** The ids of every phrase found in the question. */
  found(words: readonly string[]): Set<number> {
    const out = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i] ?? '');
      if (candidates)
        for (const phrase of candidates) if (startsAt(phrase, words, i)) out.add(phrase.id);
    }
    return out;
  }
}

function startsAt(phrase: Phrase, words: readonly string[], i: number): boolean {
  const own = phrase.words;
  for (let k = 0; k < own.length; k++) if (words[i + k] !== own[k]) return false;
  return true;
}
