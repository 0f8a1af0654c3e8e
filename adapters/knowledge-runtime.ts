// The knowledge side of a running bot: the live engine (reloaded on valid edits) and the question log.
import type { CoreConfig, Engine, Logger, QuestionLog } from '../src';
import { formatProblem, loadLiveKnowledge, openQuestionLog } from '../src';

export interface KnowledgeRuntime {
  engine: () => Engine;
  log: QuestionLog;
  close: () => void;
}

/**
 * Loads the knowledge base (printing every problem) or returns null when it is invalid: a bot
 * never starts on broken knowledge, and once running it keeps the last good one.
 */
export function startKnowledge(
  core: CoreConfig,
  logger: Logger,
  options: { watch: boolean },
): KnowledgeRuntime | null {
  const result = loadLiveKnowledge({ dir: core.knowledgeDir, logger });
  if (!result.ok) {
    for (const problem of result.problems) logger.error(formatProblem(problem));
    logger.error(`the knowledge base in ${core.knowledgeDir} has errors; fix them and start again`);
    return null;
  }
  const { live } = result;
  if (options.watch && core.watchKnowledge) live.watch();
  const log = openQuestionLog({
    path: core.questionLogPath,
    retentionDays: core.questionLogDays,
    logger,
  });
  return {
    engine: () => live.engine(),
    log,
    close: () => {
      live.close();
      log.close();
    },
  };
}
