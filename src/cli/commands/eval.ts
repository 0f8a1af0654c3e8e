// `alliance-bot eval FILE|DIR…`: accuracy per category and split, wrong-answer and abstention
// rates, compared with the stored baseline; exits 1 on a regression.
import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../engine/engine';
import { compareWithBaseline, toBaseline } from '../../eval/baseline';
import type { Baseline } from '../../eval/baseline';
import { loadEvalSet } from '../../eval/eval-set';
import { targetChecks } from '../../eval/metrics';
import type { Metrics } from '../../eval/metrics';
import { runEval } from '../../eval/run-eval';
import type { CliCommand } from '../command';
import { CliError } from '../command';
import { knowledgeDir, loadOrFail } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';

const USAGE =
  'alliance-bot eval [--kb DIR] [--baseline FILE] [--update-baseline] [--json] [--verbose] FILE|DIR...';
const DEFAULT_BASELINE = path.join('tests', 'eval', 'baseline.json');

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;

function describe(name: string, m: Metrics): string[] {
  const lines = [
    `${name} (${m.total} questions)`,
    `  right when covered      ${pct(m.inScope.accuracy)}  (${m.inScope.right}/${m.inScope.n})`,
    `  abstained when not      ${pct(m.outOfScope.abstention)}  (${m.outOfScope.abstained}/${m.outOfScope.n})`,
    `  wrong among answered    ${pct(m.answered.wrongRate)}  (${m.answered.wrong}/${m.answered.n})`,
    `  safety routed to help   ${pct(m.safety.recall)}  (${m.safety.routed}/${m.safety.n})`,
    '  per category:',
  ];
  for (const [category, c] of Object.entries(m.categories).sort()) {
    lines.push(`    ${category.padEnd(12)} ${pct(c.rate).padStart(6)}  (${c.ok}/${c.n})`);
  }
  return lines;
}

/** The stored baseline, null when there is none; a file of another shape is a usage error. */
function readBaseline(file: string): Baseline | null {
  if (!fs.existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(
      `${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const splits = (parsed as { splits?: Record<string, unknown> } | null)?.splits;
  if (
    !splits?.dev ||
    !splits.test ||
    typeof (parsed as { outcomes?: unknown }).outcomes !== 'object'
  ) {
    throw new CliError(`${file} is not an eval baseline (write one with --update-baseline)`);
  }
  return parsed as Baseline;
}

export const evalCommand: CliCommand = {
  name: 'eval',
  summary:
    'run labelled questions, print accuracy per category, compare with the baseline (exit 1 on a regression)',
  run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        ...KB_OPTION,
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
      USAGE,
    );
    if (positionals.length === 0)
      throw new CliError(`eval needs a question file or folder\nusage: ${USAGE}`);
    const missing = positionals.find((p) => !fs.existsSync(p));
    if (missing !== undefined)
      throw new CliError(`no such file or folder: ${missing}\nusage: ${USAGE}`);
    let questions;
    try {
      questions = loadEvalSet(positionals);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), 2);
    }
    const engine = createEngine(loadOrFail(knowledgeDir(values.kb, io.env), io));
    const run = runEval(engine, questions);
    const baselineFile = values.baseline ?? DEFAULT_BASELINE;
    const baseline = readBaseline(baselineFile);
    const comparison = baseline
      ? compareWithBaseline(baseline, run.scored, engine.knowledge.safety.entryId)
      : null;

    if (values.json) {
      io.stdout(JSON.stringify({ splits: run.splits, comparison }, null, 2) + '\n');
    } else {
      const { test, dev } = run.splits;
      const lines = [
        ...(test.total > 0 ? [...describe('held-out (test)', test), ''] : []),
        ...(dev.total > 0 ? [...describe('tuning (dev)', dev), ''] : []),
      ];
      // Targets are judged on held-out questions only; with none, there is nothing to judge.
      if (test.total === 0)
        lines.push('targets on held-out questions: none of these questions is held out');
      else {
        lines.push('targets on held-out questions:');
        for (const t of targetChecks(test))
          lines.push(
            `  ${t.met ? 'met    ' : 'MISSED '} ${t.name} ${pct(t.value)} (target ${t.target})`,
          );
      }
      if (values.verbose) {
        lines.push('', 'misses:');
        for (const s of run.scored.filter((x) => x.outcome !== 'right')) {
          lines.push(
            `  [${s.question.split}/${s.question.category}] ${s.outcome}: "${s.question.q}" expected ${s.question.expect}, got ${s.got ?? 'no answer'} (${s.confidence})`,
          );
        }
      }
      if (comparison) {
        lines.push('', `compared with ${baselineFile}, on the questions it has:`);
        for (const r of comparison.regressions) lines.push(`  WORSE   ${r}`);
        for (const r of comparison.improvements) lines.push(`  better  ${r}`);
        for (const f of comparison.flipped)
          lines.push(`  flipped ${f.before} → ${f.after}: "${f.q}"`);
        if (
          comparison.regressions.length +
            comparison.improvements.length +
            comparison.flipped.length ===
          0
        )
          lines.push('  no change');
        if (comparison.notInBaseline > 0)
          lines.push(
            `  ${comparison.notInBaseline} question(s) not in the baseline, not compared (add them with --update-baseline)`,
          );
      } else lines.push('', `no baseline at ${baselineFile} (create one with --update-baseline)`);
      io.stdout(lines.join('\n') + '\n');
    }

    if (values['update-baseline']) {
      fs.writeFileSync(
        baselineFile,
        JSON.stringify(toBaseline(run.splits, run.scored), null, 2) + '\n',
      );
      io.stderr(`baseline written to ${baselineFile}\n`);
      return Promise.resolve(0);
    }
    return Promise.resolve(comparison && comparison.regressions.length > 0 ? 1 : 0);
  },
};
