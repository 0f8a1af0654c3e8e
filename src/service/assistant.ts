// The assistant adapters call: answers from the current engine, records questions and feedback.
import type { Engine, Reply } from '../types';
import type { Logger } from '../logger';
import type {
  Assistant,
  AssistantReply,
  Platform,
  QuestionLog,
  QuestionRecord,
  Vote,
} from './types';

export interface AssistantOptions {
  /** The engine to answer from right now; live reload swaps what this returns. */
  engine: () => Engine;
  log: QuestionLog;
  logger: Logger;
  /** Injected so tests and the log agree on time. */
  now?: () => Date;
}

/** Builds the record the question log stores: safety questions are never stored verbatim. */
export function toQuestionRecord(reply: Reply, platform: Platform, at: Date): QuestionRecord {
  return {
    at,
    platform,
    question: reply.kind === 'help' ? null : reply.question,
    entryId: reply.entryId,
    kind: reply.kind,
    answered: reply.answered,
    confidence: reply.confidence,
  };
}

/** Creates the assistant. Logging can fail; answering cannot. */
export function createAssistant(options: AssistantOptions): Assistant {
  const now = options.now ?? (() => new Date());

  const record = (reply: Reply, platform: Platform): AssistantReply => {
    let logId: string | null = null;
    try {
      logId = options.log.recordQuestion(toQuestionRecord(reply, platform, now()));
    } catch (error) {
      options.logger.error('question log failed; the answer still goes out', { error });
    }
    return { ...reply, logId };
  };

  return {
    ask: (question, platform) => record(options.engine().ask(question), platform),
    answerEntry: (id, platform) => {
      const reply = options.engine().answerEntry(id);
      return reply ? record(reply, platform) : undefined;
    },
    suggest: (prefix, limit) => options.engine().suggest(prefix, limit),
    feedback: (entryId: string, vote: Vote, platform: Platform, questionId: string | null) => {
      try {
        options.log.recordFeedback({ at: now(), platform, entryId, vote, questionId });
      } catch (error) {
        options.logger.error('feedback could not be stored', { error });
      }
    },
  };
}
