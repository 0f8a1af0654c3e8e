// The entry classifier: trained on phrasings to tell each entry from the ones retrieved with it.
import { agreementWithFirst, trainEntryClassifier } from '../../../src/engine/entry-classifier';
import type { TrainingPhrasing } from '../../../src/engine/entry-classifier';
import { countPhrasingTerms, termPosition } from '../../../src/engine/phrasing-fit';
import { runToEnd } from '../../../src/steps';
import path from 'node:path';
import { createEngine, loadKnowledge } from '../../../src';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings';
import { confidenceOf } from '../../../src/engine/confidence';

// Term ids. Entry 0 is about who hosted the meeting, entry 1 about the city it was held in: both
// use "meeting" and "june" a lot, and only "host" / "city" tell them apart.
const HOST = 0;
const MEETING = 1;
const JUNE = 2;
const CITY = 3;
const WHEN = 4;

const PHRASINGS: number[][][] = [
  [
    [HOST, MEETING, JUNE],
    [HOST, MEETING],
    [HOST, JUNE, MEETING, WHEN],
  ],
  [
    [CITY, MEETING, JUNE],
    [CITY, MEETING],
    [CITY, JUNE, WHEN],
  ],
];
const FIT = countPhrasingTerms(PHRASINGS.map((phrasings) => ({ phrasings, slot: new Set() })));
const EXAMPLES: TrainingPhrasing[] = PHRASINGS.flatMap((phrasings, entry) =>
  phrasings.map((terms) => ({ terms: [...new Set(terms)], entry, candidates: [0, 1] })),
);

const weightOf = (model: { weights: Float32Array[] }, entry: number, term: number): number => {
  const terms = FIT.entries[entry]?.terms ?? new Int32Array();
  return model.weights[entry]?.[termPosition(terms, term)] ?? NaN;
};

describe('trainEntryClassifier', () => {
  const model = runToEnd(trainEntryClassifier(FIT, EXAMPLES));

  it('weighs the words that tell two entries apart above the words they share', () => {
    expect(weightOf(model, 0, HOST)).toBeGreaterThan(weightOf(model, 0, MEETING));
    expect(weightOf(model, 1, CITY)).toBeGreaterThan(weightOf(model, 1, JUNE));
    expect(weightOf(model, 0, HOST)).toBeGreaterThan(0);
  });

  it('keeps weights only for the terms of each entry’s own phrasings', () => {
    expect(model.weights[0]).toHaveLength(FIT.entries[0]?.terms.length ?? -1);
    expect(termPosition(FIT.entries[0]?.terms ?? new Int32Array(), CITY)).toBe(-1);
  });

  it('learns the same weights from the same phrasings', () => {
    const again = runToEnd(trainEntryClassifier(FIT, EXAMPLES));
    expect(again.weights).toEqual(model.weights);
  });

  it('yields between slices, so a running bot can build its next engine while it answers', () => {
    const many = Array.from({ length: 3000 }, (_, i) => EXAMPLES[i % EXAMPLES.length]!);
    const steps = trainEntryClassifier(FIT, many);
    let yields = 0;
    while (!steps.next().done) yields += 1;
    expect(yields).toBeGreaterThan(1);
  });

  describe('agreementWithFirst', () => {
    it('is high when the first candidate is the entry the words ask for', () => {
      expect(agreementWithFirst(FIT, model, [0, 1], [HOST, MEETING])).toBeGreaterThan(0.8);
    });

    it('is low when another candidate fits the words better', () => {
      const first = agreementWithFirst(FIT, model, [0, 1], [CITY, MEETING]);
      expect(first).toBeLessThan(0.3);
      expect(agreementWithFirst(FIT, model, [1, 0], [CITY, MEETING])).toBeCloseTo(1 - first, 10);
    });

    it('is even when only shared words are asked', () => {
      const even = agreementWithFirst(FIT, model, [0, 1], [JUNE, MEETING]);
      expect(even).toBeGreaterThan(0.2);
      expect(even).toBeLessThan(0.8);
    });

    it('is 1 with a single candidate and 0..1 for words no entry uses', () => {
      expect(agreementWithFirst(FIT, model, [1], [HOST])).toBe(1);
      expect(agreementWithFirst(FIT, model, [0, 1], [99])).toBeCloseTo(0.5, 5);
    });
  });
});

describe('confidenceOf with the classifier', () => {
  const settings = { ...DEFAULT_SETTINGS, agreementWeight: 0.2 };

  it('blends the classifier’s probability in, by its weight', () => {
    const without = confidenceOf(0.8, 0.5, 0, { ...settings, agreementWeight: 0 });
    expect(confidenceOf(0.8, 0.5, 1, settings)).toBeCloseTo(0.8 * without + 0.2, 10);
    expect(confidenceOf(0.8, 0.5, 0, settings)).toBeCloseTo(0.8 * without, 10);
  });

  it('stays within 0..1 for any input', () => {
    for (const [best, runnerUp, agreement] of [
      [5, 0, 5],
      [-1, 3, -2],
      [1.04, 0, 1],
    ] as const) {
      const value = confidenceOf(best, runnerUp, agreement, settings);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});

describe('the engine with its classifier', () => {
  const result = loadKnowledge(path.join('tests', 'fixtures', 'knowledge', 'good'));
  if (!result.ok) throw new Error('fixture knowledge base is invalid');
  const question = 'what r the aims of the alliance';

  it('blends the classifier’s probability for the best entry into the confidence', () => {
    const withClassifier = createEngine(result.kb).explain(question);
    const without = createEngine(result.kb, { agreementWeight: 0 }).explain(question);
    const weight = DEFAULT_SETTINGS.agreementWeight;
    expect(withClassifier.reply.entryId).toBe('four-goals');
    expect(withClassifier.agreement).toBeGreaterThan(0.5);
    expect(withClassifier.reply.confidence).toBeCloseTo(
      (1 - weight) * without.reply.confidence + weight * withClassifier.agreement,
      2,
    );
  });

  it('agrees fully with an exact phrasing', () => {
    expect(
      createEngine(result.kb).explain('What are the four goals of the Global Alliance?').agreement,
    ).toBe(1);
  });
});

describe('a lookup entry’s values', () => {
  // Entry 0 answers "is <founding country> a member?" with Germany as its phrasings' example and
  // Belgium among its values; entry 1 is about a Belgian queen at the launch.
  const [GERMANY, BELGIUM, MEMBER, QUEEN, LAUNCH] = [10, 11, 12, 13, 14];
  const fit = countPhrasingTerms([
    {
      phrasings: [[GERMANY, MEMBER], [GERMANY, MEMBER], [MEMBER]],
      slot: new Set([GERMANY, BELGIUM]),
    },
    {
      phrasings: [
        [QUEEN, BELGIUM, LAUNCH],
        [QUEEN, LAUNCH],
        [BELGIUM, QUEEN],
      ],
      slot: new Set(),
    },
  ]);
  const examples: TrainingPhrasing[] = [
    { terms: [GERMANY, MEMBER], entry: 0, candidates: [0, 1] },
    { terms: [MEMBER], entry: 0, candidates: [0, 1] },
    { terms: [QUEEN, BELGIUM, LAUNCH], entry: 1, candidates: [0, 1] },
    { terms: [QUEEN, LAUNCH], entry: 1, candidates: [0, 1] },
    { terms: [BELGIUM, QUEEN], entry: 1, candidates: [0, 1] },
  ];
  const model = runToEnd(trainEntryClassifier(fit, examples));

  it('count any value as much as the example its phrasings name', () => {
    const germany =
      model.weights[0]?.[termPosition(fit.entries[0]?.terms ?? new Int32Array(), GERMANY)];
    expect(model.slotWeights[0]).toBeCloseTo(germany ?? NaN, 6);
    expect(model.slotWeights[1]).toBe(0);
  });

  it('so "is Belgium a member?" leans to the lookup, though only the queen’s phrasings name Belgium', () => {
    const withSlot = agreementWithFirst(fit, model, [0, 1], [BELGIUM, MEMBER]);
    const withoutSlot = agreementWithFirst(
      fit,
      { ...model, slotWeights: new Float32Array(2) },
      [0, 1],
      [BELGIUM, MEMBER],
    );
    expect(model.slotWeights[0]).toBeGreaterThan(0);
    expect(withSlot).toBeGreaterThan(withoutSlot);
  });
});
