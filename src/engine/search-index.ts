// The inverted index: one document per phrasing, tag, lookup value and answer; BM25 over the
// postings of the question's terms picks a few candidate entries, so no question scans the base.
import type { Entry } from '../types';
import type { Analyzer, QueryTerm } from './analyzer';
import type { QuestionType } from './stopwords';
import { normalizeText, tokenize } from './text';

export type DocKind = 'phrasing' | 'tag' | 'lookup' | 'answer';

/** How much a match in each kind of document counts (answers only help recall). */
export const DOC_STRENGTH: Record<DocKind, number> = {
  phrasing: 1,
  tag: 0.9,
  lookup: 1,
  answer: 0.35,
};

export interface IndexedDoc {
  entry: number;
  kind: DocKind;
  /** Index of the phrasing within the entry (phrasing docs only). */
  phrasing: number;
  /** The kind of question a phrasing asks ("who", "when"…). */
  qtype: QuestionType;
  /** Term ids with their weights (soft function words weigh less). */
  terms: Int32Array;
  weights: Float32Array;
}

export interface SearchIndex {
  entries: readonly Entry[];
  docs: IndexedDoc[];
  /** Docs of each entry. */
  docsOfEntry: number[][];
  termIds: Map<string, number>;
  postings: Int32Array[];
  idf: Float64Array;
  /** The idf of a term found nowhere: the strongest evidence a question is about something else. */
  unknownIdf: number;
  /** Surface words of the knowledge base with their frequency, for typo correction. */
  vocabulary: Map<string, number>;
  analyzer: Analyzer;
  avgDocLength: number;
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;

interface DocText {
  kind: DocKind;
  text: string;
  phrasing: number;
}

function docTexts(entry: Entry): DocText[] {
  const texts: DocText[] = entry.questions.map((text, phrasing) => ({
    kind: 'phrasing',
    text,
    phrasing,
  }));
  for (const tag of entry.tags) texts.push({ kind: 'tag', text: tag, phrasing: -1 });
  for (const value of [...(entry.lookup?.values ?? []), ...(entry.lookup?.others ?? [])]) {
    for (const name of [value.name, ...value.aliases])
      texts.push({ kind: 'lookup', text: name, phrasing: -1 });
  }
  texts.push({ kind: 'answer', text: entry.answer, phrasing: -1 });
  return texts;
}

export function buildSearchIndex(
  entries: readonly Entry[],
  analyzer: Analyzer,
  extraWords: readonly string[],
): SearchIndex {
  const termIds = new Map<string, number>();
  const postingLists: number[][] = [];
  const vocabulary = new Map<string, number>();
  const docs: IndexedDoc[] = [];
  const docsOfEntry: number[][] = [];
  let totalLength = 0;

  const countWords = (text: string) => {
    for (const word of tokenize(normalizeText(text)))
      vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  };

  entries.forEach((entry, entryIndex) => {
    docsOfEntry.push([]);
    for (const { kind, text, phrasing } of docTexts(entry)) {
      countWords(text);
      const analysis = analyzer.analyze(text);
      const ids: number[] = [];
      const weights: number[] = [];
      for (const term of analysis.terms) {
        let id = termIds.get(term.term);
        if (id === undefined) {
          id = postingLists.length;
          termIds.set(term.term, id);
          postingLists.push([]);
        }
        (postingLists[id] as number[]).push(docs.length);
        ids.push(id);
        weights.push(term.weight);
      }
      (docsOfEntry[entryIndex] as number[]).push(docs.length);
      docs.push({
        entry: entryIndex,
        kind,
        phrasing,
        qtype: analysis.qtype,
        terms: Int32Array.from(ids),
        weights: Float32Array.from(weights),
      });
      totalLength += ids.length;
    }
  });
  for (const text of extraWords) countWords(text);

  const n = Math.max(1, docs.length);
  const idf = Float64Array.from(postingLists, (list) =>
    Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)),
  );
  return {
    entries,
    docs,
    docsOfEntry,
    termIds,
    postings: postingLists.map((list) => Int32Array.from(list)),
    idf,
    unknownIdf: Math.log(1 + (n + 0.5) / 0.5),
    vocabulary,
    analyzer,
    avgDocLength: totalLength / n,
  };
}

/** Terms found in more than this share of documents are skipped for retrieval (still scored). */
const COMMON_TERM_SHARE = 0.2;

/**
 * The top `limit` entries by BM25 (best document per entry), using the postings of the
 * question's known terms only. Cost: the postings touched, not the size of the base.
 */
export function retrieveCandidates(
  index: SearchIndex,
  terms: readonly QueryTerm[],
  limit: number,
): number[] {
  const known = terms.flatMap((t) => {
    const id = index.termIds.get(t.term);
    return id === undefined ? [] : [{ id, weight: t.weight }];
  });
  const selective = known.filter(
    (t) => (index.postings[t.id]?.length ?? 0) <= COMMON_TERM_SHARE * index.docs.length,
  );
  const used = selective.length > 0 ? selective : known;
  const entryScores = new Map<number, number>();
  const docScores = new Map<number, number>();
  for (const { id, weight } of used) {
    const idf = index.idf[id] ?? 0;
    for (const docId of index.postings[id] ?? []) {
      const doc = index.docs[docId];
      if (!doc) continue;
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * doc.terms.length) / index.avgDocLength);
      const gain = weight * idf * ((BM25_K1 + 1) / (1 + norm)) * DOC_STRENGTH[doc.kind];
      docScores.set(docId, (docScores.get(docId) ?? 0) + gain);
    }
  }
  for (const [docId, score] of docScores) {
    const entry = index.docs[docId]?.entry ?? -1;
    if (score > (entryScores.get(entry) ?? 0)) entryScores.set(entry, score);
  }
  return topKeys(entryScores, limit);
}

/** Keys of the `limit` largest values (partial selection, no full sort of every score). */
function topKeys(scores: Map<number, number>, limit: number): number[] {
  const top: [number, number][] = [];
  for (const item of scores) {
    if (top.length < limit) {
      top.push(item);
      if (top.length === limit) top.sort((a, b) => a[1] - b[1]);
    } else if (item[1] > (top[0]?.[1] ?? 0)) {
      top[0] = item;
      top.sort((a, b) => a[1] - b[1]);
    }
  }
  return top.sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
