// Resolves the knowledge folder (--kb, then KNOWLEDGE_DIR, then the repository's knowledge/)
// and loads it, printing every problem when it is invalid.
import path from 'node:path';
import { defaultKnowledgeDir } from '../config';
import type { Env } from '../config';
import { loadKnowledge } from '../knowledge/load';
import { formatProblem } from '../knowledge/problems';
import type { KnowledgeBase } from '../types';
import type { CliIo } from './command';
import { CliError } from './command';

export function knowledgeDir(option: string | undefined, env: Env): string {
  return path.resolve(option ?? env.KNOWLEDGE_DIR ?? defaultKnowledgeDir());
}

/** Loads the knowledge base or fails with exit code 1 after printing every problem. */
export function loadOrFail(dir: string, io: CliIo): KnowledgeBase {
  const result = loadKnowledge(dir);
  for (const problem of result.problems) {
    if (problem.severity === 'warning' || !result.ok) io.stderr(formatProblem(problem) + '\n');
  }
  if (!result.ok) throw new CliError(`the knowledge base in ${dir} has errors (see above)`, 1);
  return result.kb;
}
