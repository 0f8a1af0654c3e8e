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
  /** " stemmed ", built once: matching runs on every question, and these strings were its garbage. */
  padded: string;
  text: string;
}

function compilePhrases(texts: readonly string[], stemmed: boolean): Phrase[] {
  return texts
    .map((text) => {
      const words = tokenize(normalizeText(text));
      const joined = (stemmed ? words.map(stem) : words).join(' ');
      return { stemmed: joined, padded: ` ${joined} `, text };
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

/** " a b " with each word stemmed, padded like its input. */
const stemmedText = (padded: string): string => ` ${padded.trim().split(' ').map(stem).join(' ')} `;

export function createSafetyMatcher(rules: SafetyRules): SafetyMatcher {
  const phrases = compilePhrases(rules.phrases, false);
  const alone = new Set(compilePhrases(rules.alone, false).map((p) => p.stemmed));
  const combinations = compileRules(rules.combinations, false);
  const situations = compileRules(rules.situations, true);
  const context = compilePhrases(rules.context, true);
  // Longest first, so a full name goes before a shorter one inside it.
  const names = compilePhrases(rules.names, false).sort(
    (a, b) => b.stemmed.length - a.stemmed.length,
  );
  return {
    match(words) {
      const joined = words.join(' ');
      if (alone.has(joined)) return joined;
      const whole = ` ${joined} `;
      const phrase = phrases.find((p) => whole.includes(p.padded));
      if (phrase !== undefined) return phrase.text;
      const exact = names.reduce((text, name) => text.replaceAll(name.padded, ' '), whole);
      const combination = firstRule(combinations, (p) => exact.includes(p.padded));
      if (combination !== null) return combination;
      // Context is read on the whole question: a name of the initiative is context too.
      const wholeStemmed = stemmedText(whole);
      if (context.some((p) => wholeStemmed.includes(p.padded))) return null;
      const stemmed = exact === whole ? wholeStemmed : stemmedText(exact);
      const situation = firstRule(situations, (p) => stemmed.includes(p.padded));
      return situation === null ? null : `situation: ${situation}`;
    },
  };
}
