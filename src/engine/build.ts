// Everything an engine is built from, in slices: vocabulary and its typos, the analyzer, the
// index, the phrasing fit and the entry classifier trained on it, the typo corrector, safety
// rules and lookups.
import type { Entry, KnowledgeBase, SourceRef } from '../types';
import { createAnalyzer } from './analyzer';
import type { Analyzer } from './analyzer';
import { indexExactPhrasings } from './exact-phrasings';
import { createLanguageReader } from './languages';
import type { ExactPhrasing } from './exact-phrasings';
import { compileLookup } from './lookup';
import type { CompiledLookup } from './lookup';
import type { ReplyContext } from './reply';
import { trainEntryClassifier, trainingPhrasings } from './entry-classifier';
import type { EntryClassifier } from './entry-classifier';
import { buildPhrasingFitModel } from './phrasing-fit';
import type { PhrasingFitModel } from './phrasing-fit';
import { buildEntryProfiles } from './rank';
import type { EntryProfile } from './rank';
import { linkedEntries } from './rival';
import { createSafetyMatcher } from './safety';
import type { SafetyMatcher } from './safety';
import { buildSearchIndexSteps } from './search-index';
import type { SearchIndex } from './search-index';
import type { EngineSettings } from './settings';
import type { Steps } from '../steps';
import { HARD_STOPWORDS, SOFT_STOPWORDS } from './stopwords';
import { createTypoCorrector } from './typo';
import { englishLexicon } from './lexicon';
import type { TypoCorrector } from './typo';
import { addWords, collectVocabulary, findKnowledgeTyposSteps } from './vocabulary';

export interface EngineParts {
  analyzer: Analyzer;
  index: SearchIndex;
  /** What scoring needs of each entry, by entry number (rank.ts). */
  profiles: readonly EntryProfile[];
  /** The classifier that checks the best entry (entry-classifier.ts). */
  classifier: EntryClassifier;
  /** What the phrasing-fit posterior needs (phrasing-fit.ts). */
  fit: PhrasingFitModel;
  corrector: TypoCorrector;
  safety: SafetyMatcher;
  entriesById: ReadonlyMap<string, Entry>;
  /** Entries linked to each entry (rival.ts), by entry number. */
  links: readonly ReadonlySet<number>[];
  lookups: ReadonlyMap<string, CompiledLookup>;
  helpEntry: Entry | undefined;
  exactPhrasings: ReadonlyMap<string, ExactPhrasing>;
  ctx: ReplyContext;
}

export function* buildEngineParts(kb: KnowledgeBase, settings: EngineSettings): Steps<EngineParts> {
  // Typos are looked for among the entries' own words; questions are corrected towards those
  // words plus the term groups and function words, which are no typos either.
  const knowledgeWords = collectVocabulary(kb.entries, []);
  const functionWords = new Set([...HARD_STOPWORDS, ...SOFT_STOPWORDS]);
  const realWords = englishLexicon();
  const typos = yield* findKnowledgeTyposSteps(
    kb.entries,
    knowledgeWords,
    functionWords,
    realWords,
  );
  yield;
  const reader = createLanguageReader(kb.languages, realWords);
  const analyzer = createAnalyzer(kb.termGroups, typos, realWords, reader);
  const index = yield* buildSearchIndexSteps(kb.entries, analyzer, settings.answerStrength);
  const profiles = yield* buildEntryProfiles(index);
  const fit = buildPhrasingFitModel(profiles);
  const examples = yield* trainingPhrasings(index, profiles, settings.classifierCandidates);
  const classifier = yield* trainEntryClassifier(fit, examples);
  const corrector = createTypoCorrector(
    addWords(knowledgeWords, [...kb.termGroups.flat(), ...functionWords]),
  );
  yield;
  const entriesById = new Map(kb.entries.map((e) => [e.id, e]));
  const sourcesById = new Map<string, SourceRef>(
    kb.sources.map((s) => [s.id, { id: s.id, title: s.title, date: s.date, url: s.url }]),
  );
  const lookups = new Map<string, CompiledLookup>(
    kb.entries.flatMap((e) =>
      e.lookup ? [[e.id, compileLookup(e.lookup, analyzer)] as const] : [],
    ),
  );
  const helpEntry = entriesById.get(kb.safety.entryId);
  return {
    analyzer,
    index,
    profiles,
    fit,
    classifier,
    corrector,
    safety: createSafetyMatcher(kb.safety),
    entriesById,
    links: linkedEntries(kb.entries),
    lookups,
    helpEntry,
    exactPhrasings: indexExactPhrasings(kb.entries),
    ctx: { kb, entriesById, sourcesById, help: helpEntry },
  };
}
