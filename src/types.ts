// The shared vocabulary of the core: knowledge, replies and the engine seam. Types only, no code.

/** A source document that answers cite (knowledge/sources.yaml). */
export interface Source {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  publisher: string;
  url: string;
  /** The fact sheet under shared/sources this source was written from, when there is one. */
  sheet?: string;
  /** Where the source is defined, for located messages (absent for sources built in code). */
  location?: Location;
}

/**
 * A looked-up value inside an entry: "Is Germany a member?" answers from one entry whose
 * `lookup` lists the members, instead of one near-identical entry per country.
 */
export interface LookupValue {
  name: string;
  aliases: string[];
}

export interface Lookup {
  /** Values for which `found` is the answer ({name} is replaced). */
  values: LookupValue[];
  /** Names recognised as the same kind of thing but not in `values`; they get `notFound`. */
  others: LookupValue[];
  found: string;
  notFound: string;
}

/**
 * How an entry takes part in routing. `help` is the reporting/help answer: safety routing targets
 * it. `decline` marks questions the bot must not answer although they share most of their words
 * with an answer ("what did Napolitano say?": she attended, nothing she said is in the sources):
 * matched best, it makes the bot say it does not know, with its answer as the reason.
 */
export type EntryKind = 'answer' | 'help' | 'meta' | 'decline';

/** One curated answer with the phrasings that should retrieve it. */
export interface Entry {
  id: string;
  kind: EntryKind;
  questions: string[];
  answer: string;
  sources: string[];
  /** Ids of entries to offer as follow-ups. */
  related: string[];
  tags: string[];
  lookup?: Lookup;
  /**
   * Names of the same kind as the one its phrasings give as an example, any of which fills that
   * slot ("where was Eric Holder born" matches "where was Queen Paola born" too), without a lookup
   * answer of its own.
   */
  names?: LookupValue[];
  /** Where the entry was defined, for located messages (relative file path, 1-based line/col). */
  location: Location;
}

export interface Location {
  file: string;
  line: number;
  col: number;
}

/** Groups of equivalent terms: the first term of a group is its canonical form. */
export type TermGroup = string[];

/** Phrases that mark a question as a reporting, victim or distress question (knowledge/safety.yaml). */
export interface SafetyRules {
  /** The help entry that safety routing answers with. */
  entryId: string;
  /** Any one of these phrases (normalised, whole words) is enough. */
  phrases: string[];
  /** Each rule fires when every group has at least one of its phrases in the question. */
  combinations: string[][][];
  /**
   * Rules like combinations for a person's own situation ("my stepdad…", "someone is
   * blackmailing…"); they fire only when the question names none of the `context` words.
   */
  situations: string[][][];
  /** Words that mark a question about the initiative itself (alliance, directive, 2012…). */
  context: string[];
  /**
   * Names that are no statement about anyone's harm ("the Global Alliance against Child Sexual
   * Abuse Online"): removed before combinations and situations are matched, never before phrases.
   */
  names: string[];
  /** Phrases that route only when they are the whole message ("help", "hilfe"): a bare cry for help. */
  alone: string[];
  /**
   * Names of the places to report to (hotline, NCMEC, INHOPE): they route like phrases, unless the
   * question asks a figure or the history of the place (`figures`) and names no `asker` word.
   */
  mentions: string[];
  /** Words of a question for a figure or a date ("how many", "founded", "combien"). */
  figures: string[];
  /** Words by which the asker speaks of themselves ("my", "I"): a mention with one always routes. */
  asker: string[];
}

/**
 * A language the bot reads besides English (knowledge/languages.yaml): a question written in it is
 * read word by word into English before it is matched. The bot still answers in English.
 */
export interface Language {
  /** ISO 639-1 code, e.g. "fr". */
  code: string;
  name: string;
  /** Words that carry no meaning for matching (articles, prepositions…): dropped. */
  functionWords: string[];
  /** Inflection endings tried when a word is not in the glossary ("-en": "Treffens" is "Treffen"). */
  endings: string[];
  /** Spellings tried when a word is not in the glossary: ["ae", "ä"] reads "Laender" as "Länder". */
  respellings: [typed: string, meant: string][];
  /**
   * Letters that may join the words of a compound ("s" in "Opferidentifizierungsdatenbank"). When
   * the list is present, a word the glossary lacks is read as glossary words written together;
   * absent (French), words are never split.
   */
  compoundLinkers: string[] | null;
  /**
   * Particles of separable verbs (German "an", "statt", "teil"): at the end of a clause, one is read
   * together with an earlier word of the clause when the glossary has the two as one word ("fand
   * … statt" as "stattfand": took place). Empty when the language has none.
   */
  separableParticles: string[];
  /** A word or fixed expression of the language and its English reading, as written in the file. */
  words: [foreign: string, english: string][];
}

/** A loaded, validated knowledge base. */
export interface KnowledgeBase {
  sources: Source[];
  entries: Entry[];
  termGroups: TermGroup[];
  /** Other languages questions may be asked in (empty when knowledge/languages.yaml is absent). */
  languages: Language[];
  safety: SafetyRules;
  /** Topics to list when the bot cannot answer. */
  topics: string[];
}

/** A pointer to an entry, shown as "Did you mean" or a follow-up. */
export interface Suggestion {
  id: string;
  question: string;
}

export interface SourceRef {
  id: string;
  title: string;
  date: string;
  url: string;
}

/**
 * What the engine says about one question. `answer` is always curated text from the knowledge
 * base (never user text), so renderers only escape `question` when they echo it.
 */
export interface Reply {
  /** The question as asked (capped to the input limit); user text, escape before echoing. */
  question: string;
  /** false: the engine abstained and `answer` is the fallback. */
  answered: boolean;
  /** answer: a knowledge entry; help: the reporting/help entry (safety routing); fallback: abstained. */
  kind: 'answer' | 'help' | 'fallback';
  entryId: string | null;
  /** The entry's first phrasing, usable as a title. null when abstaining. */
  title: string | null;
  answer: string;
  /** 0..1 */
  confidence: number;
  sources: SourceRef[];
  /** "Did you mean": up to 3 close entries when the engine is unsure or abstains. */
  suggestions: Suggestion[];
  /** Follow-ups the entry links to. */
  related: Suggestion[];
}

/** Why the engine chose what it chose, for `ask --explain` and the maintainers' tools. */
export interface Explanation {
  reply: Reply;
  normalized: string;
  /** The language the question was read from and its English reading (knowledge/languages.yaml). */
  reading: { language: string; words: string[]; unread: string[] } | null;
  terms: string[];
  corrections: { from: string; to: string }[];
  safety: string | null;
  /** The decline entry whose reason leads the fallback (kind: decline), or null. */
  declinedBy: string | null;
  /**
   * The classifier's probability that the first candidate is the entry asked for, among the first
   * candidates (entry-classifier.ts): part of the confidence.
   */
  agreement: number;
  candidates: {
    id: string;
    score: number;
    /** Share of the question's weight the entry covers. */
    coverage: number;
    /** IDF-weighted Dice similarity of the question and the best phrasing. */
    similarity: number;
    /** The entry's posterior among the candidates, from its phrasings' words (phrasing-fit.ts). */
    fit: number;
    phrasing: string;
  }[];
}

/** The one engine every adapter wraps. Pure: no I/O, no clock, no platform code. */
export interface Engine {
  ask(question: string): Reply;
  explain(question: string): Explanation;
  /** The reply for one entry chosen by id (a "Did you mean" click); undefined for an unknown id. */
  answerEntry(id: string): Reply | undefined;
  /** Knowledge-base questions matching a partial question, for autocomplete. */
  suggest(prefix: string, limit: number): Suggestion[];
  readonly knowledge: KnowledgeBase;
}
