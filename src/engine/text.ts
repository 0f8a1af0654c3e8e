// Text normalisation shared by indexing and questions: case, diacritics, punctuation, whitespace (pure).

/** Questions longer than this are cut: nobody types more, and it bounds the work per question. */
export const MAX_INPUT_CHARS = 2000;

// Letters that Unicode decomposition does not split into a base letter and a mark.
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
};

/** Cuts the input to the limit without splitting a surrogate pair, and drops control characters. */
export function capInput(text: string): string {
  const chars = Array.from(text);
  const capped = chars.length > MAX_INPUT_CHARS ? chars.slice(0, MAX_INPUT_CHARS).join('') : text;
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return capped.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * Lower case, no diacritics (Malmström = Malmstrom), dotted acronyms joined (U.S. = US),
 * French elisions split (l'alliance = l alliance), other apostrophes dropped (Malmström's =
 * malmstroms), every other non-letter/digit a space.
 */
export function normalizeText(text: string): string {
  const cached = normalizedCache.get(text);
  if (cached !== undefined) return cached;
  const normalized = foldText(text);
  // Bounded: emptied when full. Knowledge texts are normalised several times while an engine is
  // built, and users repeat questions; the Unicode work is the costly part.
  if (normalizedCache.size >= NORMALIZED_CACHE_SIZE) normalizedCache.clear();
  normalizedCache.set(text, normalized);
  return normalized;
}

const NORMALIZED_CACHE_SIZE = 20_000;
const normalizedCache = new Map<string, string>();

/** normalizeText without its cache: for bulk data read once (the English lexicon). */
export function foldText(text: string): string {
  return splitWords(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[ßæœøłđðþħıŧ]/g, (ch) => FOLDED_LETTERS[ch] ?? ch),
  );
}

/**
 * Like foldText but keeping accents, word for word: where two words differ only by their accents
 * ("où" where, "ou" or), this tells them apart.
 */
export function foldTextKeepingAccents(text: string): string {
  return splitWords(text.normalize('NFKC').toLowerCase());
}

function splitWords(lowered: string): string {
  return (
    lowered
      .replace(/\b((?:\p{L}\.){2,})/gu, (acronym) => acronym.replace(/\./g, '') + ' ')
      // French elisions are words of their own ("l'alliance" is "l alliance", "qu'est-ce" is
      // "qu est ce"), so the word after them stays recognisable; English ones are not ("I'm" is "im").
      .replace(/(?<!\p{L})(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])['’`´](?=\p{L})/gu, '$1 ')
      .replace(/(\p{L})['’`´](s\b)?/gu, '$1')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** Words of normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
