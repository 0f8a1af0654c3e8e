// Questions in the other languages of knowledge/languages.yaml are read word by word into English
// before matching: the knowledge base is written once, in English, and a French "Combien de pays
// ont rejoint l'alliance ?" is matched as "how many countries joined alliance". A glossary is
// precise where it is used and cannot make things up; the bot still answers in English.
import type { Language } from '../types';
import { HARD_STOPWORDS, SOFT_STOPWORDS, isWhWord } from './stopwords';
import { SENTENCE_FULL_STOP } from './split';
import { foldText, foldTextKeepingAccents, tokenize } from './text';

/** The English reading of a question, and the language it was read from. */
export interface LanguageReading {
  /** The language code, or null when the question is read as English (words unchanged). */
  language: string | null;
  words: string[];
  /**
   * The question's own words without that language's function words (null for English): what
   * safety phrases written in the language are matched against, without German "im" + "die"
   * reading as English "I'm" + "die".
   */
  ownWords: string[] | null;
  /** Words of a question in another language that the glossary could not read, kept as typed. */
  kept: string[];
}

export interface LanguageReader {
  /**
   * @param text the question as typed (for accents that tell two words apart: "où" / "ou")
   * @param words its normalised words (normalizeText + tokenize)
   */
  read(text: string, words: readonly string[]): LanguageReading;
}

interface GlossaryKey {
  words: readonly string[];
  english: readonly string[];
}

interface CompiledLanguage {
  code: string;
  functionWords: ReadonlySet<string>;
  /** Glossary keys by their first word, longest first, so "combien de" beats "combien". */
  keysByFirstWord: ReadonlyMap<string, readonly GlossaryKey[]>;
  /** Words that only this language has: what tells a question in it from an English one. */
  markers: ReadonlySet<string>;
  /** The markers that are glossary words, not function words ("gipfel", not "allen"). */
  wordMarkers: ReadonlySet<string>;
  /** Its words that are English words too ("a", "was", "die", "pays"): half a marker, never English evidence. */
  shared: ReadonlySet<string>;
  /** Inflection endings, longest first: "ministertreffens" is read as "ministertreffen". */
  endings: readonly string[];
  /** Spellings tried for an unlisted word, folded: "ae" for "ä" ("laender" is "lander"). */
  respellings: readonly (readonly [string, string])[];
  /** Accented one-word keys whose folded form is another key ("où" where, "ou" or). */
  accented: ReadonlyMap<string, readonly string[]>;
  /** Real English words (lexicon.ts): never evidence of this language, even when inflected. */
  englishWords: ReadonlySet<string>;
  /** Letters that join the words of a compound, folded; null when the language has none. */
  compoundLinkers: readonly string[] | null;
  /** Particles of separable verbs, folded ("statt" of "fand … statt"). */
  separableParticles: ReadonlySet<string>;
}

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([...HARD_STOPWORDS, ...SOFT_STOPWORDS]);

/** The words of a text, lower case, accents kept: "où" stays "où". */
function accentedWords(text: string): string[] {
  return tokenize(foldTextKeepingAccents(text));
}

/**
 * @param englishWords real English words (lexicon.ts): a word English shares ("die", "pays",
 *   "images") is no evidence that a question is in another language
 */
function compileLanguage(language: Language, englishWords: ReadonlySet<string>): CompiledLanguage {
  const functionWords = new Set(language.functionWords.map(foldText));
  // Keys that fold alike ("où" where, "ou" or): the unaccented one is read from folded words, an
  // accented one only where the user typed its accents.
  const byFolded = new Map<string, [string, string][]>();
  for (const [foreign, english] of language.words) {
    const folded = foldText(foreign);
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), [foreign, english]]);
  }
  const byFirst = new Map<string, GlossaryKey[]>();
  const accented = new Map<string, string[]>();
  for (const [folded, keys] of byFolded) {
    const plain = keys.find(([foreign]) => foldTextKeepingAccents(foreign) === folded) ?? keys[0];
    for (const [foreign, english] of keys) {
      const typed = accentedWords(foreign);
      if (foreign !== plain?.[0] && typed.length === 1)
        accented.set(typed[0] ?? '', tokenize(foldText(english)));
    }
    const words = tokenize(folded);
    const first = words[0] ?? '';
    byFirst.set(first, [
      ...(byFirst.get(first) ?? []),
      { words, english: tokenize(foldText(plain?.[1] ?? '')) },
    ]);
  }
  for (const keys of byFirst.values()) keys.sort((a, b) => b.words.length - a.words.length);
  const markers = new Set<string>();
  const shared = new Set<string>();
  // Words of longer expressions are no evidence on their own ("ai" of "j ai" is also "AI"), nor
  // are words read as themselves (names and shared words: "weprotect", "malta").
  const oneWordKeys = [...byFirst.values()]
    .flat()
    .filter((k) => k.words.length === 1 && k.english.join(' ') !== k.words[0]);
  for (const word of [...functionWords, ...oneWordKeys.flatMap((k) => k.words)]) {
    if (!englishWords.has(word) && !ENGLISH_FUNCTION_WORDS.has(word)) markers.add(word);
    else shared.add(word);
  }
  const wordMarkers = new Set(
    oneWordKeys.flatMap((k) => k.words).filter((w) => markers.has(w) && !functionWords.has(w)),
  );
  const endings = [...new Set(language.endings.map(foldText))].sort((a, b) => b.length - a.length);
  const respellings = language.respellings.map(
    ([from, to]) => [foldText(from), foldText(to)] as const,
  );
  return {
    code: language.code,
    functionWords,
    keysByFirstWord: byFirst,
    markers,
    wordMarkers,
    shared,
    endings,
    respellings,
    accented,
    englishWords,
    compoundLinkers: language.compoundLinkers?.map(foldText).filter((l) => l !== '') ?? null,
    separableParticles: new Set(language.separableParticles.map(foldText)),
  };
}

/**
 * How much the question's words mark it as this language, and how many mark it as English. A word
 * both languages use ("a", "on", "was") counts half for the language and nothing for English.
 */
function evidence(
  language: CompiledLanguage,
  words: readonly string[],
): { markers: number; wordMarkers: number; own: number; english: number } {
  let markers = 0;
  let wordMarkers = 0;
  let shared = 0;
  let english = 0;
  for (const word of words) {
    if (language.wordMarkers.has(word)) wordMarkers += 1;
    if (language.markers.has(word) || isInflectedMarker(language, word)) markers += 1;
    else if (language.shared.has(word)) shared += 1;
    else if (ENGLISH_FUNCTION_WORDS.has(word) || isWhWord(word)) english += 1;
  }
  return { markers, wordMarkers, own: markers + shared / 2, english };
}

/**
 * A question is read as another language when its words mark that language at least one and a
 * half times ("Was ist IP/12/680?": "ist" and half of "was"), with at least one word English does
 * not have, and more than they mark English ("was malmstrom in DC in 2014?" stays English). One
 * marker alone is enough only in a short keyword query with no English function word, and only
 * if it is a glossary word ("Gipfel Abu Dhabi 2015"): names collide with function words ("Ernie
 * Allen", where "allen" is German for "all"), and a borrowed word in a sentence ("what does
 * lancement mean") keeps a question English.
 */
function detect(
  languages: readonly CompiledLanguage[],
  words: readonly string[],
): CompiledLanguage | null {
  let best: CompiledLanguage | null = null;
  let bestOwn = 0;
  for (const language of languages) {
    const { markers, wordMarkers, own, english } = evidence(language, words);
    const enough =
      (markers >= 1 && own >= 1.5 && own > english) ||
      (wordMarkers >= 1 && english === 0 && words.length <= SHORT_QUERY_WORDS);
    if (enough && own > bestOwn) {
      best = language;
      bestOwn = own;
    }
  }
  return best;
}

/** Where a clause ends: German sets every clause off with a comma, and a sentence ends one too. */
const CLAUSE_END = new RegExp(`[,;:?!]|${SENTENCE_FULL_STOP.source}`);

/**
 * The index of the last word of each clause of a text (a clause ends at , ; : ? ! or at the full
 * stop of a sentence, not the one of "5. Dezember"), given its normalised words; null when the
 * clauses' words do not add up to those words (an acronym such as "U.S." cut by its full stop).
 */
function clauseEnds(text: string, wordCount: number): ReadonlySet<number> | null {
  const ends = new Set<number>();
  let count = 0;
  for (const clause of text.split(CLAUSE_END)) {
    const words = tokenize(foldText(clause)).length;
    if (words === 0) continue;
    count += words;
    ends.add(count - 1);
  }
  return count === wordCount ? ends : null;
}

/** A separable verb found in a question, kept by its verb's position: its particle's position and its reading. */
interface SeparableVerb {
  particle: number;
  english: readonly string[];
}

/**
 * Separable verbs, by the position of their verb: a clause ending in a particle ("Wann fand das
 * Treffen statt?") is read with the first earlier word that the glossary has written together with
 * it ("stattfand": took place), so "statt" is not read as "instead of" and "sieht … vor" means
 * "provides for", not "sees". A clause of two words is a fragment, not a verb and its particle.
 */
function separableVerbs(
  language: CompiledLanguage,
  words: readonly string[],
  ends: ReadonlySet<number>,
): Map<number, SeparableVerb> {
  const found = new Map<number, SeparableVerb>();
  let start = 0;
  for (let end = 0; end < words.length; end++) {
    if (!ends.has(end)) continue;
    const particle = words[end] ?? '';
    if (end - start >= 2 && language.separableParticles.has(particle)) {
      for (let k = start; k < end; k++) {
        const word = words[k] ?? '';
        if (language.functionWords.has(word)) continue;
        const english = readingAsTypedOrRespelled(language, particle + word);
        if (english) {
          found.set(k, { particle: end, english });
          break;
        }
      }
    }
    start = end + 1;
  }
  return found;
}

/**
 * Whether a glossary key of `length` words may start at word i: not if it would take a separable
 * verb without its particle. The verb is read with its particle ("wo fand … statt" is "where took
 * place", not the key "wo fand" and then "statt" as "instead of"), but an expression written with
 * both ("wie lief das ab": how did it go) is read as written.
 */
function keepsVerbsWhole(
  separable: ReadonlyMap<number, SeparableVerb>,
  i: number,
  length: number,
): boolean {
  for (const [verb, { particle }] of separable) {
    if (verb > i && verb < i + length && particle >= i + length) return false;
  }
  return true;
}

/** The English words of a question detected as `language`: function words dropped, glossary applied. */
function translate(
  language: CompiledLanguage,
  words: readonly string[],
  typed: readonly string[] | null,
  separable: ReadonlyMap<number, SeparableVerb>,
): { words: string[]; kept: string[] } {
  const out: string[] = [];
  const kept: string[] = [];
  // Every particle is read with its verb: a glossary key takes both or neither (keepsVerbsWhole).
  const particles = new Set([...separable.values()].map((verb) => verb.particle));
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const verb = separable.get(i);
    if (verb) {
      out.push(...verb.english);
      continue;
    }
    if (particles.has(i)) continue;
    const accented = typed ? language.accented.get(typed[i] ?? '') : undefined;
    if (accented) {
      out.push(...accented);
      continue;
    }
    const key = glossaryKeyAt(language, words, i, (length) =>
      keepsVerbsWhole(separable, i, length),
    );
    if (key) {
      out.push(...key.english);
      i += key.words.length - 1;
    } else if (!language.functionWords.has(word)) {
      const reading = readingOfUnlisted(language, word);
      out.push(...(reading ?? [word]));
      if (!reading) kept.push(word);
    }
  }
  return { words: out, kept };
}

/** The word as the glossary spells it when typed without umlauts ("Laender" is "Länder", folded "lander"). */
function respelled(language: CompiledLanguage, word: string): string {
  return language.respellings.reduce((w, [from, to]) => w.replaceAll(from, to), word);
}

/**
 * The glossary key starting at word i, longest first, with each word as typed or respelled, so
 * "niemandem erzaehlen" finds the expression "niemandem erzählen" and not its two words apart.
 */
function glossaryKeyAt(
  language: CompiledLanguage,
  words: readonly string[],
  i: number,
  allowed: (length: number) => boolean = () => true,
): GlossaryKey | undefined {
  const matches = (typed: string | undefined, keyWord: string): boolean =>
    typed !== undefined && (typed === keyWord || respelled(language, typed) === keyWord);
  const keyStartingWith = (first: string): GlossaryKey | undefined =>
    language.keysByFirstWord
      .get(first)
      ?.find((k) => allowed(k.words.length) && k.words.every((w, j) => matches(words[i + j], w)));
  const first = words[i] ?? '';
  const found = keyStartingWith(first);
  if (found || language.respellings.length === 0) return found;
  const alias = respelled(language, first);
  return alias === first ? undefined : keyStartingWith(alias);
}

/** Whether a word unknown to English is an inflected form of one of the language's own words. */
function isInflectedMarker(language: CompiledLanguage, word: string): boolean {
  // An English word is no evidence, whatever it would be inflected from ("press" is not "près").
  if (language.shared.has(word) || language.englishWords.has(word)) return false;
  // Compounds are read once the language is known, not looked for here: splitting every unknown
  // word of every phrasing cost a fifth of the build at 10,000 entries.
  const reading = readingAsTypedOrRespelled(language, word);
  // "Brussels" is "Brüssel" plus an ending, but read as itself it says nothing of the language.
  return reading !== null && reading.join(' ') !== word;
}

/**
 * The English reading of a word the glossary does not list as typed: an inflected form of a
 * one-word key ("schwedischen" for "schwedisch"), or a respelling ("Laender", typed without
 * umlauts, is "Länder").
 */
function readingOfUnlisted(language: CompiledLanguage, word: string): readonly string[] | null {
  return (
    readingAsTypedOrRespelled(language, word) ??
    compoundReading(language, respelled(language, word))
  );
}

/** The word as a one-word key or an inflected form of one, as typed or else respelled. */
function readingAsTypedOrRespelled(
  language: CompiledLanguage,
  word: string,
): readonly string[] | null {
  const alias = respelled(language, word);
  return readingAsWord(language, word) ?? (alias === word ? null : readingAsWord(language, alias));
}

/** A one-word key, or an inflected form of one. */
function readingAsWord(language: CompiledLanguage, word: string): readonly string[] | null {
  return oneWordReading(language, word) ?? inflected(language, word);
}

/** The English reading of a one-word glossary key. */
function oneWordReading(language: CompiledLanguage, word: string): readonly string[] | null {
  return language.keysByFirstWord.get(word)?.find((k) => k.words.length === 1)?.english ?? null;
}

/**
 * The reading of a compound the glossary lacks, as the words it is written from, in their order
 * ("kinderschutzrichtlinie": child protection directive), with the language's joining letters
 * between them ("opferidentifizierungsdatenbank": Opfer + Identifizierung + s + Datenbank). A
 * part is a glossary word (only the last may be inflected) or an English word of at least
 * MIN_ENGLISH_PART_LENGTH letters read as itself ("Klassenchat": class chat), and one part at
 * least is the language's own. The split with the fewest parts wins, then the one with more
 * glossary words. Null when no split reads the whole word.
 */
function compoundReading(language: CompiledLanguage, word: string): readonly string[] | null {
  const linkers = language.compoundLinkers;
  if (linkers === null || word.length < 2 * MIN_PART_LENGTH) return null;
  // best[i]: the best split of the first i letters.
  const best: (Split | null)[] = new Array<null>(word.length + 1).fill(null);
  best[0] = { parts: 0, own: 0, english: [] };
  for (let start = 0; start < word.length; start++) {
    const before = best[start];
    if (!before) continue;
    for (let end = start + MIN_PART_LENGTH; end <= word.length; end++) {
      const last = end === word.length;
      const part = word.slice(start, end);
      if (language.functionWords.has(part)) continue;
      const own = last ? readingAsWord(language, part) : oneWordReading(language, part);
      const borrowed =
        !own && part.length >= MIN_ENGLISH_PART_LENGTH && language.englishWords.has(part);
      if (!own && !borrowed) continue;
      const next: Split = {
        parts: before.parts + 1,
        own: before.own + (own ? 1 : 0),
        english: [...before.english, ...(own ?? [part])],
      };
      const keep = (at: number): void => {
        const known = best[at];
        if (!known || isBetterSplit(next, known)) best[at] = next;
      };
      keep(end);
      if (!last) for (const l of linkers) if (word.startsWith(l, end)) keep(end + l.length);
    }
  }
  const whole = best[word.length];
  return whole && whole.parts >= 2 && whole.own >= 1 ? whole.english : null;
}

/** A way to read the first letters of a compound: how many parts, how many of them glossary words. */
interface Split {
  parts: number;
  own: number;
  english: readonly string[];
}

const isBetterSplit = (a: Split, b: Split): boolean =>
  a.parts !== b.parts ? a.parts < b.parts : a.own > b.own;

/** The English reading of an inflected form of a one-word key. */
function inflected(language: CompiledLanguage, word: string): readonly string[] | null {
  for (const ending of language.endings) {
    if (word.length - ending.length < MIN_STEM_LENGTH || !word.endsWith(ending)) continue;
    const reading = oneWordReading(language, word.slice(0, -ending.length));
    if (reading) return reading;
  }
  return null;
}

/** A keyword query this short may be read as another language from one glossary word. */
const SHORT_QUERY_WORDS = 4;

/** Shorter stems would read unrelated short words as inflections of each other. */
const MIN_STEM_LENGTH = 4;

/** The shortest word of a compound: "amt", "rat" and "tag" are words, two letters are noise. */
const MIN_PART_LENGTH = 3;

/** An English word inside a compound is longer: "chat", "online", never "hot" of "hotline". */
const MIN_ENGLISH_PART_LENGTH = 4;

export function createLanguageReader(
  languages: readonly Language[],
  englishWords: ReadonlySet<string>,
): LanguageReader {
  const compiled = languages.map((l) => compileLanguage(l, englishWords));
  return {
    read(text, words) {
      const language = compiled.length > 0 ? detect(compiled, words) : null;
      if (!language) return { language: null, words: [...words], ownWords: null, kept: [] };
      // Accents only decide between keys that fold alike; the typed words line up with the
      // normalised ones unless folding changed the word count, and then accents are not used.
      const typed = language.accented.size > 0 ? accentedWords(text) : null;
      const aligned = typed && typed.length === words.length ? typed : null;
      const ends = language.separableParticles.size > 0 ? clauseEnds(text, words.length) : null;
      const separable = ends
        ? separableVerbs(language, words, ends)
        : new Map<number, SeparableVerb>();
      return {
        language: language.code,
        ...translate(language, words, aligned, separable),
        ownWords: words.filter((w) => !language.functionWords.has(w)),
      };
    },
  };
}
