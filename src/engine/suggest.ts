// Autocomplete: knowledge-base questions that match what the user has typed so far, the last
// word taken as a prefix ("found" → founding, founders).
import type { Suggestion } from '../types';
import type { Analyzer, QueryTerm } from './analyzer';
import type { SearchIndex } from './search-index';
import { retrieveCandidates } from './search-index';
import { stem } from './stem';
import { termsWithPrefix } from './variants';
import { normalizeText, tokenize } from './text';

const MAX_EXPANSIONS = 20;
const PREFIX_WEIGHT = 0.6;

export function suggestQuestions(
  index: SearchIndex,
  analyzer: Analyzer,
  text: string,
  limit: number,
): Suggestion[] {
  const max = Math.max(0, Math.min(limit, 25));
  const words = tokenize(normalizeText(text));
  const defaults = () =>
    index.entries
      .filter((e) => e.kind === 'answer')
      .slice(0, max)
      .map((e) => ({ id: e.id, question: e.questions[0] ?? e.id }));
  if (words.length === 0 || max === 0) return defaults();

  const sortedTerms = getSortedTerms(index);
  const typingLastWord = !/\s$/.test(text);
  const complete = typingLastWord ? words.slice(0, -1).join(' ') : words.join(' ');
  const terms: QueryTerm[] = analyzer.analyze(complete).terms;
  const last = words.at(-1) ?? '';
  if (typingLastWord && last.length >= 2) {
    const stems = new Set([
      ...termsWithPrefix(sortedTerms, last, MAX_EXPANSIONS),
      ...termsWithPrefix(sortedTerms, stem(last), MAX_EXPANSIONS),
    ]);
    for (const term of stems) terms.push({ term, weight: PREFIX_WEIGHT, corrected: false });
  }
  const expansions = terms.filter((t) => t.weight === PREFIX_WEIGHT).map((t) => t.term);
  const slots: string[][] = [
    ...terms.filter((t) => t.weight !== PREFIX_WEIGHT).map((t) => [t.term]),
    ...(expansions.length ? [expansions] : []),
  ];
  const wanted = new Set(terms.map((t) => t.term));
  // BM25 finds candidates; the entries that match more of what was typed (each complete word,
  // and the partial word through any completion) come first. Meta entries are no useful choice.
  return retrieveCandidates(index, terms, max * 3)
    .flatMap((entryIndex, rank) => {
      const entry = index.entries[entryIndex];
      if (!entry || entry.kind === 'meta' || entry.kind === 'decline') return [];
      const entryTerms = termsOfEntry(index, entryIndex);
      const matched = slots.filter((alternatives) =>
        alternatives.some((t) => entryTerms.has(t)),
      ).length;
      return [{ entry, entryIndex, matched, rank }];
    })
    .sort((a, b) => b.matched - a.matched || a.rank - b.rank)
    .slice(0, max)
    .map(({ entry, entryIndex }) => ({
      id: entry.id,
      question: bestPhrasing(index, entryIndex, wanted) ?? entry.questions[0] ?? entry.id,
    }));
}

function termsOfEntry(index: SearchIndex, entryIndex: number): Set<string> {
  const out = new Set<string>();
  for (const docId of index.docsOfEntry[entryIndex] ?? []) {
    const doc = index.docs[docId];
    if (doc && doc.kind !== 'answer') for (const term of doc.terms) out.add(termName(index, term));
  }
  return out;
}

/** The phrasing of an entry sharing most terms with the query. */
function bestPhrasing(
  index: SearchIndex,
  entryIndex: number,
  wanted: ReadonlySet<string>,
): string | undefined {
  const entry = index.entries[entryIndex];
  let best: { count: number; phrasing: number } = { count: -1, phrasing: 0 };
  for (const docId of index.docsOfEntry[entryIndex] ?? []) {
    const doc = index.docs[docId];
    if (doc?.kind !== 'phrasing') continue;
    let count = 0;
    for (const term of doc.terms) if (wanted.has(termName(index, term))) count += 1;
    if (count > best.count) best = { count, phrasing: doc.phrasing };
  }
  return entry?.questions[best.phrasing];
}

const getSortedTerms = (index: SearchIndex): string[] => index.sortedTerms;
const termName = (index: SearchIndex, id: number): string => index.termNames[id] ?? '';
