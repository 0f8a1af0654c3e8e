// Asks the engine every phrasing of every entry: each must retrieve its own entry (a decline
// entry's phrasing, that the bot declines with its reason).
import type { Engine, Entry, Explanation } from '../types';
import type { KnowledgeProblem, Severity } from './problems';

export function problemAtEntry(
  entry: Entry,
  code: string,
  severity: Severity,
  message: string,
): KnowledgeProblem {
  const { file, line, col } = entry.location;
  return { file, line, col, code, severity, message };
}

function candidateOf(explanation: Explanation, id: string): { phrasing: string; score: number } {
  const candidate = explanation.candidates.find((c) => c.id === id);
  return { phrasing: candidate?.phrasing ?? '?', score: candidate?.score ?? 0 };
}

/** One phrasing: nothing when it retrieves its own entry, else what it retrieves instead. */
function checkPhrasing(
  entry: Entry,
  phrasing: string,
  engine: Engine,
  entriesById: ReadonlyMap<string, Entry>,
): KnowledgeProblem[] {
  const explanation = engine.explain(phrasing);
  const { reply } = explanation;
  if (reply.entryId === entry.id) return [];
  // A decline entry's phrasing is retrieved when the bot declines with that entry's reason.
  if (explanation.declinedBy === entry.id) return [];
  const own = `phrasing "${phrasing}" of entry "${entry.id}"`;
  if (reply.kind === 'help') {
    // Safety routing wins on purpose; the phrasing is only unreachable, not wrong.
    const message = `${own} is routed to the help entry "${reply.entryId ?? '?'}" by the safety rules, so it never shows this entry`;
    return [problemAtEntry(entry, 'SAFETY_ROUTED', 'warning', message)];
  }
  const best = explanation.candidates[0];
  const rival = reply.suggestions.find((s) => s.id !== entry.id);
  if (!reply.answered && rival && reply.suggestions.some((s) => s.id === entry.id)) {
    // Not answered, with another entry offered beside this one: the two are about as likely (the bot
    // asks which was meant), or the confidence fell short because the other comes close.
    const message = `${own} is ambiguous (confidence ${reply.confidence}, not answered): "${rival.id}" matches it about as well, so the bot offers both`;
    const problems = [problemAtEntry(entry, 'SELF_RETRIEVAL', 'error', message)];
    const winner = entriesById.get(rival.id);
    if (winner) {
      const confusable = `entries "${winner.id}" and "${entry.id}" are confusable: ${own} matches "${winner.id}" about as well`;
      problems.push(problemAtEntry(winner, 'CONFUSABLE', 'warning', confusable));
    }
    return problems;
  }
  if (!reply.answered || reply.entryId === null) {
    const nearest = best ? ` (best candidate: "${best.id}" at ${best.score})` : '';
    const message = `${own} gets no answer (confidence ${reply.confidence})${nearest}`;
    return [problemAtEntry(entry, 'SELF_RETRIEVAL', 'error', message)];
  }
  const other = candidateOf(explanation, reply.entryId);
  const message = `${own} retrieves "${reply.entryId}" instead (its phrasing "${other.phrasing}", score ${other.score})`;
  const problems = [problemAtEntry(entry, 'SELF_RETRIEVAL', 'error', message)];
  const winner = entriesById.get(reply.entryId);
  if (winner) {
    // Also reported at the other entry: its wording may be the one to change.
    const confusable = `entries "${winner.id}" and "${entry.id}" are confusable: ${own} retrieves "${winner.id}" via "${other.phrasing}"`;
    problems.push(problemAtEntry(winner, 'CONFUSABLE', 'warning', confusable));
  }
  return problems;
}

/** Every phrasing of every entry, asked as a user would ask it. */
export function checkSelfRetrieval(entries: readonly Entry[], engine: Engine): KnowledgeProblem[] {
  const entriesById = new Map(entries.map((e) => [e.id, e]));
  return entries.flatMap((entry) =>
    entry.questions.flatMap((phrasing) => checkPhrasing(entry, phrasing, engine, entriesById)),
  );
}
