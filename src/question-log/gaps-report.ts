// What to add next: unanswered and low-confidence questions, grouped, counted, with the nearest entry.
import { groupSimilar } from './group-similar';
import type { LoggedQuestion } from './question-log-reader';

export interface GapsOptions {
  /** Answered questions under this confidence count as gaps too. */
  lowConfidence: number;
  /** Jaccard of content words at or above which two questions are one group. */
  similarity: number;
  /** Most groups to report. */
  limit: number;
}

export interface NearestEntry {
  id: string;
  score: number;
  /** The entry's phrasing that came closest. */
  phrasing: string;
}

export interface GapGroup {
  question: string;
  count: number;
  unanswered: number;
  lowConfidence: number;
  /** Other wordings in the group (at most 3). */
  variants: string[];
  lastAsked: string;
  nearest: NearestEntry | null;
}

export interface GapsReport {
  /** Questions with text that were unanswered or answered with low confidence. */
  gapQuestions: number;
  /** Questions with text in the window (safety and expired ones have none). */
  questionsWithText: number;
  groups: GapGroup[];
}

type TextQuestion = LoggedQuestion & { question: string };

/** Safety answers are never gaps: they are meant to win, and they keep no text anyway. */
export function isGap(question: LoggedQuestion, lowConfidence: number): question is TextQuestion {
  if (question.question === null || question.kind === 'help') return false;
  return !question.answered || question.confidence < lowConfidence;
}

/**
 * Builds the gaps report. `nearest` is the engine's best candidate for a question (injected, so
 * this stays pure and the report can use whichever knowledge base is current).
 */
export function buildGapsReport(
  questions: readonly LoggedQuestion[],
  nearest: (question: string) => NearestEntry | null,
  options: GapsOptions,
): GapsReport {
  const gaps = questions.filter((q) => isGap(q, options.lowConfidence));
  const groups = groupSimilar(gaps, (q) => q.question, options.similarity).slice(0, options.limit);
  return {
    gapQuestions: gaps.length,
    questionsWithText: questions.filter((q) => q.question !== null).length,
    groups: groups.map((group) => ({
      question: group.representative,
      count: group.items.length,
      unanswered: group.items.filter((q) => !q.answered).length,
      lowConfidence: group.items.filter((q) => q.answered).length,
      variants: group.variants.slice(0, 3),
      lastAsked: latest(group.items).toISOString(),
      nearest: nearest(group.representative),
    })),
  };
}

function latest(items: readonly LoggedQuestion[]): Date {
  return new Date(Math.max(...items.map((q) => q.at.getTime())));
}
