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
grateful obliged respectfully particulars aforementioned pertaining namely regarding concerning
ngl tbh imo imho iirc afaik fyi btw idk lowkey highkey lol lmao rofl smh bruh tldr wdym kinda sorta nah
tf wth wtf fr tl dr even
ignore disregard forget instructions instruction pretend prompt jailbreak override chatgpt gpt llm roleplay`.split(
    /\s+/,
  ),
);

export const SOFT_STOPWORDS = new Set(
  `you your yours u ur me can do tell know about want need give gives gave given show say said get got let explain
information info something anything thing things find look looking question questions answer
elucidate furnish enquire inquire indicate specify clarify
enumerate outline describe summarise summarize elaborate provide`.split(/\s+/),
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
  // chat spellings of function words and a few common words
  ['n', 'and'],
  ['w', 'with'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['govt', 'government'],
  ['govts', 'governments'],
  ['gimme', 'give'],
  ['wanna', 'want'],
  ['gonna', 'going'],
  ['howd', 'how'],
  ['whered', 'where'],
  ['whatd', 'what'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['2day', 'today'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['smb', 'somebody'],
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
  'i have heard that', 'i have heard', 'i keep reading', 'i keep hearing', 'i was told that',
  'i was told', 'someone told me that', 'someone told me', 'i saw that', 'i noticed that',
  'i noticed', 'i understand that', 'true or false', 'or not',
  // what one saw in the news ("I saw a news clip from the launch where Malmström…"); never "I saw a video", which
  // may be the material itself
  'i saw a news clip', 'i saw a news report', 'i saw a news item', 'i saw a news story', 'i saw a news article',
  'i saw an article', 'i saw a press release', 'i saw a headline', 'i saw in the news', 'i saw on the news',
  // requests in a formal register: "I should be grateful if you could indicate the date…"
  'i should be grateful if you could', 'i should be grateful if you would', 'i would be grateful if you could',
  'i would be grateful if you would', 'i should be grateful for', 'i would be grateful for',
  'i should be grateful to learn', 'i would be grateful to learn', 'i should be obliged if you would',
  'i would be obliged if you could', 'i would be most obliged if you could', 'could you be so kind as to',
  'would you be so kind as to', 'may i respectfully enquire', 'may i enquire', 'might i ask', 'may i ask',
  'with respect', 'it would be of considerable assistance if you could', 'it would be helpful if you could',
  'i would appreciate it if you could', 'i would appreciate clarification as to', 'i would appreciate',
  'please advise', 'i would welcome information on', 'in the context of my research',
  // chat: "did they set a launch date, no cap" ("or nah": both are function words)
  'no cap', 'real quick', 'asking for a friend', 'make it make sense',
];

/** The framing phrases, matched longest first: "is it true that" beats "is it true". */
const FRAMING = new PhraseIndex(false);
FRAMING.add(FRAMING_PHRASES);

/** Positions of the words that frame the question (FRAMING_PHRASES). */
export function framingPositions(tokens: readonly string[]): Set<number> {
  return FRAMING.coveredPositions(tokens);
}
