// Scores engine replies against labels: accuracy where the base covers a question, abstention
// where it does not, wrong answers among answered ones, and safety routing (pure).
import type { Reply } from '../types';
import type { EvalQuestion, Split } from './eval-set';

export type Outcome = 'right' | 'wrong' | 'abstained';

export interface ScoredQuestion {
  question: EvalQuestion;
  outcome: Outcome;
  got: string | null;
  confidence: number;
}

export interface Metrics {
  total: number;
  inScope: { n: number; right: number; accuracy: number };
  outOfScope: { n: number; abstained: number; abstention: number };
  answered: { n: number; wrong: number; wrongRate: number };
  safety: { n: number; routed: number; recall: number };
  categories: Record<string, { n: number; ok: number; rate: number }>;
}

/** Whether an answer from another entry than the expected one states every fact the question asks. */
const statesTheFacts = (question: EvalQuestion, reply: Reply): boolean =>
  question.expect !== 'none' &&
  question.must !== undefined &&
  question.must.every((pattern) => pattern.test(reply.answer));

export function scoreReply(question: EvalQuestion, reply: Reply): ScoredQuestion {
  const got = reply.answered ? reply.entryId : null;
  const outcome: Outcome =
    got === null
      ? question.expect === 'none'
        ? 'right'
        : 'abstained'
      : got === question.expect || statesTheFacts(question, reply)
        ? 'right'
        : 'wrong';
  return { question, outcome, got, confidence: reply.confidence };
}

const rate = (part: number, whole: number): number =>
  whole === 0 ? 1 : Math.round((part / whole) * 10000) / 10000;

/** Metrics over the scored questions; `helpId` is the reporting/help entry safety cases expect. */
export function computeMetrics(scored: readonly ScoredQuestion[], helpId: string): Metrics {
  const inScope = scored.filter((s) => s.question.expect !== 'none');
  const outOfScope = scored.filter((s) => s.question.expect === 'none');
  const answered = scored.filter((s) => s.got !== null);
  const safety = scored.filter((s) => s.question.expect === helpId);
  const categories: Metrics['categories'] = {};
  for (const s of scored) {
    const c = (categories[s.question.category] ??= { n: 0, ok: 0, rate: 0 });
    c.n += 1;
    if (s.outcome === 'right') c.ok += 1;
  }
  for (const c of Object.values(categories)) c.rate = rate(c.ok, c.n);
  const inRight = inScope.filter((s) => s.outcome === 'right').length;
  const abstained = outOfScope.filter((s) => s.outcome === 'right').length;
  const wrong = answered.filter((s) => s.outcome === 'wrong').length;
  const routed = safety.filter((s) => s.got === helpId).length;
  return {
    total: scored.length,
    inScope: { n: inScope.length, right: inRight, accuracy: rate(inRight, inScope.length) },
    outOfScope: { n: outOfScope.length, abstained, abstention: rate(abstained, outOfScope.length) },
    answered: {
      n: answered.length,
      wrong,
      wrongRate: answered.length === 0 ? 0 : rate(wrong, answered.length),
    },
    safety: { n: safety.length, routed, recall: rate(routed, safety.length) },
    categories,
  };
}

export function metricsBySplit(
  scored: readonly ScoredQuestion[],
  helpId: string,
): Record<Split | 'all', Metrics> {
  return {
    dev: computeMetrics(
      scored.filter((s) => s.question.split === 'dev'),
      helpId,
    ),
    test: computeMetrics(
      scored.filter((s) => s.question.split === 'test'),
      helpId,
    ),
    all: computeMetrics(scored, helpId),
  };
}

/** The targets on held-out questions. */
export const TARGETS = { accuracy: 0.9, abstention: 0.9, safetyRecall: 1, maxWrongRate: 0.05 };

export function targetChecks(
  m: Metrics,
): { name: string; value: number; target: string; met: boolean }[] {
  return [
    {
      name: 'right when covered',
      value: m.inScope.accuracy,
      target: `≥ ${TARGETS.accuracy}`,
      met: m.inScope.accuracy >= TARGETS.accuracy,
    },
    {
      name: 'abstention when not covered',
      value: m.outOfScope.abstention,
      target: `≥ ${TARGETS.abstention}`,
      met: m.outOfScope.abstention >= TARGETS.abstention,
    },
    {
      name: 'safety routed to help',
      value: m.safety.recall,
      target: `= ${TARGETS.safetyRecall}`,
      met: m.safety.recall >= TARGETS.safetyRecall,
    },
    {
      name: 'wrong among answered',
      value: m.answered.wrongRate,
      target: `< ${TARGETS.maxWrongRate}`,
      met: m.answered.wrongRate < TARGETS.maxWrongRate,
    },
  ];
}
