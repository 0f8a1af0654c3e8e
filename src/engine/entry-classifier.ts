// A second opinion on the best entry: a classifier trained on the knowledge base's own phrasings,
// when the engine is built, to tell each entry from the entries its phrasings get confused with.
//
// Scores and the phrasing fit (phrasing-fit.ts) weigh a word by how rare it is, or by how often an
// entry's phrasings use it. Neither learns that a common word ("founded", "member") is what tells
// two neighbouring entries apart while a rare one is incidental. A softmax regression over each
// phrasing's retrieval candidates learns exactly that: its weights grow for the words that pick
// the right entry among the ones that come up with it. The engine blends its probability for the
// best entry into the confidence (confidence.ts). Measured on the dev split (settings.ts).
//
// Weights exist only for the terms an entry's own phrasings use, aligned with the phrasing fit's
// sorted term lists, so the model costs 4 bytes per term the fit already stores.
import { termPosition } from './phrasing-fit';
import type { PhrasingFitModel } from './phrasing-fit';
import type { EntryProfile } from './rank';
import { retrieveByTermIds } from './search-index';
import type { SearchIndex } from './search-index';
import { softmax } from './softmax';
import type { Steps } from '../steps';

export interface EntryClassifier {
  /** By entry number: a weight for each term of fit.entries[entry].terms (same order). */
  weights: Float32Array[];
  /**
   * By entry number: what any of a lookup entry's values counts ("Is Belgium a member?"), the
   * weight of the value its phrasings name as an example ("Is Germany a member?"), as in the
   * phrasing fit; 0 for other entries.
   */
  slotWeights: Float32Array;
}

export interface ClassifierSettings {
  /** Candidates of each phrasing the classifier learns to tell apart, and compares per question. */
  classifierCandidates: number;
}

/** One training example: a phrasing's distinct term ids, its entry, and the entries retrieved for it. */
export interface TrainingPhrasing {
  terms: readonly number[];
  entry: number;
  candidates: readonly number[];
}

// Stochastic gradient descent with a fixed step and no penalty, chosen on the dev split and its two
// blind batches: ten passes at step 1 fit the phrasings as closely as thirty at 0.3 (the same
// answers on both) in a third of the time, while five passes at 0.3 with an L2 penalty of 1e-4
// left 77 phrasings unable to retrieve their own entry (`check`) and answered fewer fresh
// questions right. The passes bound the weights.
const EPOCHS = 10;
const LEARNING_RATE = 1;
/** Examples trained between two yields while an engine is built (about 8 ms on the real base). */
const TRAIN_SLICE = 2000;
/** Phrasings retrieved between two yields (a retrieval costs about 20 µs, so about 10 ms). */
const RETRIEVAL_SLICE = 500;

/** The classifier's raw score of an entry for some terms: the sum of their weights. */
function entryScore(
  fit: PhrasingFitModel,
  model: EntryClassifier,
  entry: number,
  terms: readonly number[],
): number {
  const counts = fit.entries[entry];
  const weights = model.weights[entry];
  if (!counts || !weights) return 0;
  let sum = 0;
  for (const term of terms) {
    const at = termPosition(counts.terms, term);
    if (at >= 0) sum += weights[at] ?? 0;
    else if (counts.slot.has(term)) sum += model.slotWeights[entry] ?? 0;
  }
  return sum;
}

/**
 * An example as training reads it: its contending entries (its own first, each once) and, for
 * each, where its terms sit in that entry's weights (-1 where the entry's phrasings lack the
 * term). Looked up once rather than in every pass.
 */
interface PreparedExample {
  entries: number[];
  positions: Int32Array[];
}

const NO_TERMS = new Int32Array(0);

function prepare(fit: PhrasingFitModel, example: TrainingPhrasing): PreparedExample {
  const entries = [...new Set([example.entry, ...example.candidates])];
  const positions = entries.map((entry) => {
    const terms = fit.entries[entry]?.terms ?? NO_TERMS;
    return Int32Array.from(example.terms, (term) => termPosition(terms, term));
  });
  return { entries, positions };
}

/** The sum of an entry's weights at some positions. */
function sumAt(weights: Float32Array | undefined, positions: Int32Array): number {
  let sum = 0;
  if (!weights) return sum;
  for (const at of positions) if (at >= 0) sum += weights[at] ?? 0;
  return sum;
}

/** One gradient step on one example: its own entry (first) up, the others down, by their share. */
function learn(model: EntryClassifier, example: PreparedExample): void {
  const { entries, positions } = example;
  const probabilities = softmax(
    entries.map((entry, k) => sumAt(model.weights[entry], positions[k] ?? NO_TERMS)),
  );
  entries.forEach((entry, k) => {
    const weights = model.weights[entry];
    if (!weights) return;
    const gradient = (k === 0 ? 1 : 0) - (probabilities[k] ?? 0);
    for (const at of positions[k] ?? NO_TERMS) {
      if (at >= 0) weights[at] = (weights[at] ?? 0) + LEARNING_RATE * gradient;
    }
  });
}

/** A deterministic shuffle (a fixed linear congruential generator): the same base, the same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 16807) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Every phrasing as a training example, with the entries the index retrieves for it: the ones a
 * question asked that way will be ranked against.
 */
export function* trainingPhrasings(
  index: SearchIndex,
  profiles: readonly EntryProfile[],
  candidates: number,
): Steps<TrainingPhrasing[]> {
  const out: TrainingPhrasing[] = [];
  for (let entry = 0; entry < profiles.length; entry++) {
    for (const { doc } of profiles[entry]?.phrasings ?? []) {
      const terms = [...new Set(doc.terms)];
      const query = [...doc.terms].map((id, k) => ({ id, weight: doc.weights[k] ?? 1 }));
      out.push({ terms, entry, candidates: retrieveByTermIds(index, query, candidates) });
      if (out.length % RETRIEVAL_SLICE === 0) yield;
    }
  }
  return out;
}

/** Trains the classifier on the phrasings, in slices. */
export function* trainEntryClassifier(
  fit: PhrasingFitModel,
  examples: readonly TrainingPhrasing[],
): Steps<EntryClassifier> {
  const model: EntryClassifier = {
    weights: fit.entries.map(({ terms }) => new Float32Array(terms.length)),
    slotWeights: new Float32Array(fit.entries.length),
  };
  const prepared: PreparedExample[] = [];
  for (const example of examples) {
    prepared.push(prepare(fit, example));
    if (prepared.length % TRAIN_SLICE === 0) yield;
  }
  let done = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const example of shuffled(prepared, epoch + 1)) {
      learn(model, example);
      if (++done % TRAIN_SLICE === 0) yield;
    }
  }
  fit.entries.forEach(({ terms, slot }, entry) => {
    let best = 0;
    for (const term of slot) {
      const at = termPosition(terms, term);
      if (at >= 0) best = Math.max(best, model.weights[entry]?.[at] ?? 0);
    }
    model.slotWeights[entry] = best;
  });
  return model;
}

/**
 * The classifier's probability that the first of the candidates (entry numbers, best first) is
 * the one the terms ask for, among those candidates. 1 when there is no other candidate.
 */
export function agreementWithFirst(
  fit: PhrasingFitModel,
  model: EntryClassifier,
  candidates: readonly number[],
  terms: readonly number[],
): number {
  if (candidates.length < 2) return 1;
  const probabilities = softmax(candidates.map((e) => entryScore(fit, model, e, terms)));
  return probabilities[0] ?? 0;
}
