// Word-family variants: a question word the knowledge base lacks, or uses only in another form,
// still counts in part through indexed terms that share its beginning ("proposal" → propos(ed),
// "founders" → found(ing)). The light stemmer keeps word families apart on purpose; this gives
// them partial credit instead.
import type { QueryTerm } from './analyzer';
import type { SearchIndex } from './search-index';

const MIN_LENGTH = 5;
const MAX_VARIANTS = 8;

/** Index terms starting with a prefix, from the sorted term list (binary search). */
export function termsWithPrefix(
  sortedTerms: readonly string[],
  prefix: string,
  max: number,
): string[] {
  let lo = 0;
  let hi = sortedTerms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sortedTerms[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sortedTerms.length && out.length < max; i++) {
    const term = sortedTerms[i] ?? '';
    if (!term.startsWith(prefix)) break;
    out.push(term);
  }
  return out;
}

/** For each content term of the question, the ids of indexed terms of the same word family. */
export function findVariants(
  index: SearchIndex,
  terms: readonly QueryTerm[],
): Map<string, number[]> {
  const variants = new Map<string, number[]>();
  for (const { term, weight } of terms) {
    if (weight < 1 || term.length < MIN_LENGTH || term.includes('_') || /\d/.test(term)) continue;
    const prefix = term.slice(0, Math.max(MIN_LENGTH, Math.ceil(term.length * 0.75)));
    const ids = termsWithPrefix(index.sortedTerms, prefix, MAX_VARIANTS + 1)
      .filter((t) => t !== term)
      .slice(0, MAX_VARIANTS)
      .flatMap((t) => {
        const id = index.termIds.get(t);
        return id === undefined ? [] : [id];
      });
    if (ids.length > 0) variants.set(term, ids);
  }
  return variants;
}
