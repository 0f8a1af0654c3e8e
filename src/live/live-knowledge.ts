// The knowledge base of a running bot: reloads on edits and swaps the engine only when the edit is valid.
import { createEngine } from '../engine/engine';
import type { LoadResult } from '../knowledge/load';
import { loadKnowledge } from '../knowledge/load';
import type { KnowledgeProblem } from '../knowledge/problems';
import { formatProblem } from '../knowledge/problems';
import type { Logger } from '../logger';
import type { Engine, KnowledgeBase } from '../types';
import type { FolderWatcher } from './watch-folder';
import { watchFolder } from './watch-folder';

export interface LiveKnowledge {
  /** The engine to answer from now: always a complete one, the last that loaded without errors. */
  engine(): Engine;
  /** Loads the folder again; serves the result only when it has no errors. */
  reload(): LoadResult;
  /** Reloads on every change below the folder (debounced). Calling it twice is harmless. */
  watch(): void;
  close(): void;
}

export interface LiveKnowledgeOptions {
  dir: string;
  logger: Logger;
  /** Quiet time after the last file event before reloading (default 200 ms). */
  debounceMs?: number;
  /** Told about every reload, valid or not (tests wait on it; the bot may report it). */
  onReload?: (result: LoadResult) => void;
}

export type LiveKnowledgeResult =
  { ok: true; live: LiveKnowledge } | { ok: false; problems: KnowledgeProblem[] };

export const DEFAULT_DEBOUNCE_MS = 200;

type Built = { ok: true; engine: Engine } | { ok: false; problems: KnowledgeProblem[] };

/** Loads and builds; a build that throws is reported like a load problem, never thrown. */
function build(dir: string): { load: LoadResult; built: Built } {
  const load = loadKnowledge(dir);
  if (!load.ok) return { load, built: load };
  try {
    return { load, built: { ok: true, engine: createEngine(load.kb) } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: KnowledgeProblem = {
      file: dir,
      line: 1,
      col: 1,
      severity: 'error',
      code: 'ENGINE_BUILD',
      message: `the engine could not be built: ${message}`,
    };
    return { load: { ok: false, problems: [problem] }, built: { ok: false, problems: [problem] } };
  }
}

/** Every problem, located, in the one format `check` prints too. */
function logProblems(problems: readonly KnowledgeProblem[], logger: Logger): void {
  for (const problem of problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
}

function describe(kb: KnowledgeBase): string {
  return `${kb.entries.length} entries, ${kb.sources.length} sources`;
}

/**
 * Loads the knowledge base in dir; when it is valid, returns a LiveKnowledge serving it.
 * @example const result = loadLiveKnowledge({ dir, logger }); if (result.ok) result.live.watch();
 */
export function loadLiveKnowledge(options: LiveKnowledgeOptions): LiveKnowledgeResult {
  const { dir, logger } = options;
  const first = build(dir);
  if (!first.built.ok) return { ok: false, problems: first.built.problems };
  // On failure the caller prints the problems (it decides whether to start at all); warnings here.
  logProblems(first.load.problems, logger);
  // The one reference answers read; replaced whole, so no question sees a half-built engine.
  let current: Engine = first.built.engine;
  let watcher: FolderWatcher | undefined;

  const reload = (): LoadResult => {
    const { load, built } = build(dir);
    logProblems(load.problems, logger);
    if (built.ok) {
      current = built.engine;
      logger.info(`knowledge reloaded from ${dir}: ${describe(built.engine.knowledge)}`);
    } else {
      logger.error(`knowledge in ${dir} has errors; still serving the last good knowledge base`);
    }
    options.onReload?.(load);
    return load;
  };

  const live: LiveKnowledge = {
    engine: () => current,
    reload,
    watch: () => {
      watcher ??= watchFolder({
        dir,
        debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
        logger,
        onChange: () => {
          reload();
        },
      });
    },
    close: () => {
      watcher?.close();
      watcher = undefined;
    },
  };
  return { ok: true, live };
}
