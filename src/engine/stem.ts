// A light English stemmer: plurals and the commonest verb endings only, because Porter-style
// stemmers merge words this domain keeps apart (organisation/organ, many/mani).

const KEEP = new Set([
  'us',
  'is',
  'was',
  'has',
  'this',
  'his',
  'its',
  'as',
  'yes',
  'news',
  'series',
  'always',
  'perhaps',
  'thus',
  'across',
  'less',
  'unless',
  'process',
  'access',
  'address',
  'business',
  'awareness',
  'ministerial',
  'during',
  'nothing',
  'something',
  'anything',
  'everything',
  'bring',
  'thing',
  'king',
  'ring',
  'string',
  'spring',
]);

/** Reduces a normalised word to a stem shared by its plural and -ing/-ed forms. */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || /\d/.test(word) || word.includes('_')) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return stemVerb(word.slice(0, -1));
  return stemVerb(word);
}

function stemVerb(word: string): string {
  if (word.endsWith('ing') && word.length >= 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length >= 5 && !word.endsWith('eed'))
    return undouble(word.slice(0, -2));
  // "e" at the end: launche(d) vs launch, abuse vs abus(ed): drop it so both meet.
  if (word.endsWith('e') && word.length >= 5) return word.slice(0, -1);
  return word;
}

// "stopped" → "stopp" → "stop"; keeps ll/ss ("called" → "call").
function undouble(word: string): string {
  const last = word.at(-1);
  if (word.length >= 4 && last === word.at(-2) && last !== undefined && !'lsz'.includes(last)) {
    return word.slice(0, -1);
  }
  return word.endsWith('e') && word.length >= 5 ? word.slice(0, -1) : word;
}
