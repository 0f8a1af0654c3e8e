// A deterministic synthetic knowledge base for benchmarks: entries shaped like real ones
// (several phrasings of 7–12 words, a third of them function words, a Zipf-like vocabulary).
import type { Entry, KnowledgeBase } from '../../src';

/** mulberry32: a small seeded generator, so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = [
  'the',
  'of',
  'what',
  'is',
  'a',
  'how',
  'did',
  'who',
  'when',
  'does',
  'to',
  'in',
  'and',
  'for',
];
const LETTERS = 'abcdefghijklmnoprstuvwy';

function makeVocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 4 + Math.floor(random() * 7);
    let word = '';
    for (let i = 0; i < length; i++) word += LETTERS[Math.floor(random() * LETTERS.length)] ?? 'a';
    words.add(word);
  }
  return [...words];
}

export interface SyntheticSet {
  entries: Entry[];
  /** Typed-like queries: a phrasing minus a word, with a letter swap half the time. */
  queries: { text: string; id: string }[];
}

export function syntheticEntries(count: number, seed = 42): SyntheticSet {
  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random, 8000);
  // Zipf-like: low indexes are drawn far more often.
  const word = () => vocabulary[Math.floor(vocabulary.length * Math.pow(random(), 2.2))] ?? 'word';
  const sentence = (n: number) =>
    Array.from({ length: n }, () =>
      random() < 0.35
        ? (FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] ?? 'the')
        : word(),
    ).join(' ');
  const entries: Entry[] = [];
  const queries: SyntheticSet['queries'] = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${i}`;
    const questions = Array.from({ length: 5 }, () => sentence(7 + Math.floor(random() * 6)));
    entries.push({
      id,
      kind: 'answer',
      questions,
      answer: sentence(30),
      sources: ['synthetic'],
      related: [],
      tags: [word(), word()],
      location: { file: 'synthetic', line: i + 1, col: 1 },
    });
    if (i % 37 === 0)
      queries.push({
        text: typeLike(questions[Math.floor(random() * questions.length)] ?? '', random),
        id,
      });
  }
  return { entries, queries };
}

function typeLike(phrasing: string, random: () => number): string {
  const words = phrasing.split(' ');
  words.splice(Math.floor(random() * words.length), 1);
  if (random() < 0.5) {
    const k = Math.floor(random() * words.length);
    const w = words[k] ?? '';
    if (w.length > 5) words[k] = w.slice(0, 2) + (w[3] ?? '') + (w[2] ?? '') + w.slice(4);
  }
  return words.join(' ');
}

export function withSynthetic(kb: KnowledgeBase, entries: Entry[]): KnowledgeBase {
  return { ...kb, entries: [...kb.entries, ...entries] };
}
