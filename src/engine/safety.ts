// Safety routing runs before retrieval and without a threshold: a question about reporting abuse
// material, being or knowing a victim, or distress gets the help entry, whatever else matches.
// Phrases and combinations match the exact normalised words they list (their forms are chosen:
// "groomed" is not "grooming"); situations match after light stemming, so one form covers its
// inflections ("blackmail" also finds "blackmailing", "photo" also "photos").
import type { SafetyRules } from '../types';
import { PhraseIndex } from './phrase-index';
import type { Phrase } from './phrase-index';
import { stem } from './stem';
import { normalizeText, tokenize } from './text';

export interface SafetyMatcher {
  /** The phrase or rule that fired, or null. */
  match(words: readonly string[]): string | null;
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
  const covered = names.coveredPositions(words);
  return covered.size === 0 ? words : words.filter((_, i) => !covered.has(i));
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
  const mentions = new PhraseIndex(false);
  const mentionPhrases = mentions.add(rules.mentions);
  const figures = new PhraseIndex(false);
  figures.add(rules.figures);
  const asker = new PhraseIndex(false);
  asker.add(rules.asker);
  /**
   * The place to report to that the question names, unless it asks a figure or the history of
   * that place and says nothing of the asker: "how many reports did NCMEC get in 2023?" is no way
   * to reach it ("is there a hotline in Europe?", "how many hotlines can I call?" are).
   */
  const mentionIn = (words: readonly string[]): string | null => {
    const found = mentions.found(words);
    const mention = mentionPhrases.find((p) => found.has(p.id));
    if (mention === undefined) return null;
    const asksAFigure = figures.found(words).size > 0 && asker.found(words).size === 0;
    return asksAFigure ? null : mention.text;
  };
  return {
    match(words) {
      const joined = words.join(' ');
      if (alone.has(joined)) return joined;
      // Phrases in the order they are listed: the first listed one names the match.
      const foundExact = exact.found(words);
      const phrase = phrases.find((p) => foundExact.has(p.id));
      if (phrase !== undefined) return phrase.text;
      const mention = mentionIn(words);
      if (mention !== null) return mention;
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
