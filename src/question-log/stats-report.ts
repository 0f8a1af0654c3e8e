// Questions per day and platform, answer rate, most asked entries and votes per entry (pure).
import type { LoggedFeedback, LoggedQuestion } from './question-log-reader';

export interface DayRow {
  /** YYYY-MM-DD, UTC */
  day: string;
  total: number;
  byPlatform: Record<string, number>;
}

export interface EntryCount {
  id: string;
  count: number;
}

export interface EntryVotes {
  id: string;
  up: number;
  down: number;
}

export interface StatsReport {
  total: number;
  /** Replies from a knowledge entry (safety help answers included). */
  answered: number;
  /** Safety-routed questions, answered with the help entry. */
  help: number;
  /** The bot abstained. */
  unanswered: number;
  /** answered / total, 0 when there are no questions. */
  answerRate: number;
  platforms: string[];
  perDay: DayRow[];
  topEntries: EntryCount[];
  votes: EntryVotes[];
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function dayRows(questions: readonly LoggedQuestion[]): DayRow[] {
  const byDay = new Map<string, LoggedQuestion[]>();
  for (const q of questions) {
    const day = q.at.toISOString().slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), q]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, items]) => ({
      day,
      total: items.length,
      byPlatform: Object.fromEntries(countBy(items, (q) => q.platform)),
    }));
}

function votesPerEntry(feedback: readonly LoggedFeedback[]): EntryVotes[] {
  const votes = new Map<string, EntryVotes>();
  for (const f of feedback) {
    const entry = votes.get(f.entryId) ?? { id: f.entryId, up: 0, down: 0 };
    entry[f.vote] += 1;
    votes.set(f.entryId, entry);
  }
  // Most down-votes first: those entries need a look.
  return [...votes.values()].sort(
    (a, b) => b.down - a.down || b.up - a.up || a.id.localeCompare(b.id),
  );
}

/** Builds the stats report; `top` bounds the most-asked list. */
export function buildStatsReport(
  questions: readonly LoggedQuestion[],
  feedback: readonly LoggedFeedback[],
  top: number,
): StatsReport {
  const answered = questions.filter((q) => q.answered).length;
  const topEntries = [...countBy(questions, (q) => (q.kind === 'answer' ? q.entryId : null))]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, top);
  return {
    total: questions.length,
    answered,
    help: questions.filter((q) => q.kind === 'help').length,
    unanswered: questions.length - answered,
    answerRate: questions.length === 0 ? 0 : answered / questions.length,
    platforms: [...new Set(questions.map((q) => q.platform))].sort(),
    perDay: dayRows(questions),
    topEntries,
    votes: votesPerEntry(feedback),
  };
}
