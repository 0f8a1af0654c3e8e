// Button action ids and the values they carry back: small, versioned by shape, checked on the way in.
import type { Vote } from '../../src';

/** "Did you mean" and follow-up buttons: the value is the entry id. */
export const SUGGESTION_ACTION = /^suggestion:\d+$/;
export const suggestionActionId = (index: number): string => `suggestion:${index}`;

/** 👍/👎 buttons: the value is a FeedbackValue as JSON. */
export const FEEDBACK_ACTION = /^feedback:(up|down)$/;
export const feedbackActionId = (vote: Vote): string => `feedback:${vote}`;

/** "Share in channel" on an ephemeral answer: the value is a ShareValue as JSON. */
export const SHARE_ACTION = 'share';

export interface FeedbackValue {
  entryId: string;
  vote: Vote;
  /** The question log's id of the answered question, so the vote can be tied to it. */
  logId: string | null;
}

export interface ShareValue {
  /** Key of the reply in this process's share store. */
  key: string;
  /** The question, to answer again when another instance (or a restart) no longer has the reply. */
  question: string;
}

function parseObject(value: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function encodeFeedback(value: FeedbackValue): string {
  return JSON.stringify({ e: value.entryId, v: value.vote, l: value.logId });
}

/** null for a value this code did not produce (an old message, a forged payload). */
export function decodeFeedback(raw: string): FeedbackValue | null {
  const o = parseObject(raw);
  if (!o || typeof o.e !== 'string' || (o.v !== 'up' && o.v !== 'down')) return null;
  return { entryId: o.e, vote: o.v, logId: typeof o.l === 'string' ? o.l : null };
}

export function encodeShare(value: ShareValue): string {
  return JSON.stringify({ k: value.key, q: value.question });
}

export function decodeShare(raw: string): ShareValue | null {
  const o = parseObject(raw);
  if (!o || typeof o.k !== 'string' || typeof o.q !== 'string') return null;
  return { key: o.k, question: o.q };
}
