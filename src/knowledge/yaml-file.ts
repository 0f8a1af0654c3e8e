// Parses one YAML text into a document plus located syntax problems, and locates nodes (pure).
import { LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Location } from '../types';
import type { KnowledgeProblem, Severity } from './problems';

export interface ParsedFile {
  file: string;
  doc: Document.Parsed;
  problems: KnowledgeProblem[];
  /** A problem located at a node (or at the start of the file when the node is missing). */
  problemAt(node: Node | null | undefined, code: string, message: string, severity?: Severity): KnowledgeProblem;
  /** Where a node starts, 1-based. */
  locate(node: Node | null | undefined): Location;
}

/** Parses YAML text; syntax errors become YAML_SYNTAX problems with their line and column. */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const at = (offset: number, code: string, message: string, severity: Severity = 'error') => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col, code, severity, message };
  };

  const problems: KnowledgeProblem[] = [
    ...doc.errors.map((e) => at(e.pos[0], 'YAML_SYNTAX', firstLine(e.message))),
    ...doc.warnings.map((w) => at(w.pos[0], 'YAML_WARNING', firstLine(w.message), 'warning')),
  ];

  return {
    file,
    doc,
    problems,
    problemAt: (node, code, message, severity = 'error') =>
      at(node?.range?.[0] ?? 0, code, message, severity),
    locate: (node) => ({ file, ...lineCounter.linePos(node?.range?.[0] ?? 0) }),
  };
}

// yaml's messages may carry a code excerpt after the first line; the location already says where.
function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
