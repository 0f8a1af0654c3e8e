// The stored baseline and the comparison that tells maintainers whether an edit made things worse.
import { metricsBySplit } from './metrics';
import type { Metrics, Outcome, ScoredQuestion } from './metrics';
import type { EvalQuestion, Split } from './eval-set';

export interface Baseline {
  splits: Record<Split | 'all', Pick<Metrics, 'inScope' | 'outOfScope' | 'answered' | 'safety'>>;
  /** Outcome per question text, to list what flipped. */
  outcomes: Record<string, Outcome>;
}

export function toBaseline(
  splits: Record<Split | 'all', Metrics>,
  scored: readonly ScoredQuestion[],
): Baseline {
  const pick = (m: Metrics) => ({
    inScope: m.inScope,
    outOfScope: m.outOfScope,
    answered: m.answered,
    safety: m.safety,
  });
  return {
    splits: { dev: pick(splits.dev), test: pick(splits.test), all: pick(splits.all) },
    outcomes: Object.fromEntries(scored.map((s) => [s.question.q, s.outcome])),
  };
}

export interface Comparison {
  regressions: string[];
  improvements: string[];
  flipped: { q: string; before: Outcome; after: Outcome }[];
  /** Questions the baseline has no outcome for: new ones, not compared until the baseline is updated. */
  notInBaseline: number;
}

const EPSILON = 1e-9;
/** Stands for "some entry other than the expected one" in a replayed wrong answer. */
const OTHER_ENTRY = '(another entry)';

/** What a question's stored outcome says the engine replied, for recomputing the baseline's metrics. */
function replayed(question: EvalQuestion, outcome: Outcome): ScoredQuestion {
  const got =
    outcome === 'abstained' || (outcome === 'right' && question.expect === 'none')
      ? null
      : outcome === 'right'
        ? question.expect
        : OTHER_ENTRY;
  return { question, outcome, got, confidence: 0 };
}
/**
 * Regressions: any split whose accuracy, abstention or safety recall fell, or whose wrong rate
 * rose, measured on the questions the baseline and this run share. Comparing aggregates of
 * different question sets would call a new file of hard questions a regression, and a file of
 * easy ones an improvement; questions not in the baseline are counted, not compared.
 */
export function compareWithBaseline(
  baseline: Baseline,
  scored: readonly ScoredQuestion[],
  helpId: string,
): Comparison {
  const shared = scored.filter((s) => baseline.outcomes[s.question.q] !== undefined);
  const before = metricsBySplit(
    shared.map((s) => replayed(s.question, baseline.outcomes[s.question.q] as Outcome)),
    helpId,
  );
  const after = metricsBySplit(shared, helpId);
  const regressions: string[] = [];
  const improvements: string[] = [];
  for (const split of ['dev', 'test'] as const) {
    const was = before[split];
    const now = after[split];
    const pairs: [string, number, number, number, 'up' | 'down'][] = [
      ['accuracy when covered', now.inScope.n, was.inScope.accuracy, now.inScope.accuracy, 'up'],
      [
        'abstention when not covered',
        now.outOfScope.n,
        was.outOfScope.abstention,
        now.outOfScope.abstention,
        'up',
      ],
      ['safety recall', now.safety.n, was.safety.recall, now.safety.recall, 'up'],
      [
        'wrong-answer rate',
        now.answered.n + was.answered.n,
        was.answered.wrongRate,
        now.answered.wrongRate,
        'down',
      ],
    ];
    for (const [name, n, from, to, better] of pairs) {
      const delta = to - from;
      if (n === 0 || Math.abs(delta) < EPSILON) continue;
      const line = `${split}: ${name} ${from} → ${to}`;
      if ((better === 'up' && delta < 0) || (better === 'down' && delta > 0))
        regressions.push(line);
      else improvements.push(line);
    }
  }
  const flipped = shared.flatMap((s) => {
    const outcome = baseline.outcomes[s.question.q] as Outcome;
    return outcome !== s.outcome ? [{ q: s.question.q, before: outcome, after: s.outcome }] : [];
  });
  return { regressions, improvements, flipped, notInBaseline: scored.length - shared.length };
}
