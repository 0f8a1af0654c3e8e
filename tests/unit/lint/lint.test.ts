// The knowledge lint on a fixture with one planted problem per entry, and on the clean fixture.
import path from 'node:path';
import fc from 'fast-check';
import { createEngine } from '../../../src/engine/engine';
import { lintKnowledge } from '../../../src/knowledge/lint';
import { findNearDuplicates } from '../../../src/knowledge/lint-near-duplicates';
import { loadKnowledge } from '../../../src/knowledge/load';
import { contentTokens, jaccard } from '../../../src/question-log/token-overlap';
import type { Entry, KnowledgeBase } from '../../../src/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'knowledge');

function load(name: string): KnowledgeBase {
  const result = loadKnowledge(path.join(FIXTURES, name));
  if (!result.ok) throw new Error(`fixture ${name} must load`);
  return result.kb;
}

function entry(id: string, questions: string[]): Entry {
  return {
    id,
    kind: 'answer',
    questions,
    answer: id,
    sources: ['s'],
    related: [],
    tags: [],
    location: { file: `${id}.yaml`, line: 1, col: 1 },
  };
}

describe('lintKnowledge', () => {
  it('GIVEN the lint-problems fixture THEN each planted problem is found, located at its entry', () => {
    const kb = load('lint-problems');
    const problems = lintKnowledge(kb, createEngine(kb), { sourcesFile: 'sources.yaml' });
    const summary = problems.map((p) => [path.basename(p.file), p.line, p.col, p.severity, p.code]);
    // The two entries share a phrasing, so the engine finds each as likely as the other and
    // asks which was meant: both phrasings fail, and each entry is flagged as confusable.
    expect(summary).toEqual([
      ['alliance.yaml', 12, 5, 'error', 'SELF_RETRIEVAL'],
      ['alliance.yaml', 12, 5, 'warning', 'CONFUSABLE'],
      ['alliance.yaml', 21, 5, 'warning', 'CONFUSABLE'],
      ['alliance.yaml', 21, 5, 'error', 'SELF_RETRIEVAL'],
      ['alliance.yaml', 21, 5, 'warning', 'NEAR_DUPLICATE'],
      ['alliance.yaml', 29, 5, 'warning', 'SAFETY_ROUTED'],
      ['sources.yaml', 13, 5, 'warning', 'UNUSED_SOURCE'],
    ]);
    const messages = problems.map((p) => p.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /"who-launched" and "who-started-it" are confusable.*"who launched the global alliance"/,
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        /"who launched the global alliance" of entry "who-started-it" is ambiguous \(confidence [\d.]+, not answered\): "who-launched" matches it about as well/,
      ),
    );
    // Only function words: answered when typed word for word, so not reported.
    expect(messages.filter((m) => m.includes('"what is it for"'))).toEqual([]);
    expect(messages).toContainEqual(expect.stringContaining('source "never-cited"'));
  });

  it('GIVEN the good fixture THEN the lint finds nothing', () => {
    const kb = load('good');
    expect(lintKnowledge(kb, createEngine(kb))).toEqual([]);
  });
});

describe('findNearDuplicates', () => {
  it.each([
    [
      ['when was the global alliance launched in brussels'],
      ['When was the Global Alliance launched?'],
      1,
    ],
    [['when was the alliance launched'], ['who launched the alliance'], 0],
    [['what are the goals'], ['What are the goals?'], 1],
  ])('GIVEN %j and %j THEN %d pair(s)', (a, b, count) => {
    expect(findNearDuplicates([entry('a', a), entry('b', b)], 0.8)).toHaveLength(count);
  });

  it('GIVEN near-identical phrasings in one entry THEN they are not reported', () => {
    expect(
      findNearDuplicates([entry('a', ['what are the goals', 'What are the goals?'])], 0.8),
    ).toEqual([]);
  });

  it('GIVEN random phrasings THEN the prefix filter finds exactly the pairs a full scan finds', () => {
    const word = fc.constantFrom(
      'alliance',
      'goals',
      'launch',
      'members',
      'eu',
      'us',
      'when',
      'who',
      'summit',
      'report',
    );
    const phrasing = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
    const entries = fc.array(fc.array(phrasing, { minLength: 1, maxLength: 3 }), {
      minLength: 2,
      maxLength: 8,
    });
    fc.assert(
      fc.property(entries, (lists) => {
        const kb = lists.map((questions, i) => entry(`e${i}`, questions));
        const all = kb.flatMap((e) =>
          e.questions.map((text) => ({ id: e.id, tokens: contentTokens(text) })),
        );
        let expected = 0;
        all.forEach((x, i) => {
          all.slice(i + 1).forEach((y) => {
            if (x.id !== y.id && jaccard(x.tokens, y.tokens) >= 0.8) expected++;
          });
        });
        expect(findNearDuplicates(kb, 0.8)).toHaveLength(expected);
      }),
      { numRuns: 200 },
    );
  });
});
