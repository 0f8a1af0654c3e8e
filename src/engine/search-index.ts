// The inverted index: one document per phrasing, tag, lookup value and answer; BM25 over the
// postings of the question's terms picks a few candidate entries, so no question scans the base.
import type { Entry } from '../types';
import type { Analyzer, QueryTerm } from './analyzer';
import { runToEnd } from '../steps';
import type { Steps } from '../steps';
import type { QuestionType } from './stopwords';
import { isWhWord, SOFT_WEIGHT } from './stopwords';

/** `lookup`: a name that fills the example slot of the entry's phrasings, a lookup value
 * ("Germany" of the founding countries) or one of the entry's `names` ("Queen Paola"); `other`: a
 * name the lookup knows is not a value ("India"), which fills the slot when it is one word
 * (rank.ts). All are found alike. */
export type DocKind = 'phrasing' | 'tag' | 'lookup' | 'other' | 'answer';

/** How much a match in each kind of document counts (answers only help recall). */
export function docStrengths(answerStrength: number): Record<DocKind, number> {
  return { phrasing: 1, tag: 0.9, lookup: 1, other: 1, answer: answerStrength };
}

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
  /** Term by id, and every term sorted (prefix search for autocomplete). */
  termNames: string[];
  sortedTerms: string[];
  postings: Int32Array[];
  idf: Float64Array;
  /** The idf of a term found nowhere: the strongest evidence a question is about something else. */
  unknownIdf: number;
  /** How much a match counts in each kind of doc. */
  strengths: Record<DocKind, number>;
  /** BM25 length factor and kind strength of each doc, precomputed. */
  docFactor: Float64Array;
  /** The entry of each doc, as a flat array for the hot loop. */
  docEntry: Int32Array;
  /** Scratch accumulators reused by every question (JavaScript runs one question at a time). */
  scratch: {
    docScores: Float64Array;
    touched: Int32Array;
    entryScores: Float64Array;
    touchedEntries: Int32Array;
    /** 1 for each term of the question being scored (rank.ts), 0 otherwise. */
    queryTerms: Uint8Array;
  };
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
  const named = [
    ...(entry.lookup?.values ?? []).map((value) => ({ value, kind: 'lookup' as const })),
    ...(entry.names ?? []).map((value) => ({ value, kind: 'lookup' as const })),
    ...(entry.lookup?.others ?? []).map((value) => ({ value, kind: 'other' as const })),
  ];
  for (const { value, kind } of named) {
    for (const name of [value.name, ...value.aliases])
      texts.push({ kind, text: name, phrasing: -1 });
  }
  texts.push({ kind: 'answer', text: entry.answer, phrasing: -1 });
  return texts;
}

/** Entries indexed between two yields of a build in slices. */
const ENTRIES_PER_SLICE = 25;

export function buildSearchIndex(
  entries: readonly Entry[],
  analyzer: Analyzer,
  answerStrength: number,
): SearchIndex {
  return runToEnd(buildSearchIndexSteps(entries, analyzer, answerStrength));
}

export function* buildSearchIndexSteps(
  entries: readonly Entry[],
  analyzer: Analyzer,
  answerStrength: number,
): Steps<SearchIndex> {
  const strengths = docStrengths(answerStrength);
  const termIds = new Map<string, number>();
  const postingLists: number[][] = [];
  const docs: IndexedDoc[] = [];
  const docsOfEntry: number[][] = [];
  let totalLength = 0;

  for (const [entryIndex, entry] of entries.entries()) {
    if (entryIndex > 0 && entryIndex % ENTRIES_PER_SLICE === 0) yield;
    const own: number[] = [];
    docsOfEntry.push(own);
    for (const { kind, text, phrasing } of docTexts(entry)) {
      const analysis = analyzer.analyze(text);
      const ids = new Int32Array(analysis.terms.length);
      const weights = new Float32Array(analysis.terms.length);
      analysis.terms.forEach((term, k) => {
        let id = termIds.get(term.term);
        if (id === undefined) {
          id = postingLists.length;
          termIds.set(term.term, id);
          postingLists.push([]);
        }
        (postingLists[id] as number[]).push(docs.length);
        ids[k] = id;
        weights[k] = term.weight;
      });
      own.push(docs.length);
      docs.push({ entry: entryIndex, kind, phrasing, qtype: analysis.qtype, terms: ids, weights });
      totalLength += ids.length;
    }
  }

  const n = Math.max(1, docs.length);
  const avgDocLength = totalLength / n;
  const termNames: string[] = [];
  for (const [term, id] of termIds) termNames[id] = term;
  return {
    entries,
    docs,
    docsOfEntry,
    termIds,
    termNames,
    sortedTerms: [...termIds.keys()].sort(),
    postings: postingLists.map((list) => Int32Array.from(list)),
    idf: Float64Array.from(postingLists, (list) =>
      Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)),
    ),
    unknownIdf: Math.log(1 + (n + 0.5) / 0.5),
    strengths,
    docEntry: Int32Array.from(docs, (doc) => doc.entry),
    docFactor: Float64Array.from(docs, (doc) => {
      const norm = BM25_K1 * (1 - BM25_B + (BM25_B * doc.terms.length) / (avgDocLength || 1));
      return (strengths[doc.kind] * (BM25_K1 + 1)) / (1 + norm);
    }),
    scratch: {
      docScores: new Float64Array(docs.length),
      touched: new Int32Array(docs.length),
      entryScores: new Float64Array(entries.length),
      touchedEntries: new Int32Array(entries.length),
      queryTerms: new Uint8Array(termIds.size),
    },
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
  return retrieveByTermIds(index, known, limit);
}

/** The same for terms given by their index ids (a phrasing's own document, when training). */
export function retrieveByTermIds(
  index: SearchIndex,
  terms: readonly { id: number; weight: number }[],
  limit: number,
): number[] {
  // Soft function words and wh-words only score; they would touch most documents here.
  const known = terms.filter(
    (t) => t.weight > SOFT_WEIGHT && !isWhWord(index.termNames[t.id] ?? ''),
  );
  const selective = known.filter(
    (t) => (index.postings[t.id]?.length ?? 0) <= COMMON_TERM_SHARE * index.docs.length,
  );
  const used = selective.length > 0 ? selective : known;
  const { docScores, touched, entryScores, touchedEntries } = index.scratch;
  const { docFactor, docEntry } = index;
  let touchedCount = 0;
  for (const { id, weight } of used) {
    const gain = weight * (index.idf[id] ?? 0);
    const postings = index.postings[id];
    if (!postings) continue;
    for (let p = 0; p < postings.length; p++) {
      const docId = postings[p] as number;
      if (docScores[docId] === 0) touched[touchedCount++] = docId;
      docScores[docId] = (docScores[docId] as number) + gain * (docFactor[docId] as number);
    }
  }
  let entryCount = 0;
  for (let i = 0; i < touchedCount; i++) {
    const docId = touched[i] as number;
    const entry = docEntry[docId] as number;
    const score = docScores[docId] ?? 0;
    docScores[docId] = 0;
    if (entryScores[entry] === 0) touchedEntries[entryCount++] = entry;
    if (score > (entryScores[entry] ?? 0)) entryScores[entry] = score;
  }
  const top = topEntries(entryScores, touchedEntries, entryCount, limit);
  for (let i = 0; i < entryCount; i++) entryScores[touchedEntries[i] ?? 0] = 0;
  return top;
}

/** The `limit` best touched entries, best first (a bounded insertion list, no full sort). */
function topEntries(
  scores: Float64Array,
  touched: Int32Array,
  count: number,
  limit: number,
): number[] {
  const top: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = touched[i] ?? 0;
    const score = scores[entry] ?? 0;
    if (top.length === limit && score <= (scores[top[top.length - 1] ?? 0] ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (scores[top[at - 1] ?? 0] ?? 0) < score) at--;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}
