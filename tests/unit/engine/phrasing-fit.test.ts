// The phrasing-fit posterior: candidates compared on the words their phrasings use.
import { evidenceTerms, posteriors, withPhrasingFit } from '../../../src/engine/phrasing-fit';
import type { PhrasingFitModel } from '../../../src/engine/phrasing-fit';
import type { EntryProfile, ScoredEntry } from '../../../src/engine/rank';

// Term ids: 0 host, 1 meeting, 2 june, 3 city, 4 wide (a word only the answers use).
const HOST = 0;
const MEETING = 1;
const JUNE = 2;
const CITY = 3;
const WIDE = 4;

/** An entry profile with the given phrasings, each a list of term ids. */
function profile(entry: number, phrasings: number[][]): EntryProfile {
  return {
    strengths: new Map(),
    slot: new Set(),
    phrasings: phrasings.map((terms, phrasing) => ({
      doc: {
        entry,
        kind: 'phrasing',
        phrasing,
        qtype: null,
        terms: Int32Array.from(terms),
        weights: Float32Array.from(terms.map(() => 1)),
      },
      size: terms.length,
    })),
  };
}

const PROFILES: EntryProfile[] = [
  profile(0, [
    [HOST, MEETING],
    [HOST, JUNE, MEETING],
    [HOST, MEETING],
  ]),
  profile(1, [
    [CITY, MEETING],
    [CITY, JUNE, MEETING],
    [CITY, JUNE],
  ]),
];

const MODEL: PhrasingFitModel = {
  inPhrasings: Uint8Array.from([1, 1, 1, 1, 0]),
  vocabularySize: 4,
};

const scored = (entry: number, score: number): ScoredEntry => ({
  entry,
  score,
  coverage: score,
  similarity: score,
  phrasing: 0,
  fit: 1,
});

describe('phrasing fit', () => {
  it('keeps only the question terms that some phrasing uses, once each', () => {
    expect(evidenceTerms(MODEL, [HOST, WIDE, HOST, JUNE])).toEqual([HOST, JUNE]);
  });

  it('gives the entry whose phrasings use the question words most of the posterior', () => {
    const fit = posteriors([scored(1, 0.9), scored(0, 0.9)], PROFILES, [HOST, MEETING], MODEL, 0.1);
    expect(fit[0]! + fit[1]!).toBeCloseTo(1, 10);
    expect(fit[1]).toBeGreaterThan(0.95);
    expect(fit[0]).toBeLessThan(0.05);
  });

  it('splits the posterior evenly when the question has no evidence words', () => {
    const fit = posteriors([scored(0, 0.9), scored(1, 0.8)], PROFILES, [], MODEL, 0.1);
    expect(fit).toEqual([0.5, 0.5]);
  });

  it('moves a runner-up the phrasings do not support below the entry they do', () => {
    // "who hosted the june meeting": both entries know "june meeting"; only entry 0 is asked with "host".
    const ranked = [scored(1, 0.92), scored(0, 0.9)];
    const out = withPhrasingFit(ranked, PROFILES, [HOST, JUNE, MEETING], MODEL, {
      fitWeight: 0.01,
      fitSmoothing: 0.1,
    });
    expect(out.map((s) => s.entry)).toEqual([0, 1]);
    expect(out[0]!.score).toBeCloseTo(0.9, 3);
    expect(out[1]!.score).toBeLessThan(0.9);
    expect(out[0]!.fit).toBeGreaterThan(0.9);
  });

  it('changes nothing with a weight of 0', () => {
    const ranked = [scored(1, 0.92), scored(0, 0.9)];
    const out = withPhrasingFit(ranked, PROFILES, [HOST, JUNE, MEETING], MODEL, {
      fitWeight: 0,
      fitSmoothing: 0.1,
    });
    expect(out).toEqual(ranked);
  });
});
