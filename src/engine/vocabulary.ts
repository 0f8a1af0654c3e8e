// The words of the knowledge base with their frequency, and the typos inside it: phrasings are
// written with typos on purpose ("who calld for the aliance"), and such a word must mean the word
// it misspells, not become a vocabulary word of its own that only typo'd questions reach.
import type { Entry } from '../types';
import { stem } from './stem';
import { normalizeText, tokenize } from './text';
import { createTypoCorrector } from './typo';
import { runToEnd } from '../steps';
import type { Steps } from '../steps';

/** Every text of an entry that questions are matched against. */
export function entryTexts(entry: Entry): string[] {
  const lookupNames = [...(entry.lookup?.values ?? []), ...(entry.lookup?.others ?? [])].flatMap(
    (v) => [v.name, ...v.aliases],
  );
  return [...entry.questions, ...entry.tags, ...lookupNames, entry.answer];
}

/** A copy of the vocabulary with the words of more texts counted in. */
export function addWords(
  vocabulary: ReadonlyMap<string, number>,
  texts: readonly string[],
): Map<string, number> {
  const out = new Map(vocabulary);
  for (const text of texts) {
    for (const word of tokenize(normalizeText(text))) out.set(word, (out.get(word) ?? 0) + 1);
  }
  return out;
}

export function collectVocabulary(
  entries: readonly Entry[],
  extraTexts: readonly string[],
): Map<string, number> {
  return addWords(new Map(), [...entries.flatMap(entryTexts), ...extraTexts]);
}

/** A word this rare next to a word this much more frequent may be its typo. */
const RARE = 6;
const FREQUENT = 3;

const wordsOf = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((t) => tokenize(normalizeText(t))));

/**
 * Words of phrasings that misspell a word of the same entry: such a word is no English word,
 * appears in no answer, tag or lookup name (those are written with care), is one or two edits
 * from a word the same entry uses and the knowledge base uses at least three times as often, and
 * is no inflection of it.
 * "calld" → "called"; "scared" stays "scared" and "Chile" stays "Chile".
 */
export function findKnowledgeTypos(
  entries: readonly Entry[],
  vocabulary: ReadonlyMap<string, number>,
  functionWords: ReadonlySet<string>,
  realWords: ReadonlySet<string> = new Set(),
): Map<string, string> {
  return runToEnd(findKnowledgeTyposSteps(entries, vocabulary, functionWords, realWords));
}

/**
 * Entries searched for typos between two yields of a build in slices: each costs about 5 ms on
 * the real base (its phrasings' words in French and German are no English words, so each is
 * looked up), and the whole base took one slice of about 0.9 s, with the bot's answers waiting.
 */
const ENTRIES_PER_SLICE = 4;

/** The same search, in slices. */
export function* findKnowledgeTyposSteps(
  entries: readonly Entry[],
  vocabulary: ReadonlyMap<string, number>,
  functionWords: ReadonlySet<string>,
  realWords: ReadonlySet<string> = new Set(),
): Steps<Map<string, string>> {
  const frequent = new Map(
    [...vocabulary].filter(([word, count]) => count >= FREQUENT && !functionWords.has(word)),
  );
  const corrector = createTypoCorrector(frequent);
  const careful = wordsOf(entries.flatMap((e) => entryTexts(e).slice(e.questions.length)));
  const aliases = new Map<string, string>();
  for (const [number, entry] of entries.entries()) {
    if (number > 0 && number % ENTRIES_PER_SLICE === 0) yield;
    const own = wordsOf(entryTexts(entry));
    for (const word of wordsOf(entry.questions)) {
      const count = vocabulary.get(word) ?? 0;
      // With a lexicon, a word it lacks may be a typo however often it is repeated ("aliance");
      // without one, only a rare word may.
      const mayBeTypo = realWords.size > 0 || count <= RARE;
      if (!mayBeTypo || careful.has(word) || aliases.has(word) || realWords.has(word)) continue;
      const correction = corrector.nearest(word);
      if (correction === null || stem(correction) === stem(word)) continue;
      if (own.has(correction) && (frequent.get(correction) ?? 0) >= FREQUENT * count)
        aliases.set(word, correction);
    }
  }
  return aliases;
}
