// Safety routing runs before retrieval and without a threshold: a question about reporting abuse
// material, being or knowing a victim, or distress gets the help entry, whatever else matches.
import type { SafetyRules } from '../types';
import { normalizeText } from './text';

export interface SafetyMatcher {
  /** The phrase or combination that fired, or null. */
  match(words: readonly string[]): string | null;
}

const asPhrase = (text: string): string => normalizeText(text);

export function createSafetyMatcher(rules: SafetyRules): SafetyMatcher {
  const phrases = rules.phrases.map(asPhrase).filter((p) => p !== '');
  const combinations = rules.combinations.map((groups) =>
    groups.map((group) => group.map(asPhrase).filter((p) => p !== '')),
  );
  return {
    match(words) {
      const text = ` ${words.join(' ')} `;
      const has = (phrase: string) => text.includes(` ${phrase} `);
      const phrase = phrases.find(has);
      if (phrase !== undefined) return phrase;
      for (const groups of combinations) {
        const hits = groups.map((group) => group.find(has));
        if (hits.every((hit) => hit !== undefined)) return hits.join(' + ');
      }
      return null;
    },
  };
}
