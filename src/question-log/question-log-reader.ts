// Reads the question log for reports (gaps, stats), read-only, as plain rows with typed fields.
import Database from 'better-sqlite3';
import type { Reply } from '../types';
import type { Vote } from '../service/types';

export interface LoggedQuestion {
  id: number;
  at: Date;
  platform: string;
  /** null for safety-routed questions and after the retention period. */
  question: string | null;
  entryId: string | null;
  kind: Reply['kind'];
  answered: boolean;
  confidence: number;
}

export interface LoggedFeedback {
  at: Date;
  platform: string;
  entryId: string;
  vote: Vote;
  questionId: number | null;
}

/** What reports read. A shared database would implement the same two queries. */
export interface QuestionLogReader {
  /** Questions asked at or after since, oldest first. */
  questions(since: Date): LoggedQuestion[];
  /** Votes given at or after since, oldest first. */
  feedback(since: Date): LoggedFeedback[];
  close(): void;
}

interface QuestionRow {
  id: number;
  asked_at: string;
  platform: string;
  question: string | null;
  entry_id: string | null;
  kind: string;
  answered: number;
  confidence: number;
}

interface FeedbackRow {
  given_at: string;
  platform: string;
  entry_id: string;
  vote: string;
  question_id: number | null;
}

// The table's CHECK constraints guarantee these values; anything else reads as the safest kind.
function toKind(kind: string): Reply['kind'] {
  return kind === 'answer' || kind === 'help' ? kind : 'fallback';
}

function toQuestion(row: QuestionRow): LoggedQuestion {
  return {
    id: row.id,
    at: new Date(row.asked_at),
    platform: row.platform,
    question: row.question,
    entryId: row.entry_id,
    kind: toKind(row.kind),
    answered: row.answered === 1,
    confidence: row.confidence,
  };
}

function toFeedback(row: FeedbackRow): LoggedFeedback {
  return {
    at: new Date(row.given_at),
    platform: row.platform,
    entryId: row.entry_id,
    vote: row.vote === 'up' ? 'up' : 'down',
    questionId: row.question_id,
  };
}

/**
 * Opens an existing question log read-only; throws when the file is missing or not a log, so
 * the report commands can say which file they tried.
 */
export function openQuestionLogReader(file: string): QuestionLogReader {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const selectQuestions = db.prepare<[string], QuestionRow>(
      `SELECT id, asked_at, platform, question, entry_id, kind, answered, confidence
       FROM questions WHERE asked_at >= ? ORDER BY asked_at, id`,
    );
    const selectFeedback = db.prepare<[string], FeedbackRow>(
      `SELECT given_at, platform, entry_id, vote, question_id
       FROM feedback WHERE given_at >= ? ORDER BY given_at, id`,
    );
    return {
      questions: (since) => selectQuestions.all(since.toISOString()).map(toQuestion),
      feedback: (since) => selectFeedback.all(since.toISOString()).map(toFeedback),
      close: () => {
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
