// Turns text into weighted terms: normalise, correct typos, stem, join synonym phrases into
// concept tokens, drop function words. Questions and knowledge texts share this one pipeline.
import type { TermGroup } from '../types';
import { stem } from './stem';
import type { QuestionType } from './stopwords';
import {
  WORD_VARIANTS,
  HARD_STOPWORDS,
  SOFT_STOPWORDS,
  SOFT_WEIGHT,
  framingPositions,
  questionType,
} from './stopwords';
import type { LanguageReader } from './languages';
import { createPhraseMatcher, matchPhrases } from './term-groups';
import type { PhraseMatcher } from './term-groups';
import { normalizeText, tokenize } from './text';
import type { TypoCorrector } from './typo';

/** At most this many terms are looked up per question: bounds the work for very long input. */
export const MAX_TERMS = 40;
/** At most this many words are corrected, and this many unknown words tried, per question. */
export const MAX_CORRECTIONS = 5;
export const MAX_CORRECTION_ATTEMPTS = 10;
const STEM_CACHE_SIZE = 100_000;

export interface QueryTerm {
  term: string;
  /** 1 for content words, SOFT_WEIGHT for soft function words. */
  weight: number;
  corrected: boolean;
}

export interface Analysis {
  normalized: string;
  terms: QueryTerm[];
  qtype: QuestionType;
  corrections: { from: string; to: string }[];
  /** The language the question was read from (languages.ts), or null for English. */
  language: string | null;
  /** Its words read into English, when it was asked in another language. */
  englishWords: string[] | null;
  /** Its own words without that language's function words, when it was asked in another language. */
  ownWords: string[] | null;
  /**
   * Words of a question in another language that neither the glossary nor the knowledge base
   * knows (nor English): what the glossary lacks, for maintainers (`gaps`, `ask --explain`).
   */
  unreadWords: string[];
}

// After these words "us" is the pronoun ("tell us"), elsewhere the country ("is the US a member").
const PRONOUN_US_AFTER = new Set([
  'tell',
  'give',
  'show',
  'help',
  'let',
  'for',
  'to',
  'with',
  'about',
  'send',
  'join',
  'contact',
  'from',
  'of',
  'brief',
  'teach',
  'remind',
  'among',
  'like',
]);

export interface Analyzer {
  analyze(text: string, corrector?: TypoCorrector): Analysis;
  /** The normalised, stemmed words of a text, with no synonym or stopword handling. */
  stemWords(text: string): string[];
}

/**
 * @param wordAliases words to read as other words before anything else (typos inside the
 *   knowledge base itself, see vocabulary.ts)
 * @param realWords words that are never typos, though the knowledge base does not use them
 *   (lexicon.ts): an unknown real word stays unknown and lowers the confidence, as it should
 * @param reader reads questions asked in other languages into English words first
 */
export function createAnalyzer(
  groups: readonly TermGroup[],
  wordAliases: ReadonlyMap<string, string> = new Map(),
  realWords: ReadonlySet<string> = new Set(),
  reader?: LanguageReader,
): Analyzer {
  // A plain map that is emptied when full: cheaper than an LRU on this hot path, still bounded.
  const stemCache = new Map<string, string>();
  const cachedStem = (word: string): string => {
    let stemmed = stemCache.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
      stemCache.set(word, stemmed);
    }
    return stemmed;
  };
  const stemWords = (text: string): string[] => tokenize(normalizeText(text)).map(cachedStem);
  const matcher: PhraseMatcher = createPhraseMatcher(groups, stemWords);

  const analyze = (text: string, corrector?: TypoCorrector): Analysis => {
    const normalized = normalizeText(text);
    const reading = reader
      ? reader.read(text, tokenize(normalized))
      : { language: null, words: tokenize(normalized), ownWords: null, kept: [] };
    const words = reading.words.map((w) => WORD_VARIANTS.get(w) ?? wordAliases.get(w) ?? w);
    const corrections = corrector ? correctWords(words, corrector, realWords, wordAliases) : [];
    const qtype = questionType(words);
    const pronounAt = new Set(
      words.flatMap((w, i) => (w === 'us' && PRONOUN_US_AFTER.has(words[i - 1] ?? '') ? [i] : [])),
    );
    const framing = framingPositions(words);
    const stems = words.map((w, i) => (pronounAt.has(i) || framing.has(i) ? '' : cachedStem(w)));
    const correctedAt = new Set(corrections.map((c) => c.index));
    const terms = new Map<string, QueryTerm>();
    for (const match of matchPhrases(matcher, stems)) {
      const surface = words[match.start] ?? '';
      if (match.term === '' || (!match.isConcept && HARD_STOPWORDS.has(surface))) continue;
      const weight = !match.isConcept && SOFT_STOPWORDS.has(surface) ? SOFT_WEIGHT : 1;
      const corrected = correctedAt.has(match.start);
      const existing = terms.get(match.term);
      if (!existing || existing.weight < weight)
        terms.set(match.term, { term: match.term, weight, corrected });
      if (terms.size >= MAX_TERMS) break;
    }
    return {
      normalized,
      terms: [...terms.values()],
      qtype,
      corrections: corrections.map(({ from, to }) => ({ from, to })),
      language: reading.language,
      englishWords: reading.language === null ? null : reading.words,
      ownWords: reading.ownWords,
      unreadWords: reading.kept.filter(
        (w) => !/^\d+$/.test(w) && !realWords.has(w) && !(corrector?.isKnown(w) ?? false),
      ),
    };
  };

  return { analyze, stemWords };
}

/**
 * Replaces unknown words by their correction in place; returns what changed. A correction may land
 * on a typo of the knowledge base itself ("alianse" on "aliance"), so it is read through the same
 * aliases as the question's own words were.
 */
function correctWords(
  words: string[],
  corrector: TypoCorrector,
  realWords: ReadonlySet<string>,
  wordAliases: ReadonlyMap<string, string>,
): { from: string; to: string; index: number }[] {
  const out: { from: string; to: string; index: number }[] = [];
  let attempts = 0;
  for (
    let i = 0;
    i < words.length && out.length < MAX_CORRECTIONS && attempts < MAX_CORRECTION_ATTEMPTS;
    i++
  ) {
    const word = words[i] ?? '';
    if (
      corrector.isKnown(word) ||
      realWords.has(word) ||
      HARD_STOPWORDS.has(word) ||
      SOFT_STOPWORDS.has(word)
    )
      continue;
    attempts += 1;
    const found = corrector.correct(word);
    const correction = found === null ? null : (wordAliases.get(found) ?? found);
    if (correction !== null && correction !== word) {
      words[i] = correction;
      out.push({ from: word, to: correction, index: i });
    }
  }
  return out;
}
