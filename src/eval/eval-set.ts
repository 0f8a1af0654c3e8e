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
  /**
   * Facts a right answer states (case-insensitive patterns), for questions asked of one fact that
   * more than one entry's answer gives ("how many countries at the launch?": the founding-countries
   * entry and the launch entry both say 48). An answer from another entry than `expect` that states
   * every one of them counts as right, as it would for the person who asked.
   */
  must?: RegExp[];
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
  const { q, expect, category, split, must } = item;
  if (typeof q !== 'string' || typeof expect !== 'string' || typeof category !== 'string') {
    throw new Error(`${file}: question ${index + 1} needs text fields q, expect and category`);
  }
  if (split !== 'dev' && split !== 'test')
    throw new Error(`${file}: question ${index + 1} ("${q}") needs split: dev or test`);
  if (must === undefined) return { q, expect, category, split, file };
  return { q, expect, category, split, file, must: factPatterns(must, file, index) };
}

function factPatterns(must: unknown, file: string, index: number): RegExp[] {
  if (!Array.isArray(must) || must.length === 0 || !must.every((m) => typeof m === 'string'))
    throw new Error(`${file}: question ${index + 1}: must is a non-empty list of patterns`);
  return must.map((pattern: string) => {
    try {
      return new RegExp(pattern, 'i');
    } catch (error) {
      throw new Error(`${file}: question ${index + 1}: must pattern ${pattern}: ${String(error)}`, {
        cause: error,
      });
    }
  });
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
