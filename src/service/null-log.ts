// The question log used when QUESTION_LOG=off: stores nothing.
import type { QuestionLog } from './types';

export const nullQuestionLog: QuestionLog = {
  recordQuestion: () => null,
  recordFeedback: () => undefined,
  close: () => undefined,
};
