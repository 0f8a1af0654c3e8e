// Runs an evaluation set through an engine.
import type { Engine } from '../types';
import type { EvalQuestion } from './eval-set';
import { metricsBySplit, scoreReply } from './metrics';
import type { Metrics, ScoredQuestion } from './metrics';
import type { Split } from './eval-set';

export interface EvalRun {
  scored: ScoredQuestion[];
  splits: Record<Split | 'all', Metrics>;
}

export function runEval(engine: Engine, questions: readonly EvalQuestion[]): EvalRun {
  const scored = questions.map((q) => scoreReply(q, engine.ask(q.q)));
  return { scored, splits: metricsBySplit(scored, engine.knowledge.safety.entryId) };
}
