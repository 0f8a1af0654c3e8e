// `alliance-bot check`: validates the knowledge base, lints it, and prints every located problem.
import path from 'node:path';
import { createEngine } from '../../engine/engine';
import { lintKnowledge } from '../../knowledge/lint';
import { loadKnowledge } from '../../knowledge/load';
import type { KnowledgeProblem } from '../../knowledge/problems';
import { formatProblem, sortProblems } from '../../knowledge/problems';
import type { CliCommand, CliIo } from '../command';
import { CliError } from '../command';
import { displayPath } from '../../knowledge/load';
import { knowledgeDir } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';

const USAGE = 'alliance-bot check [--kb DIR] [--strict]';

function printProblems(
  problems: readonly KnowledgeProblem[],
  io: CliIo,
): { errors: number; warnings: number } {
  for (const problem of problems) io.stderr(formatProblem(problem) + '\n');
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary:
    'validate and lint the knowledge base: exit 0, or 1 with every problem as file:line:col CODE message (--strict: warnings fail too)',
  run(args, io) {
    const options = { ...KB_OPTION, strict: { type: 'boolean' } } as const;
    const { values, positionals } = parseOptions(args, options, USAGE);
    if (positionals.length > 0)
      throw new CliError(`unexpected argument "${positionals[0] ?? ''}"\nusage: ${USAGE}`);
    const dir = knowledgeDir(values.kb, io.env);
    const result = loadKnowledge(dir);
    if (!result.ok) {
      // The lint needs a loaded base: validation problems alone, then stop.
      const { errors, warnings } = printProblems(result.problems, io);
      io.stderr(`${errors} error(s), ${warnings} warning(s) in ${dir}\n`);
      return Promise.resolve(1);
    }
    const { kb } = result;
    const lint = lintKnowledge(kb, createEngine(kb), {
      sourcesFile: displayPath(path.join(dir, 'sources.yaml')),
    });
    const { errors, warnings } = printProblems(sortProblems([...result.problems, ...lint]), io);
    const failed = errors > 0 || (values.strict === true && warnings > 0);
    const summary = `${kb.entries.length} entries, ${kb.sources.length} sources, ${kb.termGroups.length} term groups, ${errors} error(s), ${warnings} warning(s) in ${dir}`;
    if (failed) {
      const why = errors > 0 ? '' : ' (--strict: warnings fail)';
      io.stderr(`failed: ${summary}${why}\n`);
      return Promise.resolve(1);
    }
    io.stdout(`ok: ${summary}\n`);
    return Promise.resolve(0);
  },
};
