// The stored baseline and the comparison that tells maintainers whether an edit made things worse.
import type { Metrics, Outcome, ScoredQuestion } from './metrics';
import type { Split } from './eval-set';

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
}

const EPSILON = 1e-9;

/** Regressions: any split whose accuracy, abstention or safety recall fell, or whose wrong rate rose. */
export function compareWithBaseline(
  baseline: Baseline,
  splits: Record<Split | 'all', Metrics>,
  scored: readonly ScoredQuestion[],
): Comparison {
  const regressions: string[] = [];
  const improvements: string[] = [];
  for (const split of ['dev', 'test'] as const) {
    const before = baseline.splits[split];
    const after = splits[split];
    const pairs: [string, number, number, 'up' | 'down'][] = [
      ['accuracy when covered', before.inScope.accuracy, after.inScope.accuracy, 'up'],
      [
        'abstention when not covered',
        before.outOfScope.abstention,
        after.outOfScope.abstention,
        'up',
      ],
      ['safety recall', before.safety.recall, after.safety.recall, 'up'],
      ['wrong-answer rate', before.answered.wrongRate, after.answered.wrongRate, 'down'],
    ];
    for (const [name, was, now, better] of pairs) {
      const delta = now - was;
      if (Math.abs(delta) < EPSILON) continue;
      const line = `${split}: ${name} ${was} → ${now}`;
      if ((better === 'up' && delta < 0) || (better === 'down' && delta > 0))
        regressions.push(line);
      else improvements.push(line);
    }
  }
  const flipped = scored.flatMap((s) => {
    const before = baseline.outcomes[s.question.q];
    return before !== undefined && before !== s.outcome
      ? [{ q: s.question.q, before, after: s.outcome }]
      : [];
  });
  return { regressions, improvements, flipped };
}
