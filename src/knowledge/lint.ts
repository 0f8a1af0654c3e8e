// The knowledge lint behind `check`: retrieval, confusable and near-duplicate phrasings, sources.
import type { Engine, KnowledgeBase } from '../types';
import { findNearDuplicates } from './lint-near-duplicates';
import { checkSelfRetrieval, problemAtEntry } from './lint-retrieval';
import { mustCiteSources } from './parse-entries';
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

function checkSources(kb: KnowledgeBase, sourcesFile: string): KnowledgeProblem[] {
  const cited = new Set(kb.entries.flatMap((e) => e.sources));
  const unused = kb.sources
    .filter((source) => !cited.has(source.id))
    .map<KnowledgeProblem>((source) => ({
      file: source.location?.file ?? sourcesFile,
      line: source.location?.line ?? 1,
      col: source.location?.col ?? 1,
      code: 'UNUSED_SOURCE',
      severity: 'warning',
      message: `source "${source.id}" is cited by no entry`,
    }));
  const uncited = kb.entries
    .filter((entry) => mustCiteSources(entry.kind) && entry.sources.length === 0)
    .map((entry) =>
      problemAtEntry(entry, 'NO_SOURCE', 'error', `entry "${entry.id}" cites no source`),
    );
  return [...unused, ...uncited];
}

/**
 * Lints a loaded knowledge base with the engine built from it. Errors: a phrasing that does not
 * retrieve its own entry, an answer without a source. Warnings: confusable entries, near-duplicate
 * phrasings, phrasings the safety rules take, unused sources.
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
    ...checkSources(kb, options.sourcesFile ?? 'sources.yaml'),
  ]);
}
