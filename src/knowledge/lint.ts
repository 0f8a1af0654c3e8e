// The knowledge lint behind `check`: retrieval, confusable and near-duplicate phrasings, sources.
import type { Engine, KnowledgeBase } from '../types';
import { findNearDuplicates } from './lint-near-duplicates';
import { checkSelfRetrieval, problemAtEntry } from './lint-retrieval';
import type { KnowledgeProblem } from './problems';
import { sortProblems } from './problems';

/** Content-word overlap (Jaccard) from which two phrasings of different entries are near duplicates. */
export const NEAR_DUPLICATE_OVERLAP = 0.8;

export interface LintOptions {
  /** Where sources.yaml is, as messages show it (sources carry no location of their own). */
  sourcesFile?: string;
}

function checkNearDuplicates(kb: KnowledgeBase): KnowledgeProblem[] {
  return findNearDuplicates(kb.entries, NEAR_DUPLICATE_OVERLAP).map(({ first, second, overlap }) =>
    problemAtEntry(
      second.entry,
      'NEAR_DUPLICATE',
      'warning',
      `phrasing "${second.text}" of entry "${second.entry.id}" nearly repeats "${first.text}" of entry "${first.entry.id}" (overlap ${overlap.toFixed(2)})`,
    ),
  );
}

function checkUnusedSources(kb: KnowledgeBase, sourcesFile: string): KnowledgeProblem[] {
  // An answer citing no source is the loader's error (NO_SOURCE, cross-check.ts): such a base
  // never loads, so the lint never sees one.
  const cited = new Set(kb.entries.flatMap((e) => e.sources));
  return kb.sources
    .filter((source) => !cited.has(source.id))
    .map<KnowledgeProblem>((source) => ({
      file: source.location?.file ?? sourcesFile,
      line: source.location?.line ?? 1,
      col: source.location?.col ?? 1,
      code: 'UNUSED_SOURCE',
      severity: 'warning',
      message: `source "${source.id}" is cited by no entry`,
    }));
}

/**
 * Lints a loaded knowledge base with the engine built from it. Errors: a phrasing that does not
 * retrieve its own entry. Warnings: confusable entries, near-duplicate phrasings, phrasings the
 * safety rules take, unused sources.
 * @example lintKnowledge(kb, createEngine(kb)).map(formatProblem)
 */
export function lintKnowledge(
  kb: KnowledgeBase,
  engine: Engine,
  options: LintOptions = {},
): KnowledgeProblem[] {
  return sortProblems([
    ...checkSelfRetrieval(kb.entries, engine),
    ...checkNearDuplicates(kb),
    ...checkUnusedSources(kb, options.sourcesFile ?? 'sources.yaml'),
  ]);
}
