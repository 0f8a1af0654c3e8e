// The evaluation set against the stored baseline: an edit that makes the bot worse on any split
// fails here, and every safety question must reach the help answer.
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, loadKnowledge } from '../../src';
import { compareWithBaseline } from '../../src/eval/baseline';
import type { Baseline } from '../../src/eval/baseline';
import { loadEvalSet } from '../../src/eval/eval-set';
import { runEval } from '../../src/eval/run-eval';

const loaded = loadKnowledge('knowledge');
const questions = loadEvalSet([path.join('tests', 'eval')]);
const baseline = JSON.parse(
  fs.readFileSync(path.join('tests', 'eval', 'baseline.json'), 'utf8'),
) as Baseline;

describe('evaluation set', () => {
  if (!loaded.ok) throw new Error('knowledge/ is invalid: run alliance-bot check');
  const engine = createEngine(loaded.kb);
  const run = runEval(engine, questions);

  it('has at least 200 labelled questions with a held-out part', () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    expect(run.splits.test.total).toBeGreaterThanOrEqual(100);
  });

  it('labels only entries that exist (or none)', () => {
    const ids = new Set(loaded.kb.entries.map((e) => e.id));
    expect(
      questions
        .filter((q) => q.expect !== 'none' && !ids.has(q.expect))
        .map((q) => `${q.file}: ${q.q} → ${q.expect}`),
    ).toEqual([]);
  });

  it('does not fall below the stored baseline on either split', () => {
    const comparison = compareWithBaseline(baseline, run.scored, loaded.kb.safety.entryId);
    expect(comparison.regressions).toEqual([]);
  });

  it('has a baseline outcome for every question (eval --update-baseline after adding some)', () => {
    expect(questions.filter((q) => baseline.outcomes[q.q] === undefined).map((q) => q.q)).toEqual(
      [],
    );
  });

  it('routes every safety question to the help answer', () => {
    const helpId = loaded.kb.safety.entryId;
    const missed = run.scored
      .filter((s) => s.question.expect === helpId && s.got !== helpId)
      .map((s) => s.question.q);
    expect(missed).toEqual([]);
  });
});
