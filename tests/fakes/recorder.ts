// A list of recorded items with promises that resolve when a matching item has arrived: the
// stand-ins' only way to wait (no sleeps; jest's timeout and waitFor's bound are the timers).
export const WAIT_MS = 3000;

interface Waiter<T> {
  matches: (item: T) => boolean;
  resolve: (item: T) => void;
}

export class Recorder<T> {
  readonly items: T[] = [];
  private waiters: Waiter<T>[] = [];

  constructor(private readonly describe: (item: T) => string) {}

  push(item: T): void {
    this.items.push(item);
    const ready = this.waiters.filter((w) => w.matches(item));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve(item);
  }

  filter(matches: (item: T) => boolean): T[] {
    return this.items.filter(matches);
  }

  /** The first item (already recorded or still to come) matching, else a rejection after timeoutMs. */
  waitFor(matches: (item: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
    const found = this.items.find(matches);
    if (found !== undefined) return Promise.resolve(found);
    return this.waitForNext(matches, timeoutMs);
  }

  /** The n-th matching item (1-based), counting those already recorded. */
  waitForNth(n: number, matches: (item: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
    let seen = 0;
    return this.waitFor((item) => matches(item) && ++seen === n, timeoutMs).catch(
      (error: unknown) => {
        throw new Error(
          `expected ${String(n)} matching items, saw ${String(this.filter(matches).length)}`,
          { cause: error },
        );
      },
    );
  }

  /** The next matching item recorded from now on. */
  waitForNext(matches: (item: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.items.map(this.describe).join('\n  ');
        reject(
          new Error(
            `nothing matching arrived within ${String(timeoutMs)} ms; recorded:\n  ${seen}`,
          ),
        );
      }, timeoutMs);
      const waiter: Waiter<T> = {
        matches,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      this.waiters.push(waiter);
    });
  }
}
