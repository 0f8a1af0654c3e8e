// Splits long mrkdwn into pieces that fit a Slack limit, at the most natural boundary available.

// A cut made between `&` and `;` would break an entity such as `&amp;` into visible garbage.
const ENTITY_TAIL = /&[a-z]{0,4}$/;

function naturalCut(window: string): number {
  const half = Math.floor(window.length / 2);
  for (const boundary of ['\n\n', '\n', '. ', '; ', ', ', ' ']) {
    const at = window.lastIndexOf(boundary);
    if (at >= half) return at + boundary.length;
  }
  return window.length;
}

function safeCut(text: string, cut: number): number {
  let at = cut;
  const entity = ENTITY_TAIL.exec(text.slice(Math.max(0, at - 5), at));
  if (entity) at -= entity[0].length;
  // Never separate the two halves of a surrogate pair (an emoji, a rare letter).
  const code = text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at -= 1;
  return at > 0 ? at : cut;
}

/**
 * Splits text into pieces of at most `max` characters, preferring paragraph, line, sentence and
 * word boundaries; no piece is empty and, joined, the pieces give back the text (modulo the
 * whitespace at cuts).
 * @example splitText('a b c', 3) // ['a b', 'c']
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = safeCut(rest, naturalCut(rest.slice(0, max)));
    const piece = rest.slice(0, cut).trimEnd();
    if (piece !== '') pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim() !== '') pieces.push(rest);
  return pieces;
}
