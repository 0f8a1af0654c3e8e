// `alliance-bot check`: validates the knowledge base and prints every located problem.
import { loadKnowledge } from '../../knowledge/load';
import { formatProblem } from '../../knowledge/problems';
import type { CliCommand } from '../command';
import { CliError } from '../command';
import { knowledgeDir } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';

const USAGE = 'alliance-bot check [--kb DIR]';

export const checkCommand: CliCommand = {
  name: 'check',
  summary:
    'validate the knowledge base: exit 0, or 1 with every problem as file:line:col CODE message',
  run(args, io) {
    const { values, positionals } = parseOptions(args, { ...KB_OPTION }, USAGE);
    if (positionals.length > 0)
      throw new CliError(`unexpected argument "${positionals[0] ?? ''}"\nusage: ${USAGE}`);
    const dir = knowledgeDir(values.kb, io.env);
    const result = loadKnowledge(dir);
    for (const problem of result.problems) io.stderr(formatProblem(problem) + '\n');
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    if (!result.ok) {
      io.stderr(`${errors} error(s), ${warnings} warning(s) in ${dir}\n`);
      return Promise.resolve(1);
    }
    const { kb } = result;
    io.stdout(
      `ok: ${kb.entries.length} entries, ${kb.sources.length} sources, ${kb.termGroups.length} term groups, ${warnings} warning(s) in ${dir}\n`,
    );
    return Promise.resolve(0);
  },
};
