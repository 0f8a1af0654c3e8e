// Function words: hard ones carry no meaning here; soft ones count a little (they tell meta
// questions such as "who made you" apart); wh-words become the question type.
import { PhraseIndex } from './phrase-index';

export const HARD_STOPWORDS = new Set(
  `a an the of to in on at by for from with and or but if then than so as is are was were be been being
am it its it's this that these those there here which whom whose what whats im i my mine we our ours
they them their theirs he him his she her hers into onto over under up down out off again further once
just very too also only own same such both each few more most other some any all no nor not
will would shall should could might must may been had has have having does did doing done
s t d ll m o re ve y ok okay hm hmm um uh like really actually basically exactly anyway etc
please pls plz kindly thx
ignore disregard forget instructions instruction pretend prompt jailbreak override chatgpt gpt llm roleplay`.split(
    /\s+/,
  ),
);

export const SOFT_STOPWORDS = new Set(
  `you your yours u ur me can do tell know about want need give show say said get got let explain
information info something anything thing things find look looking question questions answer`.split(
    /\s+/,
  ),
);

export const SOFT_WEIGHT = 0.2;

/**
 * Short forms read as their full word: misspelt function words (too short for the typo budget,
 * too common to leave unread) and abbreviated months.
 */
export const WORD_VARIANTS: ReadonlyMap<string, string> = new Map([
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'september'],
  ['sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
  ['waht', 'what'],
  ['wat', 'what'],
  ['wats', 'whats'],
  ['wht', 'what'],
  ['whta', 'what'],
  ['hwat', 'what'],
  ['wut', 'what'],
  ['hwo', 'how'],
  ['hw', 'how'],
  ['woh', 'who'],
  ['hwho', 'who'],
  ['wen', 'when'],
  ['wehn', 'when'],
  ['whn', 'when'],
  ['whne', 'when'],
  ['wher', 'where'],
  ['whre', 'where'],
  ['wich', 'which'],
  ['whcih', 'which'],
  ['teh', 'the'],
  ['adn', 'and'],
  ['si', 'is'],
  ['iz', 'is'],
  ['r', 'are'],
  ['ppl', 'people'],
  ['abt', 'about'],
  ['bout', 'about'],
]);

export type QuestionType =
  'who' | 'when' | 'where' | 'why' | 'how-many' | 'how' | 'what' | 'which' | 'yes-no' | null;

const WH_WORDS = new Set(['who', 'when', 'where', 'why', 'how', 'what', 'which', 'whats']);

/** The kind of answer a question asks for, from its first wh-word ("how many" is its own kind). */
export function questionType(tokens: readonly string[]): QuestionType {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (!WH_WORDS.has(token)) continue;
    if (token === 'how') {
      const next = tokens[i + 1];
      return next === 'many' || next === 'much' ? 'how-many' : 'how';
    }
    return token === 'whats' ? 'what' : (token as QuestionType);
  }
  const first = tokens[0];
  return first && /^(is|are|was|were|did|does|do|has|have|can|will)$/.test(first) ? 'yes-no' : null;
}

export function isWhWord(token: string): boolean {
  return WH_WORDS.has(token) || token === 'many' || token === 'much';
}

// Words that frame a question rather than ask it: "I read that X, is that right?" asks X. Left in,
// "read" and "right" count as content words that no entry explains and sink the confidence of the
// very question they frame. Matched as whole word sequences only, so "rights" or "read the
// declaration" keep their meaning.
// prettier-ignore
const FRAMING_PHRASES: readonly string[] = [
  'is it true that', 'is it true', 'is that true', 'is this true', 'is it right that', 'is it right',
  'is that right', 'is this right', 'am i right that', 'am i right', 'is it correct that',
  'is it correct', 'is that correct', 'is this correct', 'i read that', 'i read', 'ive read that',
  'ive read', 'i have read that', 'i have read', 'i heard that', 'i heard', 'ive heard that', 'ive heard',
  'i have heard that', 'i have heard', 'i was told that',
  'i was told', 'someone told me that', 'someone told me', 'i saw that', 'i noticed that',
  'i noticed', 'i understand that', 'true or false', 'or not',
];

/** The framing phrases, matched longest first: "is it true that" beats "is it true". */
const FRAMING = new PhraseIndex(false);
FRAMING.add(FRAMING_PHRASES);

/** Positions of the words that frame the question (FRAMING_PHRASES). */
export function framingPositions(tokens: readonly string[]): Set<number> {
  return FRAMING.coveredPositions(tokens);
}
