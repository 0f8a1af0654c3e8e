// Finds phrasings of different entries that say nearly the same thing (content-word Jaccard).
import { contentTokens, jaccard } from '../question-log/token-overlap';
import type { Entry } from '../types';

export interface Phrasing {
  entry: Entry;
  text: string;
}

export interface NearDuplicate {
  first: Phrasing;
  second: Phrasing;
  overlap: number;
}

interface Indexed extends Phrasing {
  tokens: Set<string>;
  /** Rarest tokens first: two sets with Jaccard ≥ t share one of their first few (prefix filter). */
  prefix: string[];
}

function indexPhrasings(entries: readonly Entry[], threshold: number): Indexed[] {
  const phrasings = entries.flatMap((entry) =>
    entry.questions.map((text) => ({ entry, text, tokens: contentTokens(text) })),
  );
  const frequency = new Map<string, number>();
  for (const p of phrasings) for (const t of p.tokens) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarity = (a: string, b: string): number =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b);
  return phrasings.map((p) => {
    const ordered = [...p.tokens].sort(rarity);
    const prefixLength = ordered.length - Math.ceil(threshold * ordered.length) + 1;
    return { ...p, prefix: ordered.slice(0, prefixLength) };
  });
}

/**
 * Pairs of phrasings from different entries whose content words overlap by at least threshold.
 * Prefix filtering keeps this far from quadratic on a large knowledge base.
 */
export function findNearDuplicates(entries: readonly Entry[], threshold: number): NearDuplicate[] {
  const found: NearDuplicate[] = [];
  const byToken = new Map<string, Indexed[]>();
  for (const phrasing of indexPhrasings(entries, threshold)) {
    const seen = new Set<Indexed>();
    for (const token of phrasing.prefix) {
      for (const earlier of byToken.get(token) ?? []) {
        if (seen.has(earlier) || earlier.entry.id === phrasing.entry.id) continue;
        seen.add(earlier);
        const overlap = jaccard(earlier.tokens, phrasing.tokens);
        if (overlap >= threshold) found.push({ first: earlier, second: phrasing, overlap });
      }
      const posting = byToken.get(token);
      if (posting) posting.push(phrasing);
      else byToken.set(token, [phrasing]);
    }
  }
  return found;
}
