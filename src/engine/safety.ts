// Safety routing runs before retrieval and without a threshold: a question about reporting abuse
// material, being or knowing a victim, or distress gets the help entry, whatever else matches.
// Phrases and combinations match the exact normalised words they list (their forms are chosen:
// "groomed" is not "grooming"); situations match after light stemming, so one form covers its
// inflections ("blackmail" also finds "blackmailing", "photo" also "photos").
import type { SafetyRules } from '../types';
import { stem } from './stem';
import { normalizeText, tokenize } from './text';

export interface SafetyMatcher {
  /** The phrase or rule that fired, or null. */
  match(words: readonly string[]): string | null;
}

/** A phrase as matched (its words, stemmed for situations and context) and as written. */
interface Phrase {
  id: number;
  words: readonly string[];
  text: string;
}

/**
 * Every phrase of one kind of matching (exact or stemmed), by its first word. A question is read
 * once, word by word, against the phrases that start with each word: about 1,500 phrases were
 * otherwise each searched for in the question's text, a quarter of a question's time.
 */
class PhraseIndex {
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

/** The phrases of the first rule whose every group has a phrase found, joined with " + ". */
function firstRule(rules: readonly Phrase[][][], found: ReadonlySet<number>): string | null {
  for (const groups of rules) {
    const hits: string[] = [];
    for (const group of groups) {
      const hit = group.find((p) => found.has(p.id));
      if (hit === undefined) break;
      hits.push(hit.text);
    }
    if (hits.length === groups.length) return hits.join(' + ');
  }
  return null;
}

/** The words without the names of the initiative, longest name first at each position. */
function withoutNames(words: readonly string[], names: PhraseIndex): readonly string[] {
  let out: string[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const longest = names.longestAt(words, i);
    if (longest === null) {
      out?.push(words[i] ?? '');
      continue;
    }
    out ??= words.slice(0, i);
    i += longest.words.length - 1;
  }
  return out ?? words;
}

export function createSafetyMatcher(rules: SafetyRules): SafetyMatcher {
  const exact = new PhraseIndex(false);
  const stemmed = new PhraseIndex(true);
  const phrases = exact.add(rules.phrases);
  const combinations = rules.combinations.map((groups) => groups.map((g) => exact.add(g)));
  const situations = rules.situations.map((groups) => groups.map((g) => stemmed.add(g)));
  const context = new Set(stemmed.add(rules.context).map((p) => p.id));
  const names = new PhraseIndex(false);
  names.add(rules.names);
  const alone = new Set(rules.alone.map((text) => tokenize(normalizeText(text)).join(' ')));
  return {
    match(words) {
      if (alone.has(words.join(' '))) return words.join(' ');
      // Phrases in the order they are listed: the first listed one names the match.
      const foundExact = exact.found(words);
      const phrase = phrases.find((p) => foundExact.has(p.id));
      if (phrase !== undefined) return phrase.text;
      // Combinations and situations read the question without the initiative's names.
      const unnamed = withoutNames(words, names);
      const combination = firstRule(
        combinations,
        unnamed === words ? foundExact : exact.found(unnamed),
      );
      if (combination !== null) return combination;
      // Context is read on the whole question: a name of the initiative is context too.
      const wholeStemmed = words.map(stem);
      const foundStemmed = stemmed.found(wholeStemmed);
      for (const id of foundStemmed) if (context.has(id)) return null;
      const situation = firstRule(
        situations,
        unnamed === words ? foundStemmed : stemmed.found(unnamed.map(stem)),
      );
      return situation === null ? null : `situation: ${situation}`;
    },
  };
}
