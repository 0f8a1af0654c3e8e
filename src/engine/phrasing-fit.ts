// How well a question's words fit the words people use for each candidate entry: a naive Bayes
// posterior over the candidates, from the term counts of each entry's phrasings.
//
// Coverage and similarity weigh a word by its IDF over the whole base. In a base about one subject
// the words that tell two entries apart ("host", "grooming") are common, while a rare word of the
// question ("wide", "kindly") weighs a lot and matches nothing. The posterior compares candidates
// on the words they use, so a word no candidate's phrasings use counts for none of them, and one
// that only the right entry's phrasings use counts a lot. It moves a runner-up down, by how much
// less likely its phrasings make the question, which widens the lead of the entry people really
// ask that way. Measured on the dev split (tests/bench, settings.ts).
import type { EntryProfile, ScoredEntry } from './rank';
import { softmax } from './softmax';

/** The term counts of one entry's phrasings, compact: about 6 bytes a term at 10,000 entries. */
interface EntryCounts {
  /** The distinct terms of its phrasings, sorted (binary search). */
  terms: Int32Array;
  /** How many times each occurs in its phrasings. */
  counts: Uint32Array;
  /** The number of terms of all its phrasings. */
  length: number;
  /**
   * The terms that fill its lookup's example slot (EntryProfile.slot in rank.ts: founding
   * countries' names, and non-members named in one word), and how often its phrasings name one as
   * an example ("Is Germany a member?"): any of them in the question counts as often as the
   * examples do.
   */
  slot: ReadonlySet<number>;
  examples: number;
}

/** What the posterior needs of the base, built with the engine. */
export interface PhrasingFitModel {
  /**
   * 1 for a term that some phrasing uses or that fills a lookup's slot: other terms are no evidence
   * for any entry.
   */
  inPhrasings: Uint8Array;
  /** Distinct terms over all phrasings (the size of the vocabulary the smoothing spreads over). */
  vocabularySize: number;
  /** By entry number. */
  entries: EntryCounts[];
}

export interface PhrasingFitSettings {
  /** How much the log-posterior of an entry adds to its score (0 turns the posterior off). */
  fitWeight: number;
  /** Additive smoothing of the term counts. */
  fitSmoothing: number;
}

/** A posterior below this counts as this: one unlikely word must not bury an entry. */
const FLOOR = 1e-9;
const NO_SLOT: ReadonlySet<number> = new Set();

/** An entry's phrasings as term ids and the terms of its lookup values, the model's input. */
export interface EntryTerms {
  phrasings: Iterable<number>[];
  slot: ReadonlySet<number>;
}

function countEntry({ phrasings, slot }: EntryTerms): EntryCounts {
  const tally = new Map<number, number>();
  let length = 0;
  for (const phrasing of phrasings) {
    for (const term of phrasing) {
      tally.set(term, (tally.get(term) ?? 0) + 1);
      length += 1;
    }
  }
  const terms = Int32Array.from(tally.keys()).sort();
  const counts = Uint32Array.from(terms, (term) => tally.get(term) ?? 0);
  let examples = 0;
  for (const term of slot) examples = Math.max(examples, tally.get(term) ?? 0);
  return { terms, counts, length, slot: slot.size > 0 ? slot : NO_SLOT, examples };
}

/** The model of entries given as term ids (by entry number). */
export function countPhrasingTerms(entries: readonly EntryTerms[]): PhrasingFitModel {
  const counted = entries.map(countEntry);
  let highest = -1;
  for (const { terms, slot } of counted) {
    for (const term of terms) highest = Math.max(highest, term);
    for (const term of slot) highest = Math.max(highest, term);
  }
  const inPhrasings = new Uint8Array(highest + 1);
  let vocabularySize = 0;
  for (const { terms } of counted) {
    for (const term of terms) {
      if (inPhrasings[term] === 1) continue;
      inPhrasings[term] = 1;
      vocabularySize += 1;
    }
  }
  // A lookup value that no phrasing names ("Is Moldova a member?") still fills the lookup's example
  // slot, so it is evidence too (it adds nothing to the vocabulary the smoothing spreads over).
  for (const { slot } of counted) for (const term of slot) inPhrasings[term] = 1;
  return { inPhrasings, vocabularySize, entries: counted };
}

/**
 * The model of the scoring profiles' entries (rank.ts): their phrasing documents, and the lookup
 * slot each profile already holds, so the two never disagree on what fills it.
 */
export function buildPhrasingFitModel(profiles: readonly EntryProfile[]): PhrasingFitModel {
  return countPhrasingTerms(
    profiles.map((profile) => ({
      phrasings: profile.phrasings.map(({ doc }) => doc.terms),
      slot: profile.slot,
    })),
  );
}

/** The question's distinct terms that some phrasing uses. */
export function evidenceTerms(model: PhrasingFitModel, termIds: Iterable<number>): number[] {
  return [...new Set(termIds)].filter((id) => model.inPhrasings[id] === 1);
}

/** Position of a term in an entry's sorted term list, or -1 (binary search). */
export function termPosition(terms: Int32Array, term: number): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = terms[middle] ?? 0;
    if (found === term) return middle;
    if (found < term) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** How often an entry's phrasings use a term. */
function countOf(counts: EntryCounts, term: number): number {
  const at = termPosition(counts.terms, term);
  return at < 0 ? 0 : (counts.counts[at] ?? 0);
}

/** The log-likelihood of the question's terms under one entry's phrasings. */
function logLikelihood(
  counts: EntryCounts,
  terms: readonly number[],
  model: PhrasingFitModel,
  smoothing: number,
): number {
  const denominator = Math.log(counts.length + smoothing * model.vocabularySize);
  let sum = 0;
  for (const term of terms) {
    const count = counts.slot.has(term)
      ? Math.max(countOf(counts, term), counts.examples)
      : countOf(counts, term);
    sum += Math.log(count + smoothing) - denominator;
  }
  return sum;
}

/** The posterior of each candidate (same order), the candidates being equally likely beforehand. */
export function posteriors(
  ranked: readonly ScoredEntry[],
  terms: readonly number[],
  model: PhrasingFitModel,
  smoothing: number,
): number[] {
  if (terms.length === 0) return ranked.map(() => 1 / ranked.length);
  return softmax(
    ranked.map((scored) => {
      const counts = model.entries[scored.entry];
      return counts ? logLikelihood(counts, terms, model, smoothing) : -Infinity;
    }),
  );
}

/** The candidates with each score moved by the weighted log of its posterior, best first. */
export function withPhrasingFit(
  ranked: readonly ScoredEntry[],
  terms: readonly number[],
  model: PhrasingFitModel,
  settings: PhrasingFitSettings,
): ScoredEntry[] {
  if (settings.fitWeight === 0 || ranked.length < 2) return [...ranked];
  const fit = posteriors(ranked, terms, model, settings.fitSmoothing);
  return ranked
    .map((scored, k) => ({
      ...scored,
      fit: fit[k] ?? 0,
      score: Math.max(
        0,
        scored.score + settings.fitWeight * Math.log(Math.max(fit[k] ?? 0, FLOOR)),
      ),
    }))
    .sort((a, b) => b.score - a.score);
}
