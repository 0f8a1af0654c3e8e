// Tracks the handlers still running, so stop() can let them finish before the process exits.

export interface WorkTracker {
  /** Runs the work to completion (errors are the work's own business) and remembers it meanwhile. */
  run(work: () => Promise<void>): Promise<void>;
  /** Resolves when everything started so far has settled. */
  settle(): Promise<void>;
}

export function createWorkTracker(): WorkTracker {
  const inFlight = new Set<Promise<void>>();
  return {
    run(work) {
      const running = work();
      inFlight.add(running);
      return running.finally(() => inFlight.delete(running));
    },
    async settle() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
