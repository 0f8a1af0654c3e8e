// The knowledge base of a running bot: reloads on edits and swaps the engine only when the edit is valid.
import { createEngineSteps } from '../engine/engine';
import type { LoadResult } from '../knowledge/load';
import { loadKnowledgeSteps } from '../knowledge/load';
import type { KnowledgeProblem } from '../knowledge/problems';
import { formatProblem } from '../knowledge/problems';
import type { Logger } from '../logger';
import { runToEnd } from '../steps';
import type { Steps } from '../steps';
import type { Engine, KnowledgeBase } from '../types';
import { runInSlices } from './run-in-slices';
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

interface BuildResult {
  load: LoadResult;
  built: Built;
}

/**
 * Loads and builds, in slices; a build that throws is reported like a load problem, never thrown.
 * The slices let a running bot keep answering (from the last good engine) while it builds.
 */
function* buildSteps(dir: string): Steps<BuildResult> {
  const load = yield* loadKnowledgeSteps(dir);
  if (!load.ok) return { load, built: load };
  try {
    return { load, built: { ok: true, engine: yield* createEngineSteps(load.kb) } };
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
  const first = runToEnd(buildSteps(dir));
  if (!first.built.ok) return { ok: false, problems: first.built.problems };
  // On failure the caller prints the problems (it decides whether to start at all); warnings here.
  logProblems(first.load.problems, logger);
  // The one reference answers read; replaced whole, so no question sees a half-built engine.
  let current: Engine = first.built.engine;

  let watcher: FolderWatcher | undefined;

  const serve = ({ load, built }: BuildResult): LoadResult => {
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

  const reload = (): LoadResult => serve(runToEnd(buildSteps(dir)));

  // Edits reload in slices, one reload at a time; edits during a reload ask for one more after it.
  let reloading = false;
  let again = false;
  const reloadInSlices = (): void => {
    if (reloading) {
      again = true;
      return;
    }
    reloading = true;
    void runInSlices(buildSteps(dir))
      .then(serve, (error: unknown) => {
        logger.error('knowledge reload failed; still serving the last good knowledge base', {
          error,
        });
      })
      .finally(() => {
        reloading = false;
        if (again) {
          again = false;
          reloadInSlices();
        }
      });
  };

  const live: LiveKnowledge = {
    engine: () => current,
    reload,
    watch: () => {
      watcher ??= watchFolder({
        dir,
        debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
        logger,
        onChange: reloadInSlices,
      });
    },
    close: () => {
      watcher?.close();
      watcher = undefined;
    },
  };
  return { ok: true, live };
}
