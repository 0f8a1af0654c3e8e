// Scores candidate entries by how much of the question they cover (IDF-weighted) and how much of
// their best phrasing the question covers; never by a raw fuzzy score, which does not separate
// off-topic questions from real ones.
import type { Analysis } from './analyzer';
import { containsSequence } from './lookup';
import type { IndexedDoc, SearchIndex } from './search-index';
import type { Steps } from '../steps';
import type { QuestionType } from './stopwords';

export interface ScoredEntry {
  entry: number;
  /** 0 and up (a perfect match of the right question type slightly exceeds 1). */
  score: number;
  /** Share of the question's weight found in the entry (0..1). */
  coverage: number;
  /** Dice similarity of the question and the entry's best phrasing, IDF-weighted (0..1). */
  similarity: number;
  /** Index of the best-matching phrasing. */
  phrasing: number;
  /** The entry's posterior among the candidates (phrasing-fit.ts); 1 until that is computed. */
  fit: number;
}

/** A corrected typo is good evidence, but not as good as the word itself. */
const CORRECTED_FACTOR = 0.8;
const QTYPE_BONUS = 0.04;
/** A value filling a phrasing's example slot counts a little less than the word itself, so an
 * entry whose phrasing names that very value ("Canada founding member?") still comes first. */
const SLOT_FACTOR = 0.8;
const SPECIFIC_QTYPES: ReadonlySet<QuestionType> = new Set([
  'who',
  'when',
  'where',
  'how-many',
  'why',
]);

function qtypeAdjustment(question: QuestionType, phrasing: QuestionType): number {
  if (question === null || phrasing === null) return 0;
  if (question === phrasing) return QTYPE_BONUS;
  return SPECIFIC_QTYPES.has(question) && SPECIFIC_QTYPES.has(phrasing) ? -QTYPE_BONUS : 0;
}

/**
 * What scoring needs to know of an entry, built with the engine (buildEntryProfiles), so no
 * question walks an entry's documents: about 27 MB and 0.1 s at 10,000 entries. Built on first
 * use instead, the first questions to touch each entry paid for it in the latency tail.
 */
export interface EntryProfile {
  /** The strongest kind of document each term of the entry appears in. */
  strengths: Map<number, number>;
  /**
   * The terms that fill its lookup's example slot: those of its values (founding countries' names)
   * and of its others named in one word ("India"). The words of a longer other ("South Africa",
   * "Saudi Arabia") are left out: alone they say something else ("African countries").
   */
  slot: Set<number>;
  /**
   * Every name its lookup knows, values and others alike ("India" is not a founding country, but
   * "Is India a member?" asks the lookup all the same), each as its sequence of term ids.
   */
  names: number[][];
  /** Its phrasing documents, each with its IDF-weighted size (the question's side of Dice varies). */
  phrasings: { doc: IndexedDoc; size: number }[];
}

const termWeight = (index: SearchIndex, doc: IndexedDoc, k: number): number =>
  (doc.weights[k] ?? 1) * (index.idf[doc.terms[k] ?? -1] ?? 0);

function buildProfile(index: SearchIndex, entry: number): EntryProfile {
  const strengths = new Map<number, number>();
  const slot = new Set<number>();
  const names: number[][] = [];
  const phrasings: { doc: IndexedDoc; size: number }[] = [];
  for (const docId of index.docsOfEntry[entry] ?? []) {
    const doc = index.docs[docId];
    if (!doc) continue;
    const strength = index.strengths[doc.kind];
    for (const term of doc.terms) {
      if ((strengths.get(term) ?? 0) < strength) strengths.set(term, strength);
      if (doc.kind === 'lookup' || (doc.kind === 'other' && doc.terms.length === 1)) slot.add(term);
    }
    if (doc.kind === 'lookup' || doc.kind === 'other') names.push([...doc.terms]);
    if (doc.kind === 'phrasing') {
      let size = 0;
      for (let k = 0; k < doc.terms.length; k++) size += termWeight(index, doc, k);
      phrasings.push({ doc, size });
    }
  }
  return { strengths, slot, names, phrasings };
}
/** Entries profiled between two yields while an engine is built. */
const PROFILE_SLICE = 500;

/** Every entry's profile, by entry number, in slices. */
export function* buildEntryProfiles(index: SearchIndex): Steps<EntryProfile[]> {
  const out: EntryProfile[] = [];
  for (let entry = 0; entry < index.entries.length; entry++) {
    out.push(buildProfile(index, entry));
    if (entry % PROFILE_SLICE === PROFILE_SLICE - 1) yield;
  }
  return out;
}

const NO_PROFILE: EntryProfile = {
  strengths: new Map(),
  slot: new Set(),
  names: [],
  phrasings: [],
};

export interface ScoringOptions {
  coverageWeight: number;
  /** Word-family variants of the question's terms, and how much a match through one counts. */
  variants: ReadonlyMap<string, readonly number[]>;
  variantStrength: number;
}

/** What scoring needs of the question: the same for every candidate entry, so computed once. */
interface QueryProfile {
  /** Each counted term: its index id (undefined when the base never uses it), its weighted IDF
   * as it counts when matched, and its variants' ids. */
  terms: { id: number | undefined; mass: number; variants: readonly number[] }[];
  /** The question's whole weighted IDF: the share of it an entry explains is its coverage. */
  total: number;
  /** The indexed terms of the question and of its variants. */
  ids: ReadonlySet<number>;
  /** The question's terms in their order, by id (-1 for a term the index does not know). */
  sequence: readonly number[];
  qtype: QuestionType;
}

function profileQuery(
  index: SearchIndex,
  analysis: Analysis,
  options: ScoringOptions,
): QueryProfile {
  const { variants, variantStrength } = options;
  const terms: QueryProfile['terms'] = [];
  const ids = new Set<number>();
  const sequence: number[] = [];
  let total = 0;
  for (const term of analysis.terms) {
    const id = index.termIds.get(term.term);
    sequence.push(id ?? -1);
    // A soft function word the knowledge base never uses tells nothing either way.
    if (id === undefined && term.weight < 1) continue;
    const idf = id === undefined ? index.unknownIdf : (index.idf[id] ?? 0);
    total += term.weight * idf;
    if (id !== undefined) ids.add(id);
    const termVariants = variants.get(term.term) ?? [];
    if (variantStrength > 0) for (const variant of termVariants) ids.add(variant);
    const mass = term.weight * idf * (term.corrected ? CORRECTED_FACTOR : 1);
    terms.push({ id, mass, variants: termVariants });
  }
  return { terms, total, ids, sequence, qtype: analysis.qtype };
}

function scoreEntry(
  index: SearchIndex,
  query: QueryProfile,
  entry: number,
  profile: EntryProfile,
  options: ScoringOptions,
): ScoredEntry {
  const { coverageWeight, variantStrength } = options;
  const { strengths, slot, names, phrasings } = profile;
  const { total } = query;
  // The question's terms as marks by term id (set by rankCandidates): the phrasing loop below is
  // the engine's hottest, and an array read is cheaper there than a Set lookup.
  const marks = index.scratch.queryTerms;
  let matched = 0;
  for (const { id, mass, variants } of query.terms) {
    let strength = id === undefined ? 0 : (strengths.get(id) ?? 0);
    for (const variant of variants)
      strength = Math.max(strength, variantStrength * (strengths.get(variant) ?? 0));
    matched += mass * strength;
  }
  const coverage = total > 0 ? matched / total : 0;

  // A lookup entry's phrasings name one value as an example ("Is Germany a member?"): any name the
  // lookup knows fills that slot when the question names it whole, so "Is Belgium a member?" and
  // "Is India a member?" match it just as well, while "African" does not fill it with "South Africa".
  const fillsSlot = slot.size > 0 && names.some((name) => containsSequence(query.sequence, name));

  // Dice rather than the phrasing's share alone: a one-word phrasing ("funding?") must not match
  // every question that contains its word perfectly.
  let best = { value: -1, similarity: 0, phrasing: 0 };
  for (const { doc, size } of phrasings) {
    let shared = 0;
    for (let k = 0; k < doc.terms.length; k++) {
      const term = doc.terms[k] ?? -1;
      if (marks[term] === 1) shared += termWeight(index, doc, k);
      else if (fillsSlot && slot.has(term)) shared += SLOT_FACTOR * termWeight(index, doc, k);
    }
    const similarity = size + total > 0 ? Math.min(1, (2 * shared) / (size + total)) : 0;
    const value = similarity + qtypeAdjustment(query.qtype, doc.qtype);
    if (value > best.value) best = { value, similarity, phrasing: doc.phrasing };
  }
  const adjustment = best.value - best.similarity;
  // Not capped at 1: a matching question type may lift a perfect match to 1.04, and capping it
  // would eat into its lead over the runner-up. The confidence is capped instead (confidence.ts).
  const score = Math.max(
    0,
    coverageWeight * coverage + (1 - coverageWeight) * best.similarity + adjustment,
  );
  return { entry, score, coverage, similarity: best.similarity, phrasing: best.phrasing, fit: 1 };
}

/** Scores the candidates, best first. */
export function rankCandidates(
  index: SearchIndex,
  profiles: readonly EntryProfile[],
  analysis: Analysis,
  candidates: readonly number[],
  options: ScoringOptions,
): ScoredEntry[] {
  const query = profileQuery(index, analysis, options);
  const marks = index.scratch.queryTerms;
  for (const id of query.ids) marks[id] = 1;
  try {
    return candidates
      .map((entry) => scoreEntry(index, query, entry, profiles[entry] ?? NO_PROFILE, options))
      .sort((a, b) => b.score - a.score);
  } finally {
    for (const id of query.ids) marks[id] = 0;
  }
}
