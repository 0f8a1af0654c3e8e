// The phrasing-fit posterior: candidates compared on the words their phrasings use.
import {
  countPhrasingTerms,
  evidenceTerms,
  posteriors,
  withPhrasingFit,
} from '../../../src/engine/phrasing-fit';
import type { ScoredEntry } from '../../../src/engine/rank';

// Term ids: 0 host, 1 meeting, 2 june, 3 city, 4 wide (a word only the answers use), 5 germany,
// 6 croatia (lookup values of entry 2), 7 member, 8 eu, 9 moldova (a lookup value of entry 2 that
// no phrasing names).
const HOST = 0;
const MEETING = 1;
const JUNE = 2;
const CITY = 3;
const WIDE = 4;
const GERMANY = 5;
const CROATIA = 6;
const MEMBER = 7;
const EU = 8;
const MOLDOVA = 9;

const MODEL = countPhrasingTerms([
  {
    phrasings: [
      [HOST, MEETING],
      [HOST, JUNE, MEETING],
      [HOST, MEETING],
    ],
    slot: new Set(),
  },
  {
    phrasings: [
      [CITY, MEETING],
      [CITY, JUNE, MEETING],
      [CITY, JUNE],
    ],
    slot: new Set(),
  },
  // A lookup entry: "is Germany a member?" stands for every founding country.
  {
    phrasings: [[GERMANY, MEMBER], [GERMANY, MEMBER], [MEMBER]],
    slot: new Set([GERMANY, CROATIA, MOLDOVA]),
  },
  {
    phrasings: [
      [CROATIA, EU, MEMBER],
      [CROATIA, EU],
      [CROATIA, EU],
    ],
    slot: new Set(),
  },
]);

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
    expect(MODEL.vocabularySize).toBe(8);
    expect(evidenceTerms(MODEL, [HOST, WIDE, HOST, JUNE])).toEqual([HOST, JUNE]);
  });

  it('counts a lookup value that no phrasing names as evidence, for the lookup it fills', () => {
    expect(evidenceTerms(MODEL, [MOLDOVA, MEMBER])).toEqual([MOLDOVA, MEMBER]);
    const fit = posteriors([scored(2, 0.9), scored(3, 0.9)], [MOLDOVA, MEMBER], MODEL, 0.1);
    expect(fit[0]).toBeGreaterThan(fit[1]!);
  });

  it('gives the entry whose phrasings use the question words most of the posterior', () => {
    const fit = posteriors([scored(1, 0.9), scored(0, 0.9)], [HOST, MEETING], MODEL, 0.1);
    expect(fit[0]! + fit[1]!).toBeCloseTo(1, 10);
    expect(fit[1]).toBeGreaterThan(0.95);
    expect(fit[0]).toBeLessThan(0.05);
  });

  it('splits the posterior evenly when the question has no evidence words', () => {
    const fit = posteriors([scored(0, 0.9), scored(1, 0.8)], [], MODEL, 0.1);
    expect(fit).toEqual([0.5, 0.5]);
  });

  it('moves a runner-up the phrasings do not support below the entry they do', () => {
    // "who hosted the june meeting": both entries know "june meeting"; only entry 0 is asked with "host".
    const ranked = [scored(1, 0.92), scored(0, 0.9)];
    const out = withPhrasingFit(ranked, [HOST, JUNE, MEETING], MODEL, {
      fitWeight: 0.01,
      fitSmoothing: 0.1,
    });
    expect(out.map((s) => s.entry)).toEqual([0, 1]);
    expect(out[0]!.score).toBeCloseTo(0.9, 3);
    expect(out[1]!.score).toBeLessThan(0.9);
    expect(out[0]!.fit).toBeGreaterThan(0.9);
  });

  it('counts any lookup value in the question as often as the entry names its examples', () => {
    // "Is Croatia a member?": the lookup entry never says "croatia", but its slot takes any value.
    const fit = posteriors([scored(2, 0.9), scored(3, 0.9)], [CROATIA, MEMBER], MODEL, 0.1);
    expect(fit[0]).toBeGreaterThan(0.5);
    // "Was Croatia in the EU?" is the Croatia entry's question.
    const eu = posteriors([scored(2, 0.9), scored(3, 0.9)], [CROATIA, EU], MODEL, 0.1);
    expect(eu[1]).toBeGreaterThan(0.9);
  });

  it('changes nothing with a weight of 0', () => {
    const ranked = [scored(1, 0.92), scored(0, 0.9)];
    const out = withPhrasingFit(ranked, [HOST, JUNE, MEETING], MODEL, {
      fitWeight: 0,
      fitSmoothing: 0.1,
    });
    expect(out).toEqual(ranked);
  });
});
