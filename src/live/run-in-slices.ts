// Runs generator-shaped work one slice per turn of the event loop, so questions that arrive while
// a new engine is built are answered between slices instead of waiting for the whole build.
import type { Steps } from '../steps';

/** Resolves with the steps' result; each slice runs in its own turn (setImmediate). */
export function runInSlices<T>(steps: Steps<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      try {
        const next = steps.next();
        if (next.done) resolve(next.value);
        else setImmediate(slice);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    setImmediate(slice);
  });
}
