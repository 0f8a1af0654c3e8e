// Reads labelled evaluation questions (YAML `questions:` lists) from files or folders.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export type Split = 'dev' | 'test';

export interface EvalQuestion {
  q: string;
  /** An entry id, or "none" when the bot should abstain. */
  expect: string;
  category: string;
  split: Split;
  file: string;
}

function filesOf(target: string): string[] {
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(target, name));
}

function asQuestion(raw: unknown, file: string, index: number): EvalQuestion {
  const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { q, expect, category, split } = item;
  if (typeof q !== 'string' || typeof expect !== 'string' || typeof category !== 'string') {
    throw new Error(`${file}: question ${index + 1} needs text fields q, expect and category`);
  }
  if (split !== 'dev' && split !== 'test')
    throw new Error(`${file}: question ${index + 1} ("${q}") needs split: dev or test`);
  return { q, expect, category, split, file };
}

/** Every question of the given files and folders; throws with the file named when one is malformed. */
export function loadEvalSet(targets: readonly string[]): EvalQuestion[] {
  return targets.flatMap(filesOf).flatMap((file) => {
    const doc: unknown = parse(fs.readFileSync(file, 'utf8'));
    const list = (doc as { questions?: unknown } | null)?.questions;
    if (!Array.isArray(list)) throw new Error(`${file}: expected a top-level "questions:" list`);
    return list.map((raw, i) => asQuestion(raw, path.relative(process.cwd(), file), i));
  });
}
