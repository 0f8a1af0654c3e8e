// Typo tolerance: an unknown word is corrected to a knowledge-base word within an edit budget.
// fuse.js ranks candidates inside small buckets (first letter × length); optimal string alignment
// verifies them, because Bitap counts a transposition as two errors.
import Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import { LruCache } from './lru';

// threshold 0.4: "gaols" → "goals" needs it (a transposition is 2 Bitap errors in 5 letters).
export const VOCAB_FUSE_OPTIONS: IFuseOptions<string> = {
  threshold: 0.4,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  includeScore: true,
  useExtendedSearch: false, // never parse user text as operators
};

/** Words of this length are corrected only for two swapped neighbouring letters (see swapped). */
const SWAP_ONLY_LENGTH = 4;

/**
 * Meilisearch's budget: no typo under 5 letters, 1 from 5, 2 from 9 (a four-letter word is still
 * read through two swapped letters, see swapped).
 */
export function editBudget(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), capped. */
export function osaDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
  }
  return (rows[a.length] as number[])[b.length] ?? cap + 1;
}

export interface TypoCorrector {
  /** The known word a typo stands for, or null. Known words are returned unchanged. */
  correct(word: string): string | null;
  /** The closest other known word within the edit budget, or null (the word itself excluded). */
  nearest(word: string): string | null;
  isKnown(word: string): boolean;
}

/** Builds buckets over the known words; `frequency` breaks ties towards common words. */
export function createTypoCorrector(frequency: ReadonlyMap<string, number>): TypoCorrector {
  const buckets = new Map<string, string[]>();
  for (const word of frequency.keys()) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const key = `${word[0] ?? ''}${word.length}`;
    const bucket = buckets.get(key) ?? [];
    bucket.push(word);
    buckets.set(key, bucket);
  }
  // Built up front, so the first question that needs a bucket does not pay for it.
  const fuses = new Map<string, Fuse<string>>(
    [...buckets].map(([key, words]) => [key, new Fuse(words, VOCAB_FUSE_OPTIONS)]),
  );
  const fuseFor = (key: string): Fuse<string> | undefined => fuses.get(key);
  const cache = new LruCache<string, string | null>(10_000);

  /**
   * A four-letter word with two neighbouring letters swapped ("juen", "jion", "lsit"): under the
   * edit budget, but a swap keeps every letter, so it is far less ambiguous than a letter added or
   * lost ("thre": three or there?). The most frequent known word wins.
   */
  const swapped = (word: string): string | null => {
    let best: string | null = null;
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const candidate =
        word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
      const freq = frequency.get(candidate);
      if (freq !== undefined && (best === null || freq > (frequency.get(best) ?? 0)))
        best = candidate;
    }
    return best;
  };

  const search = (word: string): string | null => {
    if (/\d/.test(word)) return null;
    if (word.length === SWAP_ONLY_LENGTH) return swapped(word);
    const budget = editBudget(word.length);
    if (budget === 0) return null;
    // A typo in the first letter is rare; a swap of the first two letters is covered by word[1].
    const firstLetters = new Set([word[0] ?? '', word[1] ?? '']);
    let best: { word: string; distance: number; score: number; freq: number } | null = null;
    for (const first of firstLetters) {
      for (let length = word.length - budget; length <= word.length + budget; length++) {
        for (const hit of fuseFor(`${first}${length}`)?.search(word, { limit: 10 }) ?? []) {
          const distance = osaDistance(word, hit.item, budget);
          if (distance > budget || hit.item === word) continue;
          const candidate = {
            word: hit.item,
            distance,
            score: hit.score ?? 1,
            freq: frequency.get(hit.item) ?? 0,
          };
          if (!best || isBetter(candidate, best)) best = candidate;
        }
      }
    }
    return best?.word ?? null;
  };

  return {
    isKnown: (word) => frequency.has(word),
    nearest: search,
    correct: (word) => {
      if (frequency.has(word)) return word;
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const found = search(word);
      cache.set(word, found);
      return found;
    },
  };
}

function isBetter(
  a: { distance: number; score: number; freq: number },
  b: { distance: number; score: number; freq: number },
): boolean {
  return a.distance !== b.distance
    ? a.distance < b.distance
    : a.freq !== b.freq
      ? a.freq > b.freq
      : a.score < b.score;
}
