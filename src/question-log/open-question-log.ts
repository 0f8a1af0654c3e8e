// Opens the configured question log: SQLite at a path, nothing when off, nothing (logged) on error.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../logger';
import { nullQuestionLog } from '../service/null-log';
import type { QuestionLog } from '../service/types';
import { createSqliteQuestionLog } from './sqlite-question-log';

export interface OpenQuestionLogOptions {
  /** SQLite file, or null when QUESTION_LOG=off. */
  path: string | null;
  /** Days after which question text is deleted. */
  retentionDays: number;
  logger: Logger;
  /** Injected so tests control retention. */
  now?: () => Date;
}

/**
 * The question log for the running bots. A log that cannot be opened must not stop the bot
 * from answering, so the error is logged and a log that stores nothing is returned.
 * @example openQuestionLog({ path: config.questionLogPath, retentionDays: config.questionLogDays, logger })
 */
export function openQuestionLog(options: OpenQuestionLogOptions): QuestionLog {
  if (options.path === null) return nullQuestionLog;
  let db: Database.Database | undefined;
  try {
    // Questions may disclose abuse: only the bot's own user may read them. SQLite gives the WAL
    // and shared-memory files the database file's mode.
    fs.mkdirSync(path.dirname(options.path), { recursive: true, mode: 0o700 });
    db = new Database(options.path);
    fs.chmodSync(options.path, 0o600);
    return createSqliteQuestionLog(db, {
      retentionDays: options.retentionDays,
      logger: options.logger,
      now: options.now ?? (() => new Date()),
    });
  } catch (error) {
    options.logger.error('question log could not be opened; questions will not be logged', {
      path: options.path,
      error,
    });
    if (db?.open) db.close();
    return nullQuestionLog;
  }
}
