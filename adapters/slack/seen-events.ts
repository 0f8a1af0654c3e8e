// Remembers the ids of recent events so that a retried delivery is answered once, in bounded memory.

export interface SeenEvents {
  /** true the first time an id is offered, false for a repeat still remembered. */
  firstTime(id: string): boolean;
}

/**
 * A set of the last `capacity` ids (oldest forgotten first). Slack retries within about five
 * minutes, so a few thousand ids cover far more than one retry window at chat volumes.
 */
export function createSeenEvents(capacity = 5000): SeenEvents {
  const ids = new Set<string>();
  return {
    firstTime(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > capacity) {
        // Sets iterate in insertion order: the first value is the oldest.
        const oldest = ids.values().next();
        if (oldest.done !== true) ids.delete(oldest.value);
      }
      return true;
    },
  };
}
