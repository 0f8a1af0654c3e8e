// Questions asked through the assistant land in the question log; gaps and stats read them back.
import path from 'node:path';
import { gapsCommand } from '../../src/cli/commands/gaps';
import { statsCommand } from '../../src/cli/commands/stats';
import { run } from '../../src/cli/main';
import { createEngine } from '../../src/engine/engine';
import { loadKnowledge } from '../../src/knowledge/load';
import { silentLogger } from '../../src/logger';
import { openQuestionLog } from '../../src/question-log/open-question-log';
import { createAssistant } from '../../src/service/assistant';
import type { Engine } from '../../src/types';
import { capturingIo } from '../fakes/capturing-io';
import { allCells } from '../unit/question-log/log-test-helpers';
import { tempDir } from '../fakes/temp-dir';

const KB_DIR = path.join(__dirname, '..', 'fixtures', 'knowledge', 'good');

function fixtureEngine(): Engine {
  const result = loadKnowledge(KB_DIR);
  if (!result.ok) throw new Error('the good fixture must load');
  return createEngine(result.kb);
}

/** A log filled through the production door: assistant + real engine + SQLite log. */
function filledLog(): string {
  const dbPath = path.join(tempDir('alliance-reports-'), 'q.db');
  const engine = fixtureEngine();
  const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger: silentLogger });
  const assistant = createAssistant({ engine: () => engine, log, logger: silentLogger });
  const goals = assistant.ask('What are the four goals of the Global Alliance?', 'slack');
  assistant.ask('what are the aims of the alliance', 'discord');
  assistant.ask('what is the global alliance', 'terminal');
  assistant.ask('How much funding does the alliance have?', 'slack');
  assistant.ask('how much funding does the alliance get', 'discord');
  assistant.ask('funding of the alliance?', 'slack');
  assistant.ask('what is the weather in Brussels', 'terminal');
  assistant.ask('I was abused as a child, who can I talk to', 'discord');
  assistant.feedback('four-goals', 'up', 'slack', goals.logId);
  assistant.feedback('four-goals', 'down', 'discord', null);
  assistant.feedback('four-goals', 'down', 'discord', null);
  log.close();
  return dbPath;
}

describe('gaps and stats read what the assistant logged', () => {
  const dbPath = filledLog();

  it('GIVEN unanswered questions THEN gaps groups the similar ones with counts and a nearest entry', async () => {
    const io = capturingIo();
    const code = await gapsCommand.run(['--kb', KB_DIR, '--log', dbPath, '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out.join('')) as {
      gapQuestions: number;
      groups: {
        question: string;
        count: number;
        unanswered: number;
        nearest: { id: string } | null;
      }[];
    };
    const funding = report.groups[0];
    expect(funding).toMatchObject({ count: 3, unanswered: 3 });
    expect(funding?.question.toLowerCase()).toContain('funding');
    expect(typeof funding?.nearest?.id).toBe('string');
    const all = JSON.stringify(report);
    expect(all).toContain('weather');
    // Safety questions are never stored verbatim, so they cannot show up in a report.
    expect(all).not.toContain('abused');
  });

  it('GIVEN a safety question asked through the assistant THEN no cell of any table holds its text', () => {
    const cells = allCells(dbPath);
    expect(cells).toContain('help');
    expect(cells.filter((c) => typeof c === 'string' && /abused|talk to/i.test(c))).toEqual([]);
  });

  it('GIVEN the same log THEN the text gaps report names counts, the nearest entry and the variants', async () => {
    const io = capturingIo();
    expect(await run(['gaps', '--kb', KB_DIR, '--log', dbPath], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toMatch(/^ 1\. 3× "/m);
    expect(text).toContain('nearest entry:');
    expect(text).toContain('also asked as:');
  });

  it('GIVEN unanswered French questions THEN gaps names the words the glossary lacks', async () => {
    const frenchLog = path.join(tempDir('alliance-reports-'), 'q.db');
    const engine = fixtureEngine();
    const log = openQuestionLog({ path: frenchLog, retentionDays: 30, logger: silentLogger });
    const assistant = createAssistant({ engine: () => engine, log, logger: silentLogger });
    assistant.ask('Quels sont les salaires des enquêteurs ?', 'discord');
    assistant.ask('Qui paie les enquêteurs de la police ?', 'slack');
    log.close();
    const io = capturingIo();
    expect(await run(['gaps', '--kb', KB_DIR, '--log', frenchLog], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('read as fr; not in the glossary:');
    expect(text).toMatch(/lacks[^\n]*:\n {2}enqueteurs \(fr, 2\)/);
  });

  it('GIVEN the same log THEN stats counts platforms, the answer rate, entries and votes', async () => {
    const io = capturingIo();
    const code = await statsCommand.run(['--log', dbPath, '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out.join('')) as Record<string, unknown>;
    expect(report).toMatchObject({
      total: 8,
      help: 1,
      platforms: ['discord', 'slack', 'terminal'],
      votes: [{ id: 'four-goals', up: 1, down: 2 }],
    });
    expect(report.topEntries).toEqual(expect.arrayContaining([{ id: 'four-goals', count: 2 }]));
    expect(report.answered).toBe(Number(report.total) - Number(report.unanswered));
  });

  it('GIVEN QUESTION_LOG in the environment THEN stats reads that file and prints tables', async () => {
    const io = capturingIo({ QUESTION_LOG: dbPath });
    expect(await run(['stats', '--kb', KB_DIR], io)).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('Questions in the last 30 days: 8');
    expect(text).toMatch(/day\s+discord\s+slack\s+terminal\s+total/);
    expect(text).toContain('👍   1  👎   2  four-goals');
  });

  it('GIVEN QUESTION_LOG=off or a missing file THEN the report commands fail with a clear message', async () => {
    const off = capturingIo({ QUESTION_LOG: 'off' });
    expect(await run(['stats'], off)).toBe(2);
    expect(off.err.join('')).toContain('QUESTION_LOG=off');
    const missing = capturingIo();
    expect(await run(['gaps', '--kb', KB_DIR, '--log', dbPath + '.missing'], missing)).toBe(1);
    expect(missing.err.join('')).toContain('cannot read the question log');
  });

  it('GIVEN a bad --days THEN it is a usage error', async () => {
    const io = capturingIo();
    expect(await run(['stats', '--log', dbPath, '--days', 'soon'], io)).toBe(2);
  });
});

describe('logging never breaks answering', () => {
  it('GIVEN the log database is closed THEN the assistant still answers and the error is logged', () => {
    const dbPath = path.join(tempDir('alliance-closed-'), 'q.db');
    const errors: string[] = [];
    const logger = { ...silentLogger, error: (message: string) => errors.push(message) };
    const log = openQuestionLog({ path: dbPath, retentionDays: 30, logger });
    log.close();
    const engine = fixtureEngine();
    const assistant = createAssistant({ engine: () => engine, log, logger });

    const reply = assistant.ask('What are the four goals of the Global Alliance?', 'slack');
    expect(reply).toMatchObject({ answered: true, entryId: 'four-goals', logId: null });
    expect(errors).toEqual([expect.stringContaining('storing a question failed')]);
  });
});
