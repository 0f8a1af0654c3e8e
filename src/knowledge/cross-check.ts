// Whole-base rules that no single file can check: unique ids, known references, platform limits.
import type { Node } from 'yaml';
import type { Entry, SafetyRules } from '../types';
import type { KnowledgeProblem } from './problems';
import type { ParsedEntry } from './parse-entries';
import { mustCiteSources } from './parse-entries';
import type { ParsedSource } from './parse-sources';
import type { ParsedFile } from './yaml-file';

/** Slack allows 3000 characters in a section, Discord 4096 in an embed: the smaller one binds. */
export const MAX_ANSWER_LENGTH = 3000;

export interface Located<T> {
  item: T;
  parsed: ParsedFile;
}

export interface CrossCheckInput {
  entries: Located<ParsedEntry>[];
  sources: Located<ParsedSource>[];
  safety: { rules: SafetyRules; entryNode: Node | null; parsed: ParsedFile } | null;
  /** A file could not be parsed: its entries are unknown, so links to them are not reported. */
  someFilesUnreadable: boolean;
}

export function crossCheck(input: CrossCheckInput): KnowledgeProblem[] {
  return [
    ...checkUniqueIds(input.sources.map((s) => ({ id: s.item.source.id, node: s.item.idNode, parsed: s.parsed })), 'source'),
    ...checkUniqueIds(input.entries.map((e) => ({ id: e.item.entry.id, node: e.item.nodes.id, parsed: e.parsed })), 'entry'),
    ...checkReferences(input),
    ...input.entries.flatMap(checkAnswerLength),
    ...checkSafety(input),
  ];
}

function checkUniqueIds(
  items: { id: string; node: Node; parsed: ParsedFile }[],
  what: string,
): KnowledgeProblem[] {
  const first = new Map<string, { node: Node; parsed: ParsedFile }>();
  const problems: KnowledgeProblem[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (!earlier) {
      first.set(item.id, item);
      continue;
    }
    const where = earlier.parsed.locate(earlier.node);
    problems.push(
      item.parsed.problemAt(item.node, 'DUPLICATE_ID', `${what} id "${item.id}" is already defined at ${where.file}:${where.line}:${where.col}`),
    );
  }
  return problems;
}

function checkReferences(input: CrossCheckInput): KnowledgeProblem[] {
  const sourceIds = new Set(input.sources.map((s) => s.item.source.id));
  const entryIds = new Set(input.entries.map((e) => e.item.entry.id));
  const problems: KnowledgeProblem[] = [];
  for (const { item, parsed } of input.entries) {
    const { entry, nodes } = item;
    for (const [id, node] of nodes.sources) {
      if (!sourceIds.has(id)) problems.push(parsed.problemAt(node, 'UNKNOWN_SOURCE', `entry "${entry.id}" cites "${id}", which is not in sources.yaml`));
    }
    for (const [id, node] of nodes.related) {
      if (id === entry.id) problems.push(parsed.problemAt(node, 'SELF_REFERENCE', `entry "${entry.id}" lists itself as related`));
      else if (!entryIds.has(id) && !input.someFilesUnreadable) problems.push(parsed.problemAt(node, 'UNKNOWN_RELATED', `entry "${entry.id}" links to "${id}", which is not an entry`));
    }
    if (item.complete && mustCiteSources(entry.kind) && entry.sources.length === 0) {
      problems.push(parsed.problemAt(nodes.id, 'NO_SOURCE', `entry "${entry.id}" cites no source (only kind: meta and decline entries may)`));
    }
  }
  return problems;
}

/** Every text a user can see from the entry, with lookup templates filled with the longest name. */
function visibleTexts(entry: Entry): { label: string; text: string }[] {
  const texts = [{ label: 'answer', text: entry.answer }];
  if (entry.lookup) {
    const names = [...entry.lookup.values, ...entry.lookup.others].map((v) => v.name);
    const longest = names.reduce((a, b) => (b.length > a.length ? b : a), '');
    texts.push({ label: 'lookup found', text: entry.lookup.found.replaceAll('{name}', longest) });
    texts.push({ label: 'lookup notFound', text: entry.lookup.notFound.replaceAll('{name}', longest) });
  }
  return texts;
}

function checkAnswerLength({ item, parsed }: Located<ParsedEntry>): KnowledgeProblem[] {
  return visibleTexts(item.entry)
    .filter(({ text }) => text.length > MAX_ANSWER_LENGTH)
    .map(({ label, text }) =>
      parsed.problemAt(
        item.nodes.answer ?? item.nodes.id,
        'ANSWER_TOO_LONG',
        `entry "${item.entry.id}": ${label} has ${text.length} characters; Slack shows at most ${MAX_ANSWER_LENGTH} in a section (Discord 4096 in an embed)`,
      ),
    );
}

function checkSafety(input: CrossCheckInput): KnowledgeProblem[] {
  const helpEntries = input.entries.filter((e) => e.item.entry.kind === 'help');
  const problems: KnowledgeProblem[] = [];
  if (!input.safety) return problems;
  const { rules, entryNode, parsed } = input.safety;
  const target = input.entries.find((e) => e.item.entry.id === rules.entryId);
  if (!target) {
    problems.push(parsed.problemAt(entryNode, 'UNKNOWN_ENTRY', `safety routes to "${rules.entryId}", which is not an entry`));
  } else if (target.item.entry.kind !== 'help') {
    problems.push(parsed.problemAt(entryNode, 'NOT_HELP_ENTRY', `safety routes to "${rules.entryId}", which must have kind: help`));
  }
  if (helpEntries.length === 0) {
    problems.push(parsed.problemAt(entryNode, 'NO_HELP_ENTRY', 'the knowledge base has no kind: help entry for reporting and help'));
  }
  return problems;
}
