// The ids our buttons and autocomplete choices carry: what to do when Discord hands them back.
import type { Vote } from '../../src';
import { LIMITS } from './limits';

/** What a component custom_id or an autocomplete value asks for. */
export type Action =
  | { kind: 'entry'; entryId: string }
  | { kind: 'vote'; vote: Vote; entryId: string; logId: string | null };

// Knowledge entry ids are kebab-case and at most 60 characters (knowledge/schema/entries.schema.json).
const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ENTRY_ID = 60;

const isEntryId = (id: string): boolean => id.length <= MAX_ENTRY_ID && ENTRY_ID.test(id);

/** "entry:<id>": answer this entry directly ("Did you mean", related, an autocomplete pick). */
export function entryActionId(entryId: string): string {
  return `entry:${entryId}`;
}

/**
 * "vote:<up|down>:<entryId>[:<logId>]". The log id is left out when it would push the id past
 * Discord's 100 characters: the vote still counts, only unlinked from its question.
 */
export function voteActionId(vote: Vote, entryId: string, logId: string | null): string {
  const base = `vote:${vote}:${entryId}`;
  const withLog = logId === null ? base : `${base}:${logId}`;
  return withLog.length <= LIMITS.customId ? withLog : base;
}

/** Reads an id we issued; null for anything else (old formats, tampering, another bot's ids). */
export function parseActionId(id: string): Action | null {
  const [kind, ...rest] = id.split(':');
  if (kind === 'entry' && rest.length === 1 && rest[0] !== undefined && isEntryId(rest[0])) {
    return { kind: 'entry', entryId: rest[0] };
  }
  if (kind === 'vote') {
    const [vote, entryId, ...log] = rest;
    if ((vote !== 'up' && vote !== 'down') || entryId === undefined || !isEntryId(entryId))
      return null;
    const logId = log.length === 0 ? null : log.join(':');
    return { kind: 'vote', vote, entryId, logId: logId === '' ? null : logId };
  }
  return null;
}
