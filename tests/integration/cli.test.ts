// The CLI through run(argv, io) with injected streams, and once through the real bin.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/command';
import { tempDir } from '../fakes/temp-dir';

const GOOD = path.join('tests', 'fixtures', 'knowledge', 'good');
const BROKEN = path.join('tests', 'fixtures', 'knowledge', 'broken', 'many-problems');
const EVAL = path.join('tests', 'fixtures', 'eval', 'small.yaml');

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  stdinText = '',
  env: Record<string, string> = {},
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin, env };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('alliance-bot CLI', () => {
  it('GIVEN no command THEN usage on stderr and exit 2', async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: alliance-bot');
  });

  it.each([
    [['frobnicate']],
    [['ask']],
    [['ask', '--bogus', 'x']],
    [['ask', '--json', '--jsonl']],
    [['ask', '--jsonl', 'a question']],
    [['eval']],
    [['eval', 'no/such/file.yaml']],
    [['export', 'extra']],
  ])('GIVEN the usage error %j THEN a clear message and exit 2', async (argv) => {
    const result = await cli([...argv, '--kb', GOOD]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().length).toBeGreaterThan(10);
    expect(result.stdout).toBe('');
  });

  it('ask prints the answer and its source', async () => {
    const result = await cli(['ask', '--kb', GOOD, 'what are the goals']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('four shared goals');
    expect(result.stdout).toContain('Source:');
    expect(result.stdout).toContain('https://useu.usmission.gov/');
  });

  it('ask --explain adds the candidates and their scores', async () => {
    const result = await cli(['ask', '--kb', GOOD, '--explain', 'waht are the gaols']);
    expect(result.stdout).toContain('corrections: gaols→goals');
    expect(result.stdout).toMatch(
      /\d\.\d{3} {2}coverage \d\.\d{3} {2}similarity \d\.\d{3} {2}fit \d\.\d{3} {2}four-goals/,
    );
  });

  it('ask --explain shows how a question in another language was read', async () => {
    const result = await cli(['ask', '--kb', GOOD, '--explain', 'Quels sont les objectifs ?']);
    expect(result.stdout).toContain('read as fr: which goal');
    expect(result.stdout).toContain('four-goals');
  });

  it('ask --json prints one object with the contract fields', async () => {
    const result = await cli(['ask', '--kb', GOOD, '--json', 'is japan a member']);
    const object = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(object)).toEqual(
      expect.arrayContaining([
        'question',
        'answered',
        'id',
        'answer',
        'confidence',
        'sources',
        'suggestions',
      ]),
    );
    expect(object).toMatchObject({
      question: 'is japan a member',
      answered: true,
      id: 'founding-countries',
    });
    expect(object.sources).toEqual([
      {
        id: 'memo-2012-12-06',
        title: expect.any(String) as unknown,
        url: expect.stringMatching(/^https:/) as unknown,
      },
    ]);
  });

  it('ask --jsonl answers every stdin line, in order, one JSON object per line', async () => {
    const questions = [
      'hello',
      'what are the goals',
      '',
      'who won eurovision',
      'how do I report abuse images',
      'is brazil a member',
    ];
    const result = await cli(['ask', '--kb', GOOD, '--jsonl'], questions.join('\n') + '\n');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { question: string; answered: boolean; id: string | null });
    expect(lines.map((l) => l.question)).toEqual(questions);
    expect(lines.map((l) => l.id)).toEqual([
      'greeting',
      'four-goals',
      null,
      null,
      'reporting-and-help',
      'founding-countries',
    ]);
    expect(lines[3]?.answered).toBe(false);
  });

  it('KNOWLEDGE_DIR selects the knowledge base when --kb is absent', async () => {
    const result = await cli(['ask', '--json', 'is japan a member'], '', { KNOWLEDGE_DIR: GOOD });
    expect((JSON.parse(result.stdout) as { id: string }).id).toBe('founding-countries');
  });

  it('check: exit 0 on valid knowledge', async () => {
    const result = await cli(['check', '--kb', GOOD]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok: 6 entries/);
  });

  it('check: exit 1 with every located problem on broken knowledge', async () => {
    const result = await cli(['check', '--kb', BROKEN]);
    expect(result.code).toBe(1);
    const located = result.stderr.split('\n').filter((l) => /:\d+:\d+ [A-Z_]+ /.test(l));
    expect(located).toHaveLength(5);
    expect(result.stderr).toContain('extra.yaml:2:9 BAD_ID');
  });

  it('ask on broken knowledge: exit 1 and the problems', async () => {
    const result = await cli(['ask', '--kb', BROKEN, 'goals']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('UNKNOWN_SOURCE');
  });

  it('export prints the whole knowledge base as JSON', async () => {
    const result = await cli(['export', '--kb', GOOD]);
    const exported = JSON.parse(result.stdout) as {
      entries: { id: string; questions: string[]; answer: string; sources: string[] }[];
      languages: { code: string }[];
    };
    expect(exported.entries).toHaveLength(6);
    expect(exported.languages.map((l) => l.code)).toEqual(['fr']);
    const overview = exported.entries.find((e) => e.id === 'what-is-the-global-alliance');
    expect(overview).toEqual(
      expect.objectContaining({
        sources: ['joint-statement-2012-06-21'],
        questions: expect.arrayContaining(['global alliance?']) as unknown,
      }),
    );
    expect(overview).not.toHaveProperty('location');
  });

  describe('eval', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir('alliance-eval-');
    });

    it('prints metrics per split and category, writes a baseline, and passes against it', async () => {
      const baseline = path.join(dir, 'baseline.json');
      const first = await cli([
        'eval',
        '--kb',
        GOOD,
        '--baseline',
        baseline,
        '--update-baseline',
        EVAL,
      ]);
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('held-out (test)');
      expect(first.stdout).toMatch(/safety routed to help\s+100\.0%/);
      expect(first.stdout).toMatch(/lookup\s+100\.0%/);
      const second = await cli(['eval', '--kb', GOOD, '--baseline', baseline, EVAL]);
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('no change');
    });

    it('compares only the questions the baseline has: a file of new questions is no regression', async () => {
      const baseline = path.join(dir, 'baseline.json');
      await cli(['eval', '--kb', GOOD, '--baseline', baseline, '--update-baseline', EVAL]);
      // New dev questions the fixture base cannot answer: worse aggregates than the baseline's.
      const newFile = path.join(dir, 'new.yaml');
      fs.writeFileSync(
        newFile,
        [
          'questions:',
          '  - { q: "what did the alliance spend in 2019", expect: four-goals, category: hard, split: dev }',
          '  - { q: "what are the aims", expect: four-goals, category: paraphrase, split: dev }',
        ].join('\n'),
      );
      const result = await cli(['eval', '--kb', GOOD, '--baseline', baseline, newFile]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('none of these questions is held out');
      expect(result.stdout).not.toContain('held-out (test)');
      expect(result.stdout).toContain('1 question(s) not in the baseline, not compared');
      expect(result.stdout).toContain('no change');
    });

    it('GIVEN a baseline file of another shape THEN a clear message and exit 2', async () => {
      const baseline = path.join(dir, 'baseline.json');
      fs.writeFileSync(baseline, '{}');
      const result = await cli(['eval', '--kb', GOOD, '--baseline', baseline, EVAL]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is not an eval baseline');
    });

    it('exits 1 and lists the flipped question when an edit makes the bot worse', async () => {
      const baseline = path.join(dir, 'baseline.json');
      await cli(['eval', '--kb', GOOD, '--baseline', baseline, '--update-baseline', EVAL]);
      const kb = path.join(dir, 'kb');
      fs.cpSync(GOOD, kb, { recursive: true });
      const overview = path.join(kb, 'entries', 'overview.yaml');
      // The edit removes the only phrasings that mention who came up with the alliance.
      fs.writeFileSync(
        overview,
        fs
          .readFileSync(overview, 'utf8')
          .replace('who came up with the idea', 'which office drafted it')
          .replace('who started it', 'what was its origin'),
      );
      const result = await cli(['eval', '--kb', kb, '--baseline', baseline, EVAL]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('WORSE   test: accuracy when covered');
      expect(result.stdout).toContain('flipped right → abstained: "who came up with it"');
    });
  });

  it('the bin runs the same CLI (after npm run build)', () => {
    const bin = path.join('bin', 'alliance-bot.js');
    const result = spawnSync(
      process.execPath,
      [bin, 'ask', '--json', '--kb', GOOD, 'what are the goals'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { id: string }).id).toBe('four-goals');
    const usage = spawnSync(process.execPath, [bin, 'nope'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
