// What every adapter hands back to the composition root: a name and a graceful stop.
export interface RunningAdapter {
  readonly name: string;
  /** Stop taking new work, finish what is in flight, release connections. */
  stop(): Promise<void>;
}
