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
import type { SearchIndex } from './search-index';

/** What the posterior needs of the base, built with the engine. */
export interface PhrasingFitModel {
  /** 1 for a term that some phrasing uses: other terms are no evidence for any entry. */
  inPhrasings: Uint8Array;
  /** Distinct terms over all phrasings (the size of the vocabulary the smoothing spreads over). */
  vocabularySize: number;
}

export interface PhrasingFitSettings {
  /** How much the log-posterior of an entry adds to its score (0 turns the posterior off). */
  fitWeight: number;
  /** Additive smoothing of the term counts. */
  fitSmoothing: number;
}

/** A posterior below this counts as this: one unlikely word must not bury an entry. */
const FLOOR = 1e-9;

export function buildPhrasingFitModel(index: SearchIndex): PhrasingFitModel {
  const inPhrasings = new Uint8Array(index.termNames.length);
  let vocabularySize = 0;
  for (const doc of index.docs) {
    if (doc.kind !== 'phrasing') continue;
    for (const term of doc.terms) {
      if (inPhrasings[term] === 1) continue;
      inPhrasings[term] = 1;
      vocabularySize += 1;
    }
  }
  return { inPhrasings, vocabularySize };
}

/** The question's distinct terms that some phrasing uses. */
export function evidenceTerms(model: PhrasingFitModel, termIds: Iterable<number>): number[] {
  return [...new Set(termIds)].filter((id) => model.inPhrasings[id] === 1);
}

/**
 * How often each of the question's terms occurs in one entry's phrasings, and their total length.
 * A lookup entry's phrasings name one value as an example ("Is Germany a member?"): any of its
 * values in the question fills that slot, so it counts as often as the entry names its examples.
 */
function termCounts(
  profile: EntryProfile,
  terms: readonly number[],
): { counts: Float64Array; total: number } {
  const counts = new Float64Array(terms.length);
  const slotCounts = new Map<number, number>();
  let total = 0;
  for (const { doc } of profile.phrasings) {
    total += doc.terms.length;
    for (const term of doc.terms) {
      const slot = terms.indexOf(term);
      if (slot >= 0) counts[slot] = (counts[slot] ?? 0) + 1;
      if (profile.slot.has(term)) slotCounts.set(term, (slotCounts.get(term) ?? 0) + 1);
    }
  }
  if (profile.slot.size > 0) {
    const examples = Math.max(0, ...slotCounts.values());
    terms.forEach((term, k) => {
      if (profile.slot.has(term)) counts[k] = Math.max(counts[k] ?? 0, examples);
    });
  }
  return { counts, total };
}

/** The log-likelihood of the question's terms under one entry's phrasings. */
function logLikelihood(
  profile: EntryProfile,
  terms: readonly number[],
  model: PhrasingFitModel,
  smoothing: number,
): number {
  const { counts, total } = termCounts(profile, terms);
  const denominator = Math.log(total + smoothing * model.vocabularySize);
  let sum = 0;
  for (const count of counts) sum += Math.log(count + smoothing) - denominator;
  return sum;
}

/** The posterior of each candidate (same order), the candidates being equally likely beforehand. */
export function posteriors(
  ranked: readonly ScoredEntry[],
  profiles: readonly EntryProfile[],
  terms: readonly number[],
  model: PhrasingFitModel,
  smoothing: number,
): number[] {
  if (terms.length === 0) return ranked.map(() => 1 / ranked.length);
  const logs = ranked.map((scored) =>
    profiles[scored.entry]
      ? logLikelihood(profiles[scored.entry] as EntryProfile, terms, model, smoothing)
      : -Infinity,
  );
  const best = Math.max(...logs);
  const weights = logs.map((value) => Math.exp(value - best));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => weight / sum);
}

/** The candidates with each score moved by the weighted log of its posterior, best first. */
export function withPhrasingFit(
  ranked: readonly ScoredEntry[],
  profiles: readonly EntryProfile[],
  terms: readonly number[],
  model: PhrasingFitModel,
  settings: PhrasingFitSettings,
): ScoredEntry[] {
  if (settings.fitWeight === 0 || ranked.length < 2) return [...ranked];
  const fit = posteriors(ranked, profiles, terms, model, settings.fitSmoothing);
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
