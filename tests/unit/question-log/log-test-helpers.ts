// Shared by the question-log tests: temp databases, a logger that remembers, records to store.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../../../src/logger';
import type { QuestionRecord } from '../../../src/service/types';
import { tempDir } from '../../fakes/temp-dir';

export function tempDbPath(): string {
  return path.join(tempDir('alliance-log-'), 'nested', 'questions.db');
}

export interface RecordingLogger extends Logger {
  errors: string[];
}

export function recordingLogger(): RecordingLogger {
  const errors: string[] = [];
  return {
    errors,
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (message) => {
      errors.push(message);
    },
  };
}

export function questionRecord(overrides: Partial<QuestionRecord> = {}): QuestionRecord {
  return {
    at: new Date('2026-11-01T10:00:00Z'),
    platform: 'slack',
    question: 'when was the alliance launched',
    entryId: 'launch',
    kind: 'answer',
    answered: true,
    confidence: 0.8,
    ...overrides,
  };
}

/** Every file SQLite may keep data in: the database, its WAL and its shared memory. */
export function rawDatabaseBytes(dbPath: string): Buffer {
  const parts = ['', '-wal', '-shm', '-journal']
    .map((suffix) => dbPath + suffix)
    .filter((file) => fs.existsSync(file))
    .map((file) => fs.readFileSync(file));
  return Buffer.concat(parts);
}

/** Every value in every table of the database: what a privacy check scans. */
export function allCells(dbPath: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
    .all();
  const cells = tables.flatMap(({ name }) =>
    db
      .prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}"`)
      .all()
      .flatMap((row) => Object.values(row)),
  );
  db.close();
  return cells;
}
