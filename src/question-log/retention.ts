// Deletes question text older than the retention period; the counts that reports need stay.
import type Database from 'better-sqlite3';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Purging runs on open and then at most this often, checked cheaply on each write. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** The instant before which question text must be gone. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * Clears the text of questions asked before cutoff and returns how many were cleared. After a
 * purge the WAL is checkpointed and truncated, so the old text survives in no file.
 */
export function purgeQuestionText(db: Database.Database, cutoff: Date): number {
  const result = db
    .prepare('UPDATE questions SET question = NULL WHERE question IS NOT NULL AND asked_at < ?')
    .run(cutoff.toISOString());
  if (result.changes > 0) db.pragma('wal_checkpoint(TRUNCATE)');
  return result.changes;
}

export interface RetentionOptions {
  retentionDays: number;
  now: () => Date;
}

/** Purges now, then whenever the last purge is older than PURGE_INTERVAL_MS. */
export function createRetention(
  db: Database.Database,
  options: RetentionOptions,
): { purgeIfDue(): void } {
  let lastPurge = Number.NEGATIVE_INFINITY;
  const purgeIfDue = (): void => {
    const now = options.now();
    if (now.getTime() - lastPurge < PURGE_INTERVAL_MS) return;
    lastPurge = now.getTime();
    purgeQuestionText(db, retentionCutoff(now, options.retentionDays));
  };
  return { purgeIfDue };
}
