// Long builds are written as generators that yield between slices of work, so a running bot can
// build a new engine in slices (src/live) while it keeps answering; everything else runs them
// to the end at once.

/** Work that yields between slices and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs all the steps at once. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
