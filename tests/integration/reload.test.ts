// Live reload with the real watcher in a temp copy of the fixture: a broken edit keeps the last good
// knowledge serving (with a located error); a fixed edit is served without a restart.
import fs from 'node:fs';
import path from 'node:path';
import type { LoadResult } from '../../src/knowledge/load';
import type { Logger } from '../../src/logger';
import { loadLiveKnowledge } from '../../src/live/live-knowledge';
import type { LiveKnowledge } from '../../src/live/live-knowledge';
import { tempDir } from '../fakes/temp-dir';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'knowledge', 'good');
const GOALS = 'What are the four goals of the Global Alliance?';
const CLOSING_LINE = '    related: [what-is-the-global-alliance]\n  - id: founding-countries';

/** How many editors save: write a temporary file, then rename it over the old one. */
function saveAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

interface Harness {
  dir: string;
  live: LiveKnowledge;
  lines: string[];
  /** Resolves with the first reload (from now on) whose result satisfies the predicate. */
  nextReload(predicate: (result: LoadResult) => boolean): Promise<LoadResult>;
}

function startHarness(): Harness {
  const dir = tempDir('alliance-reload-');
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const lines: string[] = [];
  const logTo =
    (level: string) =>
    (message: string): void => {
      lines.push(`${level} ${message}`);
    };
  const logger: Logger = {
    debug: logTo('debug'),
    info: logTo('info'),
    warn: logTo('warn'),
    error: logTo('error'),
  };
  let waiters: { predicate: (r: LoadResult) => boolean; resolve: (r: LoadResult) => void }[] = [];
  const started = loadLiveKnowledge({
    dir,
    logger,
    debounceMs: 100,
    onReload: (result) => {
      const ready = waiters.filter((w) => w.predicate(result));
      waiters = waiters.filter((w) => !ready.includes(w));
      for (const waiter of ready) waiter.resolve(result);
    },
  });
  if (!started.ok) throw new Error('the good fixture must load');
  started.live.watch();
  return {
    dir,
    live: started.live,
    lines,
    nextReload: (predicate) =>
      new Promise((resolve) => {
        waiters.push({ predicate, resolve });
      }),
  };
}

describe('live reload with the real watcher', () => {
  let harness: Harness;
  beforeEach(() => {
    harness = startHarness();
  });
  afterEach(() => {
    harness.live.close();
  });

  it('GIVEN a broken edit THEN the error is located and the old base still answers; GIVEN the fix THEN the new answer is served', async () => {
    const { dir, live } = harness;
    const file = path.join(dir, 'entries', 'overview.yaml');
    const original = fs.readFileSync(file, 'utf8');
    const oldAnswer = live.engine().ask(GOALS);
    expect(oldAnswer).toMatchObject({ answered: true, entryId: 'four-goals' });

    const failed = harness.nextReload((r) => !r.ok);
    const brokenLine = original.slice(0, original.indexOf(CLOSING_LINE)).split('\n').length;
    fs.writeFileSync(file, original.replace(CLOSING_LINE, CLOSING_LINE.replace(']', '')));
    const broken = await failed;

    const first = broken.problems[0];
    expect(first).toMatchObject({ code: 'YAML_SYNTAX', severity: 'error' });
    expect(first?.file).toBe(file);
    expect(first?.line).toBeGreaterThanOrEqual(brokenLine);
    expect(first?.line).toBeLessThanOrEqual(brokenLine + 1);
    expect(harness.lines).toContainEqual(
      expect.stringMatching(/^error .*entries\/overview\.yaml:\d+:\d+ YAML_SYNTAX /),
    );
    expect(harness.lines).toContainEqual(expect.stringContaining('still serving the last good'));
    expect(live.engine().ask(GOALS)).toEqual(oldAnswer);

    const served = harness.nextReload((r) => r.ok);
    const newText =
      'Four goals, rewritten: help victims, prosecute, raise awareness, reduce images.';
    saveAtomically(
      file,
      original.replace(/(id: four-goals[\s\S]*?answer: >-\n\s+)[^\n]+/, `$1${newText}`),
    );
    await served;

    const reply = live.engine().ask(GOALS);
    expect(reply.entryId).toBe('four-goals');
    expect(reply.answer).toContain('Four goals, rewritten');
  });

  it('GIVEN a new file in a new subfolder THEN its entry is served', async () => {
    const { dir, live } = harness;
    expect(live.engine().ask('how many days does the review take?').answered).toBe(false);

    const served = harness.nextReload(
      (r) => r.ok && r.kb.entries.some((e) => e.id === 'review-days'),
    );
    fs.mkdirSync(path.join(dir, 'entries', 'more'));
    fs.writeFileSync(
      path.join(dir, 'entries', 'more', 'review.yaml'),
      [
        'entries:',
        '  - id: review-days',
        '    questions:',
        '      - How many days does the review take?',
        '      - how long is the review',
        '      - review duration',
        '    answer: The review takes ten days (test fixture).',
        '    sources: [memo-2012-12-06]',
        '',
      ].join('\n'),
    );
    await served;

    expect(live.engine().ask('how many days does the review take?')).toMatchObject({
      answered: true,
      entryId: 'review-days',
    });
  });

  it('GIVEN the knowledge folder deleted and created again THEN the old base serves meanwhile, and edits in the new folder are served', async () => {
    const { dir, live } = harness;
    const copy = tempDir('alliance-reload-copy-');
    fs.cpSync(dir, copy, { recursive: true });
    const oldAnswer = live.engine().ask(GOALS);

    const failed = harness.nextReload((r) => !r.ok);
    fs.rmSync(dir, { recursive: true, force: true });
    await failed;
    expect(live.engine().ask(GOALS)).toEqual(oldAnswer);

    const back = harness.nextReload((r) => r.ok);
    fs.cpSync(copy, dir, { recursive: true });
    await back;
    const topics = path.join(dir, 'topics.yaml');
    const edited = harness.nextReload((r) => r.ok && r.kb.topics.includes('after the rebuild'));
    fs.writeFileSync(topics, `${fs.readFileSync(topics, 'utf8')}  - after the rebuild\n`);
    await edited;
    expect(live.engine().knowledge.topics).toContain('after the rebuild');
  });

  it('GIVEN a file saved atomically THEN later saves of it, atomic or in place, are still served', async () => {
    const { dir, live } = harness;
    const file = path.join(dir, 'topics.yaml');
    const original = fs.readFileSync(file, 'utf8');
    const topicsAfter = async (save: () => void, topic: string): Promise<void> => {
      const served = harness.nextReload((r) => r.ok && r.kb.topics.includes(topic));
      save();
      await served;
      expect(live.engine().knowledge.topics).toContain(topic);
    };

    await topicsAfter(() => {
      saveAtomically(file, `${original}  - first topic\n`);
    }, 'first topic');
    await topicsAfter(() => {
      saveAtomically(file, `${original}  - second topic\n`);
    }, 'second topic');
    await topicsAfter(() => {
      fs.writeFileSync(file, `${original}  - third topic\n`);
    }, 'third topic');
  });
});
