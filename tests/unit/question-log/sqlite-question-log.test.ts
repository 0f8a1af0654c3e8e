// The SQLite question log: what it stores, what it never stores, and that it never breaks answering.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openQuestionLog } from '../../../src/question-log/open-question-log';
import { openQuestionLogReader } from '../../../src/question-log/question-log-reader';
import { nullQuestionLog } from '../../../src/service/null-log';
import {
  allCells,
  questionRecord,
  rawDatabaseBytes,
  recordingLogger,
  tempDbPath,
} from './log-test-helpers';

const SAFETY_TEXT = 'my uncle abuses me and I need help zqxj';

describe('openQuestionLog', () => {
  it('GIVEN path null (QUESTION_LOG=off) THEN it returns the log that stores nothing', () => {
    expect(openQuestionLog({ path: null, retentionDays: 30, logger: recordingLogger() })).toBe(
      nullQuestionLog,
    );
  });

  it('GIVEN a path in a missing folder THEN it creates the folder and stores a question', () => {
    const dbPath = tempDbPath();
    const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger: recordingLogger() });
    const id = log.recordQuestion(questionRecord());
    log.close();
    expect(id).toBe('1');
    const reader = openQuestionLogReader(dbPath);
    expect(reader.questions(new Date(0))).toEqual([
      {
        id: 1,
        at: new Date('2026-11-01T10:00:00Z'),
        platform: 'slack',
        question: 'when was the alliance launched',
        entryId: 'launch',
        kind: 'answer',
        answered: true,
        confidence: 0.8,
      },
    ]);
    reader.close();
  });

  it('GIVEN a path that cannot be a database THEN it logs the error and stores nothing', () => {
    const logger = recordingLogger();
    const log = openQuestionLog({ path: __filename + '/questions.db', retentionDays: 30, logger });
    expect(log).toBe(nullQuestionLog);
    expect(logger.errors).toEqual([expect.stringContaining('could not be opened')]);
  });
});

describe('privacy', () => {
  it('GIVEN a safety-routed question THEN its text is in no cell of any table and no file', () => {
    const dbPath = tempDbPath();
    const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger: recordingLogger() });
    // The assistant passes null for help replies; the log drops the text even if it were passed.
    log.recordQuestion(
      questionRecord({ question: SAFETY_TEXT, kind: 'help', entryId: 'help', confidence: 1 }),
    );
    log.recordQuestion(questionRecord({ question: null, kind: 'help', entryId: 'help' }));
    log.close();

    const cells = allCells(dbPath);
    expect(cells).toContain('help');
    expect(cells.filter((cell) => typeof cell === 'string' && cell.includes('zqxj'))).toEqual([]);
    expect(rawDatabaseBytes(dbPath).includes('zqxj')).toBe(false);
  });

  it('GIVEN a new log THEN only its owner may read the database, its WAL and its folder', () => {
    const dbPath = tempDbPath();
    const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger: recordingLogger() });
    log.recordQuestion(questionRecord());
    const modeOf = (file: string): number => fs.statSync(file).mode & 0o777;
    expect(modeOf(dbPath)).toBe(0o600);
    expect(modeOf(dbPath + '-wal')).toBe(0o600);
    expect(modeOf(path.dirname(dbPath))).toBe(0o700);
    log.close();
  });

  it('GIVEN the schema THEN no table has a column for a user, a name or a channel', () => {
    const dbPath = tempDbPath();
    openQuestionLog({ path: dbPath, retentionDays: 30, logger: recordingLogger() }).close();
    const db = new Database(dbPath, { readonly: true });
    const columnsOf = (table: string): string[] =>
      db
        .prepare<[], { name: string }>(`PRAGMA table_info("${table}")`)
        .all()
        .map((column) => column.name);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all()
      .map((table) => table.name);

    expect(tables.sort()).toEqual(['feedback', 'questions']);
    expect(columnsOf('questions')).toEqual([
      'id',
      'asked_at',
      'platform',
      'kind',
      'entry_id',
      'answered',
      'confidence',
      'question',
    ]);
    expect(columnsOf('feedback')).toEqual([
      'id',
      'given_at',
      'platform',
      'entry_id',
      'vote',
      'question_id',
    ]);
    for (const column of tables.flatMap(columnsOf)) {
      expect(column).not.toMatch(/user|author|member|name|channel|guild|team|thread|email/i);
    }
    db.close();
  });
});

describe('retention', () => {
  it('GIVEN text older than the retention period WHEN the log opens THEN the text is gone, the counts stay', () => {
    const dbPath = tempDbPath();
    const old = new Date('2026-10-01T10:00:00Z');
    const first = openQuestionLog({
      path: dbPath,
      retentionDays: 30,
      logger: recordingLogger(),
      now: () => old,
    });
    first.recordQuestion(questionRecord({ at: old, question: 'an old question xyzzy' }));
    first.recordQuestion(
      questionRecord({ at: new Date('2026-11-20T10:00:00Z'), question: 'a recent question' }),
    );
    first.close();

    const later = new Date('2026-11-25T10:00:00Z');
    openQuestionLog({
      path: dbPath,
      retentionDays: 30,
      logger: recordingLogger(),
      now: () => later,
    }).close();

    const reader = openQuestionLogReader(dbPath);
    expect(reader.questions(new Date(0)).map((q) => [q.question, q.entryId])).toEqual([
      [null, 'launch'],
      ['a recent question', 'launch'],
    ]);
    reader.close();
    expect(rawDatabaseBytes(dbPath).includes('xyzzy')).toBe(false);
  });

  it('GIVEN a running log WHEN more than an hour passes THEN the next write purges expired text', () => {
    const dbPath = tempDbPath();
    let now = new Date('2026-11-01T10:00:00Z');
    const log = openQuestionLog({
      path: dbPath,
      retentionDays: 1,
      logger: recordingLogger(),
      now: () => now,
    });
    log.recordQuestion(questionRecord({ at: now, question: 'first' }));
    now = new Date('2026-11-03T10:00:00Z');
    log.recordQuestion(questionRecord({ at: now, question: 'second' }));
    log.close();

    const reader = openQuestionLogReader(dbPath);
    expect(reader.questions(new Date(0)).map((q) => q.question)).toEqual([null, 'second']);
    reader.close();
  });
});

describe('feedback', () => {
  it('GIVEN votes THEN each is stored with its entry and the logged question it is about', () => {
    const dbPath = tempDbPath();
    const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger: recordingLogger() });
    const id = log.recordQuestion(questionRecord());
    const at = new Date('2026-11-01T10:01:00Z');
    log.recordFeedback({ at, platform: 'slack', entryId: 'launch', vote: 'up', questionId: id });
    log.recordFeedback({
      at,
      platform: 'discord',
      entryId: 'goals',
      vote: 'down',
      questionId: '99',
    });
    log.recordFeedback({
      at,
      platform: 'discord',
      entryId: 'goals',
      vote: 'down',
      questionId: 'x',
    });
    log.close();

    const reader = openQuestionLogReader(dbPath);
    expect(reader.feedback(new Date(0))).toEqual([
      { at, platform: 'slack', entryId: 'launch', vote: 'up', questionId: 1 },
      { at, platform: 'discord', entryId: 'goals', vote: 'down', questionId: null },
      { at, platform: 'discord', entryId: 'goals', vote: 'down', questionId: null },
    ]);
    reader.close();
  });
});

describe('failures', () => {
  it('GIVEN the database was closed under the log THEN writes are logged errors, not exceptions', () => {
    const dbPath = tempDbPath();
    const logger = recordingLogger();
    const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger });
    log.close();

    expect(log.recordQuestion(questionRecord())).toBeNull();
    expect(() => {
      log.recordFeedback({
        at: new Date(),
        platform: 'slack',
        entryId: 'launch',
        vote: 'up',
        questionId: null,
      });
    }).not.toThrow();
    expect(logger.errors).toEqual([
      expect.stringContaining('storing a question failed'),
      expect.stringContaining('storing feedback failed'),
    ]);
  });
});
