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

/** A phrase as matched (normalised, and stemmed for situations) and as written, for explanations. */
interface Phrase {
  stemmed: string;
  text: string;
}

function compilePhrases(texts: readonly string[], stemmed: boolean): Phrase[] {
  return texts
    .map((text) => {
      const words = tokenize(normalizeText(text));
      return { stemmed: (stemmed ? words.map(stem) : words).join(' '), text };
    })
    .filter((p) => p.stemmed !== '');
}

const compileRules = (rules: readonly string[][][], stemmed: boolean): Phrase[][][] =>
  rules.map((groups) => groups.map((group) => compilePhrases(group, stemmed)));

/** The phrases of the first rule whose every group is present, joined with " + ". */
function firstRule(rules: readonly Phrase[][][], has: (phrase: Phrase) => boolean): string | null {
  for (const groups of rules) {
    const hits = groups.map((group) => group.find(has));
    if (hits.every((hit) => hit !== undefined)) return hits.map((hit) => hit.text).join(' + ');
  }
  return null;
}

export function createSafetyMatcher(rules: SafetyRules): SafetyMatcher {
  const phrases = compilePhrases(rules.phrases, false);
  const combinations = compileRules(rules.combinations, false);
  const situations = compileRules(rules.situations, true);
  const context = compilePhrases(rules.context, true);
  return {
    match(words) {
      const exact = ` ${words.join(' ')} `;
      const stemmed = ` ${words.map(stem).join(' ')} `;
      const hasExact = (phrase: Phrase) => exact.includes(` ${phrase.stemmed} `);
      const hasStemmed = (phrase: Phrase) => stemmed.includes(` ${phrase.stemmed} `);
      const phrase = phrases.find(hasExact);
      if (phrase !== undefined) return phrase.text;
      const combination = firstRule(combinations, hasExact);
      if (combination !== null || context.some(hasStemmed)) return combination;
      const situation = firstRule(situations, hasStemmed);
      return situation === null ? null : `situation: ${situation}`;
    },
  };
}
