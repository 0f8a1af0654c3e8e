// Live reload timing (not a jest test): copies knowledge/ to a temporary folder, watches it as the
// bot does, saves an edited answer five times and prints the time from each save to the new answer
// being served (debounce, load, validation and the engine build in slices included).
//   npm run build && node dist/tests/bench/reload.js
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadLiveKnowledge } from '../../src/live/live-knowledge';
import type { LiveKnowledge } from '../../src/live/live-knowledge';
import type { Logger } from '../../src/logger';

// From tests/bench or dist/tests/bench to the repository root.
const ROOT = __dirname.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(__dirname, '..', '..', '..')
  : path.resolve(__dirname, '..', '..');
const ROUNDS = 5;
const QUESTION = 'Who called for the Global Alliance?';
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The YAML file holding an entry's answer, and the answer's first words as they are written. */
function locateAnswer(dir: string, answer: string): { file: string; words: string } {
  const words = answer.slice(0, 40);
  const files = fs.readdirSync(path.join(dir, 'entries')).map((f) => path.join(dir, 'entries', f));
  const file = files.find((f) => fs.readFileSync(f, 'utf8').includes(words));
  if (!file) throw new Error(`the answer to "${QUESTION}" was not found written in one piece`);
  return { file, words };
}

/** Saves an edit and waits until the bot serves it; the milliseconds that took. */
async function timeOneEdit(live: LiveKnowledge, file: string, words: string, round: number) {
  const original = fs.readFileSync(file, 'utf8');
  const marker = ` (edit ${round})`;
  const start = performance.now();
  fs.writeFileSync(file, original.replace(words, words + marker));
  while (!live.engine().ask(QUESTION).answer.includes(marker)) await sleep(5);
  const elapsed = performance.now() - start;
  fs.writeFileSync(file, original);
  // Let the restore reload too, so the next round starts from the same base.
  while (live.engine().ask(QUESTION).answer.includes(marker)) await sleep(5);
  return elapsed;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-bot-reload-'));
  fs.cpSync(path.join(ROOT, 'knowledge'), dir, { recursive: true });
  const result = loadLiveKnowledge({ dir, logger: quiet });
  if (!result.ok) throw new Error('knowledge/ does not load');
  const { live } = result;
  live.watch();
  try {
    const { file, words } = locateAnswer(dir, live.engine().ask(QUESTION).answer);
    const times: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      times.push(await timeOneEdit(live, file, words, round));
    }
    const shown = times.map((t) => Math.round(t)).join(', ');
    process.stdout.write(
      `${live.engine().knowledge.entries.length} entries; save to new answer served (ms): ${shown}\n`,
    );
  } finally {
    live.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
