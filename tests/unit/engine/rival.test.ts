import { linkedEntries, rivalOf } from '../../../src/engine/rival';
import type { ScoredEntry } from '../../../src/engine/rank';
import type { Entry } from '../../../src/types';

const entry = (id: string, related: string[] = []): Entry => ({
  id,
  kind: 'answer',
  questions: [id, id, id],
  answer: id,
  sources: [],
  related,
  tags: [],
  location: { file: 'entries.yaml', line: 1, col: 1 },
});

const scored = (entryNumber: number, score: number): ScoredEntry => ({
  entry: entryNumber,
  score,
  coverage: score,
  similarity: score,
  fit: 1,
  phrasing: 0,
});

// history links to adopted; adopted links to nothing; an unrelated entry; a link to an unknown id
const entries = [
  entry('directive-history', ['directive-adopted', 'no-such-entry']),
  entry('directive-adopted'),
  entry('weprotect-merger'),
];
const links = linkedEntries(entries);

describe('linkedEntries', () => {
  it('links both ways and ignores unknown ids', () => {
    expect([...(links[0] ?? [])]).toEqual([1]);
    expect([...(links[1] ?? [])]).toEqual([0]);
    expect([...(links[2] ?? [])]).toEqual([]);
  });
});

describe('rivalOf', () => {
  it('skips a runner-up the best entry links to, whichever side holds the link', () => {
    expect(rivalOf([scored(0, 0.9), scored(1, 0.88), scored(2, 0.5)], links)).toEqual(
      scored(2, 0.5),
    );
    expect(rivalOf([scored(1, 0.9), scored(0, 0.88), scored(2, 0.5)], links)).toEqual(
      scored(2, 0.5),
    );
  });

  it('keeps an unlinked runner-up', () => {
    expect(rivalOf([scored(2, 0.9), scored(0, 0.88)], links)).toEqual(scored(0, 0.88));
  });

  it('has no rival when only linked entries or nothing follows', () => {
    expect(rivalOf([scored(0, 0.9), scored(1, 0.88)], links)).toBeUndefined();
    expect(rivalOf([scored(0, 0.9)], links)).toBeUndefined();
    expect(rivalOf([], links)).toBeUndefined();
  });
});
