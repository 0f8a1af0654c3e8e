// `alliance-bot stats`: questions per day and platform, answer rate, most asked entries, votes per entry.
import { loadKnowledge } from '../../knowledge/load';
import { renderStats } from '../../question-log/render-stats';
import { buildStatsReport } from '../../question-log/stats-report';
import type { CliCommand, CliIo } from '../command';
import { CliError } from '../command';
import { knowledgeDir } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';
import {
  REPORT_OPTIONS,
  openReaderOrFail,
  questionLogPath,
  reportDays,
  windowStart,
} from '../report-options';

const USAGE = 'alliance-bot stats [--kb DIR] [--log PATH] [--days N] [--top N] [--json]';

/**
 * Entry titles make the report readable; the numbers do not depend on them, so a knowledge base
 * that does not load only costs the titles.
 */
function entryTitles(dir: string, io: CliIo): Map<string, string> {
  const result = loadKnowledge(dir);
  if (!result.ok) {
    io.stderr(`note: the knowledge base in ${dir} does not load; showing entry ids only\n`);
    return new Map();
  }
  return new Map(result.kb.entries.map((e) => [e.id, e.questions[0] ?? e.id]));
}

function parseTop(option: string | undefined): number {
  if (option === undefined) return 10;
  const top = Number(option);
  if (!Number.isInteger(top) || top <= 0) {
    throw new CliError(`--top must be a positive whole number; got "${option}"\nusage: ${USAGE}`);
  }
  return top;
}

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'questions per day and platform, answer rate, most asked entries, 👍/👎 per entry',
  run(args, io) {
    const options = { ...KB_OPTION, ...REPORT_OPTIONS, top: { type: 'string' } } as const;
    const { values, positionals } = parseOptions(args, options, USAGE);
    if (positionals.length > 0) {
      throw new CliError(`unexpected argument "${positionals[0] ?? ''}"\nusage: ${USAGE}`);
    }
    const days = reportDays(values.days, USAGE);
    const top = parseTop(values.top);
    const reader = openReaderOrFail(questionLogPath(values.log, io.env));
    try {
      const since = windowStart(new Date(), days);
      const report = buildStatsReport(reader.questions(since), reader.feedback(since), top);
      if (values.json) {
        io.stdout(JSON.stringify({ days, ...report }, null, 2) + '\n');
      } else {
        const titles = entryTitles(knowledgeDir(values.kb, io.env), io);
        io.stdout(renderStats(report, { days, titles }));
      }
    } finally {
      reader.close();
    }
    return Promise.resolve(0);
  },
};
