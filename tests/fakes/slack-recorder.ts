// Recorded requests with promises that resolve when a matching one arrives: the Slack stand-ins'
// only way to wait (no sleeps; waitFor's bound and jest's timeout are the only timers).
export const WAIT_MS = 3000;

interface Waiter<T> {
  matches: (item: T) => boolean;
  resolve: (item: T) => void;
}

export class SlackRecorder<T> {
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

  /** The n-th matching item (1-based; already recorded or still to come), else a rejection. */
  waitFor(matches: (item: T) => boolean, n = 1, timeoutMs = WAIT_MS): Promise<T> {
    let seen = 0;
    const counted = (item: T): boolean => matches(item) && ++seen === n;
    const found = this.items.find(counted);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const log = this.items.map(this.describe).join('\n  ');
        reject(
          new Error(`no match #${String(n)} within ${String(timeoutMs)} ms; recorded:\n  ${log}`),
        );
      }, timeoutMs);
      const waiter: Waiter<T> = {
        matches: counted,
        resolve: (item) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      this.waiters.push(waiter);
    });
  }
}
