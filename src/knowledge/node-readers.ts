// Typed reads from YAML nodes that record a located problem instead of throwing.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { KnowledgeProblem } from './problems';
import type { ParsedFile } from './yaml-file';

export interface ReadContext {
  parsed: ParsedFile;
  problems: KnowledgeProblem[];
}

export interface Field {
  key: Node;
  value: Node | null;
}

/** The text of a scalar holding a string, number or boolean; undefined for anything else. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).trim() : undefined;
}

export function report(ctx: ReadContext, node: Node | null | undefined, code: string, message: string): void {
  ctx.problems.push(ctx.parsed.problemAt(node, code, message));
}

/** The fields of a map by key; reports keys that are not allowed (typos such as `answr`). */
export function readFields(
  ctx: ReadContext,
  node: Node | null,
  what: string,
  allowed: readonly string[],
): Map<string, Field> | null {
  if (!isMap(node)) {
    report(ctx, node, 'WRONG_TYPE', `${what} must be a mapping of fields`);
    return null;
  }
  const fields = new Map<string, Field>();
  for (const pair of node.items) {
    const key = pair.key as Node;
    const name = isScalar(key) ? String(key.value) : '';
    if (!allowed.includes(name)) {
      report(ctx, key, 'UNKNOWN_FIELD', `${what} has an unknown field "${name}" (allowed: ${allowed.join(', ')})`);
      continue;
    }
    fields.set(name, { key, value: (pair.value as Node | null) ?? null });
  }
  return fields;
}

/** The node to locate a problem about a missing field: the map's first key, or the map. */
function anchorOf(fields: Map<string, Field>, fallback: Node | null): Node | null {
  const first = fields.values().next();
  return first.done ? fallback : first.value.key;
}

export function readString(
  ctx: ReadContext,
  fields: Map<string, Field>,
  name: string,
  what: string,
  owner: Node | null,
  required = true,
): string | undefined {
  const field = fields.get(name);
  if (!field) {
    if (required) report(ctx, anchorOf(fields, owner), 'MISSING_FIELD', `${what} is missing "${name}"`);
    return undefined;
  }
  const { value } = field;
  const text = scalarText(value);
  if (text === undefined) {
    report(ctx, value ?? field.key, 'WRONG_TYPE', `${what}: "${name}" must be text`);
    return undefined;
  }
  if (text === '') {
    report(ctx, value, 'EMPTY_FIELD', `${what}: "${name}" is empty`);
    return undefined;
  }
  return text;
}

export interface ListItem<T> {
  value: T;
  node: Node;
}

/** A list of non-empty strings; each bad item is reported where it stands. */
export function readStringList(
  ctx: ReadContext,
  fields: Map<string, Field>,
  name: string,
  what: string,
  owner: Node | null,
  options: { required: boolean; minItems?: number },
): ListItem<string>[] | undefined {
  const field = fields.get(name);
  if (!field) {
    if (options.required) {
      report(ctx, anchorOf(fields, owner), 'MISSING_FIELD', `${what} is missing "${name}"`);
    }
    return undefined;
  }
  const items = readSequence(ctx, field.value ?? field.key, `${what}: "${name}"`);
  if (!items) return undefined;
  const out: ListItem<string>[] = [];
  for (const item of items) {
    const text = scalarText(item);
    if (text === undefined) report(ctx, item, 'WRONG_TYPE', `${what}: every item of "${name}" must be text`);
    else if (text === '') report(ctx, item, 'EMPTY_FIELD', `${what}: an item of "${name}" is empty`);
    else out.push({ value: text, node: item });
  }
  const min = options.minItems ?? 0;
  if (out.length < min) {
    report(ctx, field.value ?? field.key, 'TOO_FEW_ITEMS', `${what}: "${name}" needs at least ${min} items, has ${out.length}`);
  }
  return out;
}

/** The items of a sequence node, or a WRONG_TYPE problem. */
export function readSequence(ctx: ReadContext, node: Node | null, what: string): Node[] | null {
  if (!isSeq(node)) {
    report(ctx, node, 'WRONG_TYPE', `${what} must be a list`);
    return null;
  }
  return node.items as Node[];
}

/** The top-level list under `key` (e.g. `entries:`), or a located problem. */
export function readTopList(ctx: ReadContext, key: string): Node[] | null {
  const root = ctx.parsed.doc.contents as Node | null;
  const fields = readFields(ctx, root, `this file`, [key]);
  if (!fields) return null;
  const field = fields.get(key);
  if (!field) {
    report(ctx, root, 'MISSING_FIELD', `this file must have a top-level "${key}:" list`);
    return null;
  }
  return readSequence(ctx, field.value ?? field.key, `"${key}"`);
}
