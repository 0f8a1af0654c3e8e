// Reads an entries file (`entries:` list) into Entry objects, recording every located problem.
import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import type { Entry, EntryKind, Lookup, LookupValue } from '../types';
import type { Field, ReadContext } from './node-readers';
import { readFields, readSequence, readString, readStringList, readTopList, report } from './node-readers';

const ENTRY_FIELDS = ['id', 'kind', 'questions', 'answer', 'sources', 'related', 'tags', 'lookup', 'names'] as const;
const LOOKUP_FIELDS = ['values', 'others', 'found', 'notFound'] as const;
const KINDS: readonly EntryKind[] = ['answer', 'help', 'meta', 'decline'];
/** Entries about the bot (meta) and questions to decline state no fact of the sources. */
const KINDS_WITHOUT_SOURCES: ReadonlySet<EntryKind> = new Set(['meta', 'decline']);

/** Whether an entry of this kind must cite at least one source. */
export function mustCiteSources(kind: EntryKind): boolean {
  return !KINDS_WITHOUT_SOURCES.has(kind);
}
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 60;
export const MIN_QUESTIONS = 3;

/** Where each entry's id stands, for duplicate and cross-reference messages. */
export interface EntryNodes {
  id: Node;
  sources: Map<string, Node>;
  related: Map<string, Node>;
  answer: Node | null;
}

export interface ParsedEntry {
  entry: Entry;
  nodes: EntryNodes;
  /** false when a required field is missing or wrong: the id still counts for references. */
  complete: boolean;
}

export function parseEntries(ctx: ReadContext): ParsedEntry[] {
  const items = readTopList(ctx, 'entries');
  if (!items) return [];
  return items.flatMap((item) => {
    const parsed = parseEntry(ctx, item);
    return parsed ? [parsed] : [];
  });
}

function parseEntry(ctx: ReadContext, node: Node): ParsedEntry | null {
  const what = describeEntry(node);
  const fields = readFields(ctx, node, what, ENTRY_FIELDS);
  if (!fields) return null;
  const idText = readString(ctx, fields, 'id', what, node);
  const kind = readKind(ctx, fields, what, node);
  const questions = readStringList(ctx, fields, 'questions', what, node, { required: true, minItems: MIN_QUESTIONS });
  const answer = readString(ctx, fields, 'answer', what, node);
  const sources = readStringList(ctx, fields, 'sources', what, node, { required: true });
  const related = readStringList(ctx, fields, 'related', what, node, { required: false }) ?? [];
  const tags = readStringList(ctx, fields, 'tags', what, node, { required: false }) ?? [];
  const lookupField = fields.get('lookup');
  const lookup = lookupField ? parseLookup(ctx, lookupField, what) : undefined;
  const namesField = fields.get('names');
  const names = namesField ? readLookupValues(ctx, namesField, `${what}: "names"`, true) : undefined;

  if (idText !== undefined && !isValidId(idText)) {
    report(ctx, fields.get('id')?.value, 'BAD_ID', `${what}: ids are kebab-case (a-z, 0-9, single dashes) and at most ${MAX_ID_LENGTH} characters`);
  }
  if (idText === undefined) return null;

  const entry: Entry = {
    id: idText,
    kind,
    questions: (questions ?? []).map((q) => q.value),
    answer: answer ?? '',
    sources: (sources ?? []).map((s) => s.value),
    related: related.map((r) => r.value),
    tags: tags.map((t) => t.value),
    location: ctx.parsed.locate(node),
  };
  if (lookup) entry.lookup = lookup;
  if (names && names.length > 0) entry.names = names;
  return {
    complete: questions !== undefined && answer !== undefined && sources !== undefined,
    entry,
    nodes: {
      id: fields.get('id')?.value ?? node,
      sources: new Map((sources ?? []).map((s) => [s.value, s.node])),
      related: new Map(related.map((r) => [r.value, r.node])),
      answer: fields.get('answer')?.value ?? null,
    },
  };
}

/** `entry "some-id"` when the entry has a readable id, so every message names it. */
function describeEntry(node: Node): string {
  const id: unknown = isMap(node) ? node.get('id') : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `entry "${id.trim()}"` : 'an entry';
}

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= MAX_ID_LENGTH;
}

function readKind(ctx: ReadContext, fields: Map<string, Field>, what: string, owner: Node): EntryKind {
  const kind = readString(ctx, fields, 'kind', what, owner, false);
  if (kind === undefined) return 'answer';
  if ((KINDS as readonly string[]).includes(kind)) return kind as EntryKind;
  report(ctx, fields.get('kind')?.value, 'BAD_KIND', `${what}: kind must be one of ${KINDS.join(', ')}`);
  return 'answer';
}

function parseLookup(ctx: ReadContext, field: Field, what: string): Lookup | undefined {
  const owner = field.value ?? field.key;
  const fields = readFields(ctx, owner, `${what}: lookup`, LOOKUP_FIELDS);
  if (!fields) return undefined;
  const found = readString(ctx, fields, 'found', `${what}: lookup`, owner);
  const notFound = readString(ctx, fields, 'notFound', `${what}: lookup`, owner);
  const values = readLookupValues(ctx, fields.get('values'), `${what}: lookup values`, true);
  const others = readLookupValues(ctx, fields.get('others'), `${what}: lookup others`, false);
  if (found === undefined || notFound === undefined || !values) return undefined;
  return { values, others: others ?? [], found, notFound };
}

function readLookupValues(
  ctx: ReadContext,
  field: Field | undefined,
  what: string,
  required: boolean,
): LookupValue[] | undefined {
  if (!field) {
    if (required) report(ctx, null, 'MISSING_FIELD', `${what} are missing`);
    return undefined;
  }
  const items = readSequence(ctx, field.value ?? field.key, what);
  if (!items) return undefined;
  return items.flatMap((item) => {
    const value = readLookupValue(ctx, item, what);
    return value ? [value] : [];
  });
}

function readLookupValue(ctx: ReadContext, item: Node, what: string): LookupValue | undefined {
  if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') {
    return { name: item.value.trim(), aliases: [] };
  }
  if (!isMap(item)) {
    report(ctx, item, 'WRONG_TYPE', `${what}: each value is a name or {name, aliases}`);
    return undefined;
  }
  const fields = readFields(ctx, item, what, ['name', 'aliases']);
  if (!fields) return undefined;
  const name = readString(ctx, fields, 'name', what, item);
  const aliases = readStringList(ctx, fields, 'aliases', what, item, { required: false }) ?? [];
  return name === undefined ? undefined : { name, aliases: aliases.map((a) => a.value) };
}
