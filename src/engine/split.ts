// Splits input that asks several things ("When was it launched? Who joined?") into its questions.

const MAX_PARTS = 5;
const MIN_WORDS = 2;

/**
 * The separate questions of the input, or [] when it is one question. A lone question after a
 * one-word aside ("hi! who proposed it?") counts as a part too, so the aside cannot blur it.
 */
export function splitQuestions(text: string): string[] {
  const pieces = text
    // A full stop after a day number is an ordinal date ("am 5. Dezember"), not the end of a question.
    .split(/[?!;\n]+|(?<!(?:^|\D)\d{1,2})\.\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const parts = pieces.filter((part) => part.split(/\s+/).length >= MIN_WORDS);
  const dropped = pieces.length > parts.length;
  return parts.length > 1 || (parts.length === 1 && dropped) ? parts.slice(0, MAX_PARTS) : [];
}

/**
 * The clauses of a question joined by a dash or a colon ("I'm researching how initiatives are
 * financed - how much money did the Alliance have?"), or [] when there are none. A clause is often
 * a topic and a question about it ("Zweites Ziel: … – was heißt das genau?"), so the caller keeps
 * only clauses that say enough on their own.
 */
export function splitClauses(question: string): string[] {
  const clauses = question
    .split(/\s[-–—]+\s|:\s/)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= MIN_WORDS);
  return clauses.length > 1 ? clauses.slice(0, MAX_PARTS) : [];
}
