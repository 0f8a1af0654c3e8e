// Reads the small configuration files of the knowledge base: terms, safety and topics.
import type { Node } from 'yaml';
import type { SafetyRules, TermGroup } from '../types';
import type { ReadContext } from './node-readers';
import type { Field } from './node-readers';
import { readFields, readSequence, readString, readStringList, readTopList, report, scalarText } from './node-readers';

/** terms.yaml: `groups:` a list of lists of equivalent terms. */
export function parseTermGroups(ctx: ReadContext): TermGroup[] {
  const groups = readTopList(ctx, 'groups');
  if (!groups) return [];
  return groups.flatMap((group) => {
    const terms = readTextItems(ctx, readSequence(ctx, group, 'a term group'), 'a term group');
    if (terms && terms.length < 2) report(ctx, group, 'TOO_FEW_ITEMS', 'a term group needs at least 2 terms');
    return terms && terms.length >= 2 ? [terms] : [];
  });
}

/** topics.yaml: `topics:` a list of short lines. */
export function parseTopics(ctx: ReadContext): string[] {
  const root = ctx.parsed.doc.contents as Node | null;
  const items = readTopList(ctx, 'topics');
  const topics = readTextItems(ctx, items, 'topics') ?? [];
  if (items && topics.length === 0) report(ctx, root, 'EMPTY_FIELD', '"topics" needs at least one topic');
  return topics;
}

export interface ParsedSafety {
  rules: SafetyRules;
  entryNode: Node | null;
}

/** Rules of groups of phrases: each needs at least 2 non-empty groups. */
function readRules(ctx: ReadContext, field: Field | undefined): string[][][] {
  const rules: string[][][] = [];
  for (const rule of field ? (readSequence(ctx, field.value, `safety: ${scalarText(field.key) ?? ''}`) ?? []) : []) {
    const groups = readSequence(ctx, rule, 'a safety rule') ?? [];
    const parsed = groups.map(
      (g) => readTextItems(ctx, readSequence(ctx, g, 'a safety phrase group'), 'a safety phrase group') ?? [],
    );
    if (parsed.length < 2 || parsed.some((g) => g.length === 0)) {
      report(ctx, rule, 'BAD_COMBINATION', 'a safety rule needs at least 2 non-empty groups of phrases');
    } else rules.push(parsed);
  }
  return rules;
}

/** safety.yaml: the help entry id, phrases, combinations, and situations outside the initiative's context. */
export function parseSafety(ctx: ReadContext): ParsedSafety | null {
  const root = ctx.parsed.doc.contents as Node | null;
  const top = readFields(ctx, root, 'this file', ['safety']);
  const safetyField = top?.get('safety');
  if (!top || !safetyField) {
    if (top) report(ctx, root, 'MISSING_FIELD', 'this file must have a top-level "safety:" mapping');
    return null;
  }
  const owner = safetyField.value ?? safetyField.key;
  const fields = readFields(ctx, owner, 'safety', [
    'entry',
    'phrases',
    'combinations',
    'situations',
    'context',
    'names',
    'alone',
    'mentions',
    'figures',
    'asker',
  ]);
  if (!fields) return null;
  const entryId = readString(ctx, fields, 'entry', 'safety', owner);
  const phrases = readStringList(ctx, fields, 'phrases', 'safety', owner, { required: true, minItems: 1 });
  if (!fields.has('combinations')) report(ctx, owner, 'MISSING_FIELD', 'safety is missing "combinations"');
  const combinations = readRules(ctx, fields.get('combinations'));
  const situations = readRules(ctx, fields.get('situations'));
  const optionalList = (name: string): string[] =>
    (readStringList(ctx, fields, name, 'safety', owner, { required: false }) ?? []).map((item) => item.value);
  const context = optionalList('context');
  const names = optionalList('names');
  const alone = optionalList('alone');
  const mentions = optionalList('mentions');
  const figures = optionalList('figures');
  const asker = optionalList('asker');
  if (situations.length > 0 && context.length === 0) {
    report(ctx, fields.get('situations')?.key, 'MISSING_FIELD', 'safety: situations need a "context" list of words that mark questions about the initiative');
  }
  if (entryId === undefined || !phrases) return null;
  return {
    rules: { entryId, phrases: phrases.map((p) => p.value), combinations, situations, context, names, alone, mentions, figures, asker },
    entryNode: fields.get('entry')?.value ?? null,
  };
}

/** The non-empty text items of a list; anything else is reported where it stands. */
function readTextItems(ctx: ReadContext, items: Node[] | null, what: string): string[] | null {
  if (!items) return null;
  const out: string[] = [];
  for (const item of items) {
    const text = scalarText(item);
    if (text) out.push(text);
    else report(ctx, item, 'WRONG_TYPE', `${what}: every item must be non-empty text`);
  }
  return out;
}
