// The question log's tables and connection settings, in one place so the writer and the reader agree.
import type Database from 'better-sqlite3';

/** Bumped when the tables change; stored in PRAGMA user_version. */
export const SCHEMA_VERSION = 1;

// Privacy by construction: no column can hold a user id, a name or a channel. `question` is the
// only free text; it is NULL for safety-routed questions and is cleared after the retention period.
const CREATE_TABLES = `
CREATE TABLE IF NOT EXISTS questions (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  asked_at   TEXT    NOT NULL,
  platform   TEXT    NOT NULL,
  kind       TEXT    NOT NULL CHECK (kind IN ('answer', 'help', 'fallback')),
  entry_id   TEXT,
  answered   INTEGER NOT NULL CHECK (answered IN (0, 1)),
  confidence REAL    NOT NULL,
  question   TEXT    CHECK (question IS NULL OR kind <> 'help')
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
CREATE TABLE IF NOT EXISTS feedback (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  given_at    TEXT    NOT NULL,
  platform    TEXT    NOT NULL,
  entry_id    TEXT    NOT NULL,
  vote        TEXT    NOT NULL CHECK (vote IN ('up', 'down')),
  question_id INTEGER REFERENCES questions (id)
);
CREATE INDEX IF NOT EXISTS feedback_given_at ON feedback (given_at);
`;

/**
 * Settings for the writing connection. WAL with synchronous=NORMAL keeps an insert well under a
 * millisecond (no fsync per question); secure_delete overwrites cleared question text on disk
 * instead of leaving it in free pages; a short busy timeout means a locked file costs a question
 * at most 100 ms before the write is given up.
 */
export function configureWriter(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 100');
}

/** Creates the tables when missing; refuses a database written by a newer version. */
export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true });
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new Error(`question log schema ${version} is newer than this bot's (${SCHEMA_VERSION})`);
  }
  db.exec(CREATE_TABLES);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}
