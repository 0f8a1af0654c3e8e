// `npm run bench`: load and index time, latency per question (p50/p99) and memory for the real
// knowledge base and with 10,000 generated extra entries, beside fuse.js with default options
// over every phrasing as the reference. Not a test: numbers vary by machine; run it to compare.
import Fuse from 'fuse.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine, loadKnowledge, readCoreConfig } from '../../src';
import type { KnowledgeBase } from '../../src';
import { loadEvalSet } from '../../src/eval/eval-set';
import { syntheticEntries, withSynthetic } from './synthetic-knowledge';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const config = readCoreConfig(process.env);
/** The knowledge base (KNOWLEDGE_DIR, default knowledge/) and questions to time (argument, default tests/eval). */
const knowledgeDir = config.knowledgeDir;
const questionsPath = process.argv[2] ?? path.join(ROOT, 'tests', 'eval');
const EXTRA_ENTRIES = Number(process.env.BENCH_EXTRA ?? 10_000);
/** fuse.js over 50,000 phrasings takes seconds per question: a few questions tell enough. */
const REFERENCE_QUESTIONS_AT_10K = 20;
/** On the real base it takes a quarter of a second each: every tenth eval question (about 860 of 8,600). */
const REFERENCE_STRIDE_REAL = 10;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function timeEach(
  questions: readonly string[],
  ask: (q: string) => unknown,
): { p50: number; p99: number; n: number } {
  const times = questions.map((q) => {
    const start = performance.now();
    ask(q);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

interface Row {
  setup: string;
  entries: number;
  build: number;
  p50: number;
  p99: number;
  n: number;
  rss: number;
}

/**
 * Collects the garbage an earlier row left (fuse.js over thousands of questions leaves a lot) so a
 * row is timed with its own garbage only. npm run bench passes --expose-gc; without it, a no-op.
 */
const settle = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Questions unlike the timed ones (the engine caches by text), to let the JIT compile first. */
const warmUp = (questions: readonly string[]) => questions.slice(0, 200).map((q) => `${q} warm`);

function benchOurs(label: string, kb: KnowledgeBase, questions: readonly string[]): Row {
  const start = performance.now();
  const engine = createEngine(kb);
  const build = performance.now() - start;
  for (const q of warmUp(questions)) engine.ask(q);
  settle();
  const timing = timeEach(questions, (q) => engine.ask(q));
  return {
    setup: label,
    entries: kb.entries.length,
    build,
    ...timing,
    rss: process.memoryUsage().rss,
  };
}

function benchFuse(label: string, kb: KnowledgeBase, questions: readonly string[]): Row {
  const start = performance.now();
  const items = kb.entries.flatMap((e) => e.questions.map((question) => ({ id: e.id, question })));
  const fuse = new Fuse(items, { keys: ['question'] });
  const build = performance.now() - start;
  settle();
  const timing = timeEach(questions, (q) => fuse.search(q, { limit: 5 }));
  return {
    setup: label,
    entries: kb.entries.length,
    build,
    ...timing,
    rss: process.memoryUsage().rss,
  };
}

function main(): void {
  const loadStart = performance.now();
  const loaded = loadKnowledge(knowledgeDir);
  const loadMs = performance.now() - loadStart;
  if (!loaded.ok) throw new Error('knowledge/ has errors: run alliance-bot check');
  const kb = loaded.kb;
  const realQuestions = loadEvalSet([questionsPath]).map((q) => q.q);
  const synthetic = syntheticEntries(EXTRA_ENTRIES);
  const big = withSynthetic(kb, synthetic.entries);
  const bigQuestions = [...realQuestions, ...synthetic.queries.map((q) => q.text)];

  // Both engine rows first: timed after the fuse.js rows, the engine met their old-generation heap
  // in its garbage collections (p99 at 10,000 entries 2.1 to 2.7 ms instead of 1.6).
  const oursReal = benchOurs('alliance-bot engine, real knowledge base', kb, realQuestions);
  const oursBig = benchOurs(
    `alliance-bot engine, + ${EXTRA_ENTRIES} generated entries`,
    big,
    bigQuestions,
  );
  const rows: Row[] = [
    oursReal,
    benchFuse(
      'fuse.js defaults over all phrasings, real knowledge base',
      kb,
      realQuestions.filter((_, i) => i % REFERENCE_STRIDE_REAL === 0),
    ),
    oursBig,
    benchFuse(
      `fuse.js defaults over all phrasings, + ${EXTRA_ENTRIES} generated entries`,
      big,
      bigQuestions.slice(0, REFERENCE_QUESTIONS_AT_10K),
    ),
  ];

  const engineBig = createEngine(big);
  const found = synthetic.queries.filter((q) => engineBig.ask(q.text).entryId === q.id).length;

  const lines = [
    `node ${process.version}, ${process.platform}/${process.arch}; knowledge/ loaded and validated in ${ms(loadMs)} ms (${kb.entries.length} entries)`,
    '',
    '| setup | entries | build (ms) | p50 (ms) | p99 (ms) | questions | RSS after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.setup} | ${r.entries} | ${ms(r.build)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.n} | ${mb(r.rss)} |`,
    ),
    '',
    `Speed-up at ${EXTRA_ENTRIES + kb.entries.length} entries (p50): ${((rows[3]?.p50 ?? 0) / (rows[2]?.p50 ?? 1)).toFixed(0)}× faster than the fuse.js reference.`,
    `Generated typed-like questions answered with their own entry at ${EXTRA_ENTRIES} extra entries: ${found}/${synthetic.queries.length}.`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main();
