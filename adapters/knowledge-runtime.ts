// The knowledge side of a running bot: the engine to answer from and the question log.
import type { CoreConfig, Engine, Logger, QuestionLog } from '../src';
import { createEngine, formatProblem, loadKnowledge, nullQuestionLog } from '../src';

export interface KnowledgeRuntime {
  engine: () => Engine;
  log: QuestionLog;
  close: () => void;
}

/** Loads the knowledge base (printing every problem) or returns null when it is invalid. */
export function startKnowledge(core: CoreConfig, logger: Logger): KnowledgeRuntime | null {
  const result = loadKnowledge(core.knowledgeDir);
  for (const problem of result.problems) logger.warn(formatProblem(problem));
  if (!result.ok) {
    logger.error(`the knowledge base in ${core.knowledgeDir} has errors; fix them and start again`);
    return null;
  }
  const engine = createEngine(result.kb);
  return { engine: () => engine, log: nullQuestionLog, close: () => undefined };
}
