// A light English stemmer: plurals, the commonest verb endings, irregular verbs and British/American
// spellings only, because Porter-style stemmers merge words this domain keeps apart
// (organisation/organ, many/mani).

// prettier-ignore
const KEEP = new Set([
  'us', 'is', 'was', 'has', 'this', 'his', 'its', 'as', 'yes', 'news', 'series', 'always', 'perhaps',
  'thus', 'across', 'less', 'unless', 'process', 'access', 'address', 'business', 'awareness',
  'ministerial', 'during', 'nothing', 'something', 'anything', 'everything', 'bring', 'thing', 'king',
  'ring', 'string', 'spring', 'morning', 'evening', 'meeting', 'briefing', 'hearing',
]);

// prettier-ignore
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['says', 'say'], ['spoke', 'speak'], ['spoken', 'speak'], ['met', 'meet'],
  ['began', 'begin'], ['begun', 'begin'], ['took', 'take'], ['taken', 'take'], ['held', 'hold'],
  ['led', 'lead'], ['made', 'make'], ['gave', 'give'], ['given', 'give'], ['wrote', 'write'],
  ['written', 'write'], ['went', 'go'], ['gone', 'go'], ['came', 'come'], ['became', 'become'],
  ['chose', 'choose'], ['chosen', 'choose'], ['brought', 'bring'], ['thought', 'think'],
  ['sought', 'seek'], ['told', 'tell'], ['knew', 'know'], ['known', 'know'], ['grew', 'grow'],
  ['grown', 'grow'], ['won', 'win'], ['ran', 'run'], ['set', 'set'], ['put', 'put'], ['sent', 'send'],
  ['built', 'build'], ['meant', 'mean'], ['children', 'child'], ['men', 'man'], ['women', 'woman'],
  ['people', 'person'], ['countries', 'country'],
]);

/** British spelling for American variants, so "organization" meets "organisation". */
function britishSpelling(word: string): string {
  return word
    .replace(/^paed/, 'ped')
    .replace(/ization/, 'isation')
    .replace(/([a-z]{3})iz(e|es|ed|ing)$/, '$1is$2') // organize, not size or prize
    .replace(/yze$/, 'yse')
    .replace(/(behavi|fav|hon|lab|neighb|col)or/, '$1our')
    .replace(/^program$/, 'programme')
    .replace(/^defense$/, 'defence')
    .replace(/^license$/, 'licence');
}

/** Reduces a normalised word to a stem shared by its plural and -ing/-ed forms. */
export function stem(input: string): string {
  const irregular = IRREGULAR.get(input);
  if (irregular !== undefined) return irregular;
  if (input.length <= 3 || KEEP.has(input) || /\d/.test(input) || input.includes('_')) return input;
  const word = britishSpelling(input);
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return stemVerb(word.slice(0, -1));
  return stemVerb(word);
}

function stemVerb(word: string): string {
  if (word.endsWith('ing') && word.length >= 6) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length >= 5 && !word.endsWith('eed')) {
    return undouble(word.slice(0, -2));
  }
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
