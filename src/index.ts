// The only surface adapters import: the engine, the knowledge loader, the assistant and their types.
export type {
  Engine,
  Entry,
  EntryKind,
  Explanation,
  KnowledgeBase,
  Reply,
  Source,
  SourceRef,
  Suggestion,
} from './types';
export type {
  Assistant,
  AssistantReply,
  FeedbackRecord,
  Platform,
  QuestionLog,
  QuestionRecord,
  Vote,
} from './service/types';
export { createEngine } from './engine/engine';
export { MAX_INPUT_CHARS } from './engine/text';
export { formatSource, renderPlain } from './format/plain';
export { loadKnowledge } from './knowledge/load';
export type { LoadResult } from './knowledge/load';
export { formatProblem } from './knowledge/problems';
export type { KnowledgeProblem } from './knowledge/problems';
export { createAssistant } from './service/assistant';
export { loadLiveKnowledge } from './live/live-knowledge';
export type { LiveKnowledge } from './live/live-knowledge';
export { openQuestionLog } from './question-log/open-question-log';
export { nullQuestionLog } from './service/null-log';
export { createConsoleLogger, redact, silentLogger } from './logger';
export type { Logger, LogLevel } from './logger';
export { ConfigError, loadDotEnv, optionalEnv, optionalHttpUrl, readCoreConfig } from './config';
export type { CoreConfig, Env } from './config';
