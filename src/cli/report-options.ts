// Options shared by the report commands (gaps, stats): which question log, and how many days back.
import type { Env } from '../config';
import { ConfigError, readCoreConfig } from '../config';
import { openQuestionLogReader } from '../question-log/question-log-reader';
import type { QuestionLogReader } from '../question-log/question-log-reader';
import { CliError } from './command';

export const REPORT_OPTIONS = {
  log: { type: 'string' },
  days: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** --log, else QUESTION_LOG (through the one config reader), else ./data/questions.db. */
export function questionLogPath(option: string | undefined, env: Env): string {
  if (option !== undefined) return option;
  try {
    const { questionLogPath: configured } = readCoreConfig(env);
    if (configured === null) {
      throw new CliError('the question log is off (QUESTION_LOG=off); pass --log PATH to read one');
    }
    return configured;
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

/** --days N, a positive whole number (default 30). */
export function reportDays(option: string | undefined, usage: string): number {
  if (option === undefined) return 30;
  const days = Number(option);
  if (!Number.isInteger(days) || days <= 0) {
    throw new CliError(`--days must be a positive whole number; got "${option}"\nusage: ${usage}`);
  }
  return days;
}

export function windowStart(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Opens the log read-only, or fails with exit 1 naming the file. */
export function openReaderOrFail(file: string): QuestionLogReader {
  try {
    return openQuestionLogReader(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read the question log at ${file}: ${reason}`, 1);
  }
}
