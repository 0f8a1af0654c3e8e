// Knowledge problems as data: located, coded, collected (never thrown), printed in one format.

export type Severity = 'error' | 'warning';

export interface KnowledgeProblem {
  /** Path as given to the loader (relative to the working directory when possible). */
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  col: number;
  code: string;
  severity: Severity;
  message: string;
}

/** `file:line:col CODE message`, the compiler-style form editors make clickable. */
export function formatProblem(problem: KnowledgeProblem): string {
  const label = problem.severity === 'warning' ? 'warning ' : '';
  return `${problem.file}:${problem.line}:${problem.col} ${label}${problem.code} ${problem.message}`;
}

/** Orders problems by file, then position, so output is stable and easy to walk through. */
export function sortProblems(problems: readonly KnowledgeProblem[]): KnowledgeProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col,
  );
}

export function hasErrors(problems: readonly KnowledgeProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
