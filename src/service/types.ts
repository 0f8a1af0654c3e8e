// The seam between adapters and the core: one assistant that answers, logs and takes feedback.
import type { Reply, Suggestion } from '../types';

/** Where a question came from. Never a user id, name or channel: the log must not hold them. */
export type Platform = 'terminal' | 'slack' | 'discord' | 'cli';

export type Vote = 'up' | 'down';

/** One question as the question log stores it. Built by the assistant, never by adapters. */
export interface QuestionRecord {
  at: Date;
  platform: Platform;
  /** null when the question must not be stored verbatim (safety routing). */
  question: string | null;
  entryId: string | null;
  kind: Reply['kind'];
  answered: boolean;
  confidence: number;
}

export interface FeedbackRecord {
  at: Date;
  platform: Platform;
  entryId: string;
  vote: Vote;
  /** The logged question this feedback is about, when known. */
  questionId: string | null;
}

/**
 * Stores questions and feedback (issue 6). Implementations must never throw into the caller's
 * answer path: the assistant still guards every call.
 */
export interface QuestionLog {
  /** Returns an id that feedback can refer to, or null when nothing was stored. */
  recordQuestion(record: QuestionRecord): string | null;
  recordFeedback(record: FeedbackRecord): void;
  close(): void;
}

/** A reply plus the log id that feedback buttons carry back. */
export interface AssistantReply extends Reply {
  logId: string | null;
}

/** What adapters call. It answers from the current knowledge base (live reload swaps it). */
export interface Assistant {
  ask(question: string, platform: Platform): AssistantReply;
  /** Answer one entry by id (a "Did you mean" click or an autocomplete pick). */
  answerEntry(id: string, platform: Platform): AssistantReply | undefined;
  suggest(prefix: string, limit: number): Suggestion[];
  feedback(entryId: string, vote: Vote, platform: Platform, questionId: string | null): void;
}
