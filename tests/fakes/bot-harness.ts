// What the Slack and Discord integration tests share: a recording logger, an in-memory question
// log, and the real assistant over the real engine on a fixture knowledge base.
import path from 'node:path';
import type { Assistant, FeedbackRecord, Logger, QuestionLog, QuestionRecord } from '../../src';
import { createAssistant, createEngine, loadKnowledge } from '../../src';
import { Recorder } from './recorder';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'knowledge');

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** A logger that keeps every line, so tests can look for errors and for leaked secrets. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A question log in memory: questions get ids q1, q2…; feedback is recorded for assertions. */
export function memoryQuestionLog(): QuestionLog & {
  questions: QuestionRecord[];
  feedback: Recorder<FeedbackRecord>;
} {
  const questions: QuestionRecord[] = [];
  const feedback = new Recorder<FeedbackRecord>((f) => `${f.vote} ${f.entryId}`);
  return {
    questions,
    feedback,
    recordQuestion: (record) => {
      questions.push(record);
      return `q${String(questions.length)}`;
    },
    recordFeedback: (record) => {
      feedback.push(record);
    },
    close: () => undefined,
  };
}

/** The real assistant over the real engine on a fixture (a name) or any knowledge folder (a path). */
export function fixtureAssistant(fixture: string, log: QuestionLog, logger: Logger): Assistant {
  const loaded = loadKnowledge(path.resolve(FIXTURES, fixture));
  if (!loaded.ok)
    throw new Error(`fixture ${fixture} does not load: ${JSON.stringify(loaded.problems)}`);
  const engine = createEngine(loaded.kb);
  return createAssistant({ engine: () => engine, log, logger });
}
