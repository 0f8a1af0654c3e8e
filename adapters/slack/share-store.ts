// Keeps the replies shown ephemerally for a while, so "Share in channel" posts exactly what was seen.
import { randomUUID } from 'node:crypto';
import type { AssistantReply } from '../../src';

export interface ShareStore {
  /** Stores a reply and returns the key its Share button carries. */
  put(reply: AssistantReply): string;
  /** The reply, or undefined when forgotten (evicted, restarted, or shown by another instance). */
  get(key: string): AssistantReply | undefined;
}

/** The last `capacity` replies; older ones are dropped first. */
export function createShareStore(capacity = 2000): ShareStore {
  const replies = new Map<string, AssistantReply>();
  return {
    put(reply) {
      const key = randomUUID();
      replies.set(key, reply);
      if (replies.size > capacity) {
        const oldest = replies.keys().next();
        if (oldest.done !== true) replies.delete(oldest.value);
      }
      return key;
    },
    get(key) {
      return replies.get(key);
    },
  };
}
