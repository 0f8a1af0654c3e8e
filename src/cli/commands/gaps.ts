// `alliance-bot gaps`: what people ask that the bot cannot answer yet, grouped, with the nearest entry.
import { createEngine } from '../../engine/engine';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { buildGapsReport } from '../../question-log/gaps-report';
import type { GapLookups } from '../../question-log/gaps-report';
import { renderGaps } from '../../question-log/render-gaps';
import type { Engine, Explanation } from '../../types';
import type { CliCommand } from '../command';
import { CliError } from '../command';
import { knowledgeDir, loadOrFail } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';
import {
  REPORT_OPTIONS,
  openReaderOrFail,
  questionLogPath,
  reportDays,
  windowStart,
} from '../report-options';

const USAGE =
  'alliance-bot gaps [--kb DIR] [--log PATH] [--days N] [--below CONFIDENCE] [--limit N] [--json]';

/** Answers just over the engine's threshold are shaky: count them as gaps too. */
const DEFAULT_LOW_CONFIDENCE = Math.round((DEFAULT_SETTINGS.answerThreshold + 0.1) * 100) / 100;
const SIMILARITY = 0.5;

function parseNumber(option: string | undefined, fallback: number, name: string): number {
  if (option === undefined) return fallback;
  const value = Number(option);
  if (!Number.isFinite(value) || value < 0) {
    throw new CliError(`--${name} must be a number ≥ 0; got "${option}"\nusage: ${USAGE}`);
  }
  return value;
}

/**
 * What the report asks of the engine, each question explained once: a group's representative is
 * also one of the gap questions whose unread words are counted.
 */
function lookupsIn(engine: Engine): GapLookups {
  const explanations = new Map<string, Explanation>();
  const explain = (question: string): Explanation => {
    let explanation = explanations.get(question);
    if (!explanation) {
      explanation = engine.explain(question);
      explanations.set(question, explanation);
    }
    return explanation;
  };
  // The best candidate that is not the help entry: a question that reached the log with its text
  // was not a safety question, so the help answer is never where it belongs.
  const help = new Set(engine.knowledge.entries.filter((e) => e.kind === 'help').map((e) => e.id));
  return {
    nearest: (question) => {
      const best = explain(question).candidates.find((c) => !help.has(c.id));
      return best ? { id: best.id, score: best.score, phrasing: best.phrasing } : null;
    },
    // The words of a question in another language that the glossary could not read.
    unread: (question) => {
      const reading = explain(question).reading;
      return reading ? { language: reading.language, words: reading.unread } : null;
    },
  };
}

export const gapsCommand: CliCommand = {
  name: 'gaps',
  summary:
    'the most frequent unanswered and low-confidence questions, grouped, with the nearest entry',
  run(args, io) {
    const options = {
      ...KB_OPTION,
      ...REPORT_OPTIONS,
      below: { type: 'string' },
      limit: { type: 'string' },
    } as const;
    const { values, positionals } = parseOptions(args, options, USAGE);
    if (positionals.length > 0) {
      throw new CliError(`unexpected argument "${positionals[0] ?? ''}"\nusage: ${USAGE}`);
    }
    const days = reportDays(values.days, USAGE);
    const lowConfidence = parseNumber(values.below, DEFAULT_LOW_CONFIDENCE, 'below');
    const limit = Math.floor(parseNumber(values.limit, 20, 'limit'));
    const engine = createEngine(loadOrFail(knowledgeDir(values.kb, io.env), io));
    const reader = openReaderOrFail(questionLogPath(values.log, io.env));
    try {
      const questions = reader.questions(windowStart(new Date(), days));
      const report = buildGapsReport(questions, lookupsIn(engine), {
        lowConfidence,
        similarity: SIMILARITY,
        limit,
      });
      io.stdout(
        values.json
          ? JSON.stringify({ days, lowConfidence, ...report }, null, 2) + '\n'
          : renderGaps(report, { days, lowConfidence }),
      );
    } finally {
      reader.close();
    }
    return Promise.resolve(0);
  },
};
