// Slack load run (not a jest test): 1,000 signed mention events, 50 at a time, into the real
// adapter over loopback, answered by the real engine on the real knowledge base; checks that every
// event is answered exactly once and prints throughput and latency. Numbers vary by machine.
//   npm run build && node dist/tests/bench/slack-load.js [events] [concurrency]
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEvalSet } from '../../src/eval/eval-set';
import { startSlackBot } from '../fakes/slack-harness';
import type { RunningSlack } from '../fakes/slack-harness';
import { eventPost, mentionEvent, postSigned } from '../fakes/slack-signing';

// From tests/bench or dist/tests/bench to the repository root.
const ROOT = __dirname.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(__dirname, '..', '..', '..')
  : path.resolve(__dirname, '..', '..');
const EVENTS = Number(process.argv[2] ?? 1000);
const CONCURRENCY = Number(process.argv[3] ?? 50);
/** Untimed events first (JIT, 50 new connections), so the percentiles describe the steady state. */
const WARM_UP = Number(process.env.SLACK_LOAD_WARM_UP ?? 100);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Timing {
  ackMs: number;
  answerMs: number;
}

async function oneEvent(bot: RunningSlack, i: number, question: string): Promise<Timing> {
  const ts = `${String(1_000_000 + i)}.000100`;
  const started = performance.now();
  const ack = await postSigned(
    bot.eventsUrl,
    eventPost(`Ev-load-${String(i)}`, mentionEvent(question, ts)),
  );
  const ackMs = performance.now() - started;
  if (ack.status !== 200) throw new Error(`event ${String(i)} got HTTP ${String(ack.status)}`);
  await bot.api.calls.waitFor(
    (c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts,
    30_000,
  );
  return { ackMs, answerMs: performance.now() - started };
}

function report(timings: Timing[], seconds: number): void {
  const acks = timings.map((t) => t.ackMs).sort((a, b) => a - b);
  const answers = timings.map((t) => t.answerMs).sort((a, b) => a - b);
  const f = (v: number) => v.toFixed(1);
  process.stdout.write(
    [
      `Slack load run: ${String(EVENTS)} signed app_mention events (after ${String(WARM_UP)} untimed), ${String(CONCURRENCY)} concurrent, loopback, real engine on knowledge/`,
      `  total ${seconds.toFixed(2)} s, throughput ${(EVENTS / seconds).toFixed(0)} events/s`,
      `  ack (HTTP 200)      p50 ${f(percentile(acks, 50))} ms  p99 ${f(percentile(acks, 99))} ms`,
      `  answer (posted)     p50 ${f(percentile(answers, 50))} ms  p99 ${f(percentile(answers, 99))} ms`,
      `  node ${process.version}, ${String(availableParallelism())} CPUs`,
      '',
    ].join('\n'),
  );
}

function verify(bot: RunningSlack): void {
  const perThread = new Map<unknown, number>();
  for (const call of bot.api.calls.filter((c) => c.method === 'chat.postMessage')) {
    perThread.set(call.body.thread_ts, (perThread.get(call.body.thread_ts) ?? 0) + 1);
  }
  const twice = [...perThread.values()].filter((n) => n !== 1).length;
  const errors = bot.logger.lines.filter((l) => l.level === 'error').length;
  if (perThread.size !== EVENTS + WARM_UP || twice !== 0 || errors !== 0) {
    throw new Error(
      `expected ${String(EVENTS + WARM_UP)} answers, one per event; got ${String(perThread.size)} threads, ${String(twice)} answered more than once, ${String(errors)} errors logged`,
    );
  }
  process.stdout.write(
    `  verified: all ${String(EVENTS + WARM_UP)} events (${String(WARM_UP)} warm-up + ${String(EVENTS)} timed) answered exactly once, no errors\n`,
  );
}

async function main(): Promise<void> {
  const questions = loadEvalSet([path.join(ROOT, 'tests', 'eval')]).map((q) => q.q);
  const bot = await startSlackBot({ fixture: path.join(ROOT, 'knowledge') });
  try {
    const run = async (from: number, to: number): Promise<Timing[]> => {
      const timings: Timing[] = [];
      let next = from;
      const worker = async (): Promise<void> => {
        while (next < to) {
          const i = next++;
          timings.push(await oneEvent(bot, i, questions[i % questions.length] ?? 'goals'));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      return timings;
    };
    await run(0, WARM_UP);
    const started = performance.now();
    const timings = await run(WARM_UP, WARM_UP + EVENTS);
    const seconds = (performance.now() - started) / 1000;
    report(timings, seconds);
    verify(bot);
  } finally {
    await bot.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
