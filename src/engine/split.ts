// Splits input that asks several things ("When was it launched? Who joined?") into its questions.

const MAX_PARTS = 5;
const MIN_WORDS = 2;

/** The separate questions of the input, or [] when it is one question. */
export function splitQuestions(text: string): string[] {
  const parts = text
    .split(/[?!;\n]+|\.\s+/)
    .map((part) => part.trim())
    .filter((part) => part.split(/\s+/).length >= MIN_WORDS);
  return parts.length > 1 ? parts.slice(0, MAX_PARTS) : [];
}
