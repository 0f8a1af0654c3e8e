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

/** Words of a question in another language that the glossary (knowledge/languages.yaml) lacks. */
export interface UnreadWords {
  language: string;
  words: string[];
}

/** A word the glossary lacks and how many gap questions used it. */
export interface GlossaryGap {
  language: string;
  word: string;
  count: number;
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
  /** For a question in another language: the words the glossary could not read. */
  unread: UnreadWords | null;
}

export interface GapsReport {
  /** Questions with text that were unanswered or answered with low confidence. */
  gapQuestions: number;
  /** Questions with text in the window (safety and expired ones have none). */
  questionsWithText: number;
  groups: GapGroup[];
  /** Words the glossary lacks, over every gap question in another language, most used first. */
  glossaryGaps: GlossaryGap[];
}

type TextQuestion = LoggedQuestion & { question: string };

/** Safety answers are never gaps: they are meant to win, and they keep no text anyway. */
export function isGap(question: LoggedQuestion, lowConfidence: number): question is TextQuestion {
  if (question.question === null || question.kind === 'help') return false;
  return !question.answered || question.confidence < lowConfidence;
}

/** What the engine makes of a question: its best candidate and, in another language, its unread words. */
export interface GapLookups {
  nearest: (question: string) => NearestEntry | null;
  unread: (question: string) => UnreadWords | null;
}

/**
 * Builds the gaps report. The lookups come from the engine (injected, so this stays pure and the
 * report can use whichever knowledge base is current).
 */
export function buildGapsReport(
  questions: readonly LoggedQuestion[],
  lookups: GapLookups,
  options: GapsOptions,
): GapsReport {
  const gaps = questions.filter((q) => isGap(q, options.lowConfidence));
  const groups = groupSimilar(gaps, (q) => q.question, options.similarity).slice(0, options.limit);
  return {
    gapQuestions: gaps.length,
    questionsWithText: questions.filter((q) => q.question !== null).length,
    glossaryGaps: countGlossaryGaps(gaps.map((q) => lookups.unread(q.question))),
    groups: groups.map((group) => ({
      question: group.representative,
      count: group.items.length,
      unanswered: group.items.filter((q) => !q.answered).length,
      lowConfidence: group.items.filter((q) => q.answered).length,
      variants: group.variants.slice(0, 3),
      lastAsked: latest(group.items).toISOString(),
      nearest: lookups.nearest(group.representative),
      unread: lookups.unread(group.representative),
    })),
  };
}

function latest(items: readonly LoggedQuestion[]): Date {
  return new Date(Math.max(...items.map((q) => q.at.getTime())));
}

/** How many gap questions used each unread word, most first (ties by word, for a stable order). */
function countGlossaryGaps(unread: readonly (UnreadWords | null)[]): GlossaryGap[] {
  const counts = new Map<string, GlossaryGap>();
  for (const item of unread) {
    for (const word of new Set(item?.words ?? [])) {
      const key = `${item?.language ?? ''} ${word}`;
      const gap = counts.get(key) ?? { language: item?.language ?? '', word, count: 0 };
      gap.count += 1;
      counts.set(key, gap);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}
