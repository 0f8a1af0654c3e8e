// Groups similar question texts, most frequent wording first, so each group shows its commonest form.
import { normalizeText } from '../engine/text';
import { contentTokens, jaccard } from './token-overlap';

export interface TextGroup<T> {
  /** The most frequent wording in the group (as first asked). */
  representative: string;
  /** Other wordings, most frequent first. */
  variants: string[];
  items: T[];
}

interface Wording<T> {
  text: string;
  tokens: Set<string>;
  items: T[];
}

/** Identical questions up to case and punctuation count as one wording. */
function wordings<T>(items: readonly T[], textOf: (item: T) => string): Wording<T>[] {
  const byKey = new Map<string, Wording<T>>();
  for (const item of items) {
    const text = textOf(item);
    const key = normalizeText(text);
    const wording = byKey.get(key) ?? { text, tokens: contentTokens(text), items: [] };
    wording.items.push(item);
    byKey.set(key, wording);
  }
  return [...byKey.values()].sort((a, b) => b.items.length - a.items.length);
}

/**
 * Greedy single pass: each wording joins the first group whose representative shares at least
 * `threshold` of its content words (Jaccard), else starts a group. Largest groups first.
 */
export function groupSimilar<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  threshold: number,
): TextGroup<T>[] {
  const groups: (TextGroup<T> & { tokens: Set<string> })[] = [];
  for (const wording of wordings(items, textOf)) {
    const group = groups.find((g) => jaccard(g.tokens, wording.tokens) >= threshold);
    if (group) {
      group.variants.push(wording.text);
      group.items.push(...wording.items);
    } else {
      groups.push({
        representative: wording.text,
        variants: [],
        items: [...wording.items],
        tokens: wording.tokens,
      });
    }
  }
  return groups
    .map(({ representative, variants, items: grouped }) => ({
      representative,
      variants,
      items: grouped,
    }))
    .sort((a, b) => b.items.length - a.items.length);
}
