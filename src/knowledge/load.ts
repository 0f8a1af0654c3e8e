// The only file reader of the knowledge base: every YAML file under a folder → a validated KnowledgeBase.
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../types';
import { crossCheck } from './cross-check';
import type { Located, CrossCheckInput } from './cross-check';
import type { ReadContext } from './node-readers';
import { parseEntries } from './parse-entries';
import type { ParsedEntry } from './parse-entries';
import { parseLanguages } from './parse-languages';
import { parseSafety, parseTermGroups, parseTopics } from './parse-small-files';
import { parseSources } from './parse-sources';
import type { ParsedSource } from './parse-sources';
import type { KnowledgeProblem } from './problems';
import { hasErrors, sortProblems } from './problems';
import { parseYamlFile } from './yaml-file';
import { runToEnd } from '../steps';
import type { Steps } from '../steps';

export type LoadResult =
  | { ok: true; kb: KnowledgeBase; problems: KnowledgeProblem[] }
  | { ok: false; problems: KnowledgeProblem[] };

/** Files with a fixed role; every other .yaml file holds entries. */
const SPECIAL_FILES = ['sources.yaml', 'terms.yaml', 'safety.yaml', 'topics.yaml'] as const;
/** Special files a knowledge base may leave out: without languages.yaml it reads English only. */
const OPTIONAL_FILES = ['languages.yaml'] as const;
const ROLE_FILES: readonly string[] = [...SPECIAL_FILES, ...OPTIONAL_FILES];

/** Every .yaml/.yml file below dir, sorted for stable output. */
export function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const dirent of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, dirent.name);
      if (dirent.isDirectory() && !dirent.name.startsWith('.')) walk(full);
      else if (dirent.isFile() && /\.ya?ml$/.test(dirent.name)) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** A path to show in messages: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Loads and validates the knowledge base in dir. Collects every problem (never only the first);
 * ok is false when any problem is an error.
 */
export function loadKnowledge(dir: string): LoadResult {
  return runToEnd(loadKnowledgeSteps(dir));
}

/** The same load, yielding after each file (a running bot reloads in slices while it answers). */
export function* loadKnowledgeSteps(dir: string): Steps<LoadResult> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ file: displayPath(dir), line: 1, col: 1, code: 'NO_KNOWLEDGE_DIR', severity: 'error', message: 'the knowledge folder does not exist' }] };
  }
  const problems: KnowledgeProblem[] = [];
  const contextOf = (file: string): ReadContext => {
    const parsed = parseYamlFile(displayPath(file), fs.readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    return { parsed, problems };
  };

  const special = new Map<string, ReadContext>();
  const present = new Set<string>();
  let unreadable = false;
  const entries: Located<ParsedEntry>[] = [];
  for (const file of listYamlFiles(dir)) {
    if (present.size > 0) yield;
    const relative = path.relative(dir, file);
    const ctx = contextOf(file);
    present.add(relative);
    // A file with a syntax error is reported once, not also with the field errors that follow from it.
    if (ctx.parsed.problems.some((p) => p.code === 'YAML_SYNTAX')) {
      unreadable = true;
      continue;
    }
    if (ROLE_FILES.includes(relative)) special.set(relative, ctx);
    else entries.push(...parseEntries(ctx).map((item) => ({ item, parsed: ctx.parsed })));
  }
  for (const name of SPECIAL_FILES) {
    if (!present.has(name)) {
      problems.push({ file: displayPath(path.join(dir, name)), line: 1, col: 1, code: 'MISSING_FILE', severity: 'error', message: `the knowledge base needs ${name}` });
    }
  }

  const read = <T>(name: string, parse: (ctx: ReadContext) => T, empty: T): T => {
    const ctx = special.get(name);
    return ctx ? parse(ctx) : empty;
  };
  const sourcesCtx = special.get('sources.yaml');
  const sources: Located<ParsedSource>[] = sourcesCtx
    ? parseSources(sourcesCtx).map((item) => ({ item, parsed: sourcesCtx.parsed }))
    : [];
  const termGroups = read('terms.yaml', parseTermGroups, []);
  const topics = read('topics.yaml', parseTopics, []);
  const languages = read('languages.yaml', parseLanguages, []);
  const safetyCtx = special.get('safety.yaml');
  const safety = safetyCtx ? parseSafety(safetyCtx) : null;

  const input: CrossCheckInput = {
    entries,
    sources,
    safety: safety && safetyCtx ? { ...safety, parsed: safetyCtx.parsed } : null,
    someFilesUnreadable: unreadable,
  };
  problems.push(...crossCheck(input));

  const sorted = sortProblems(problems);
  if (hasErrors(sorted) || !safety) return { ok: false, problems: sorted };
  return {
    ok: true,
    problems: sorted,
    kb: {
      sources: sources.map((s) => s.item.source),
      entries: entries.map((e) => e.item.entry),
      termGroups,
      languages,
      safety: safety.rules,
      topics,
    },
  };
}
