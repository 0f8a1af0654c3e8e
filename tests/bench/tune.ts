// Sweeps the engine's decision settings on the dev split of tests/eval (never the held-out test
// split) and prints the best combinations: how the defaults in src/engine/settings.ts were chosen.
// Run: npm run build && node dist/tests/bench/tune.js [KNOWLEDGE_DIR]
import path from 'node:path';
import { createEngine, loadKnowledge } from '../../src';
import { loadEvalSet } from '../../src/eval/eval-set';
import { runEval } from '../../src/eval/run-eval';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const dir = process.argv[2] ?? path.join(ROOT, 'knowledge');
const loaded = loadKnowledge(dir);
if (!loaded.ok) throw new Error(`${dir} has errors: run alliance-bot check`);
const dev = loadEvalSet([path.join(ROOT, 'tests', 'eval')]).filter((q) => q.split === 'dev');

const rows: {
  coverage: number;
  threshold: number;
  accuracy: number;
  abstention: number;
  wrong: number;
  utility: number;
}[] = [];
for (const coverageWeight of [0.5, 0.6, 0.65, 0.7, 0.8]) {
  for (const answerThreshold of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
    const m = runEval(createEngine(loaded.kb, { coverageWeight, answerThreshold }), dev).splits.dev;
    // A wrong answer costs more than an abstention: the bot must not mislead on this subject.
    const utility = m.inScope.accuracy + m.outOfScope.abstention - 3 * m.answered.wrongRate;
    rows.push({
      coverage: coverageWeight,
      threshold: answerThreshold,
      accuracy: m.inScope.accuracy,
      abstention: m.outOfScope.abstention,
      wrong: m.answered.wrongRate,
      utility,
    });
  }
}
rows.sort((a, b) => b.utility - a.utility);
process.stdout.write(
  `dev split: ${dev.length} questions\ncoverage threshold  accuracy abstention wrong  utility\n`,
);
for (const r of rows.slice(0, 12)) {
  process.stdout.write(
    `${r.coverage.toFixed(2).padStart(8)} ${r.threshold.toFixed(2).padStart(9)}  ${r.accuracy.toFixed(3)}    ${r.abstention.toFixed(3)}  ${r.wrong.toFixed(3)}  ${r.utility.toFixed(3)}\n`,
  );
}
