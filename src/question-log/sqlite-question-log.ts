// The SQLite question log: one insert per question or vote, every failure logged, none thrown.
import type Database from 'better-sqlite3';
import type { Logger } from '../logger';
import type { FeedbackRecord, QuestionLog, QuestionRecord } from '../service/types';
import { createRetention } from './retention';
import { configureWriter, migrate } from './schema';

export interface SqliteQuestionLogOptions {
  retentionDays: number;
  logger: Logger;
  now: () => Date;
}

/** The text to store: never for safety-routed questions, even if a caller passed it. */
function storableText(record: QuestionRecord): string | null {
  return record.kind === 'help' ? null : record.question;
}

/** Feedback ids come back from chat buttons: anything but a positive integer is no reference. */
function parseQuestionId(questionId: string | null): number | null {
  if (questionId === null || !/^[1-9]\d{0,15}$/.test(questionId)) return null;
  return Number(questionId);
}

/**
 * Wraps an open database as a QuestionLog. Sets the connection up, creates the tables and purges
 * expired text (these may throw: openQuestionLog catches). After that no method throws.
 */
export function createSqliteQuestionLog(
  db: Database.Database,
  options: SqliteQuestionLogOptions,
): QuestionLog {
  configureWriter(db);
  migrate(db);
  const retention = createRetention(db, options);
  retention.purgeIfDue();

  const insertQuestion = db.prepare(
    `INSERT INTO questions (asked_at, platform, kind, entry_id, answered, confidence, question)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  // A question id the log does not hold (another database, a forged button) becomes NULL.
  const insertFeedback = db.prepare(
    `INSERT INTO feedback (given_at, platform, entry_id, vote, question_id)
     VALUES (?, ?, ?, ?, (SELECT id FROM questions WHERE id = ?))`,
  );

  const guard = <T>(action: string, fallback: T, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      options.logger.error(`question log: ${action} failed; answering goes on`, { error });
      return fallback;
    }
  };

  return {
    recordQuestion: (record) => {
      guard('purging old question text', undefined, () => {
        retention.purgeIfDue();
      });
      return guard('storing a question', null, () => {
        const result = insertQuestion.run(
          record.at.toISOString(),
          record.platform,
          record.kind,
          record.entryId,
          record.answered ? 1 : 0,
          record.confidence,
          storableText(record),
        );
        return String(result.lastInsertRowid);
      });
    },
    recordFeedback: (record: FeedbackRecord) => {
      guard('storing feedback', undefined, () => {
        insertFeedback.run(
          record.at.toISOString(),
          record.platform,
          record.entryId,
          record.vote,
          parseQuestionId(record.questionId),
        );
      });
    },
    close: () => {
      guard('closing', undefined, () => {
        if (db.open) db.close();
      });
    },
  };
}
