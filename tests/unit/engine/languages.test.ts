// Questions in other languages are read into English words before matching (languages.ts).
import { createLanguageReader } from '../../../src/engine/languages';
import { englishLexicon } from '../../../src/engine/lexicon';
import { normalizeText, tokenize } from '../../../src/engine/text';
import type { Language } from '../../../src/types';

const french: Language = {
  code: 'fr',
  name: 'French',
  endings: ['s', 'e', 'es'],
  respellings: [],
  compoundLinkers: null,
  separableParticles: [],
  functionWords: [
    'le',
    'la',
    'les',
    'l',
    'de',
    'des',
    'a',
    't',
    'elle',
    'été',
    'est',
    'ce',
    'que',
    'qu',
  ],
  words: [
    ['combien de', 'how many'],
    ['combien', 'how many'],
    ['pays', 'countries'],
    ['rejoint', 'joined'],
    ['lancée', 'launched'],
    ['où', 'where'],
    ['ou', 'or'],
    ['qui', 'who'],
    ['mon', 'my'],
    ['près', 'near'],
  ],
};
const german: Language = {
  code: 'de',
  name: 'German',
  endings: ['en', 'es', 's', 'n', 'e'],
  respellings: [
    ['ae', 'ä'],
    ['ue', 'ü'],
  ],
  compoundLinkers: ['s', 'n'],
  separableParticles: ['statt', 'teil'],
  functionWords: ['der', 'die', 'das', 'ist', 'sind', 'und', 'allen', 'in', 'im'],
  words: [
    ['wie viele', 'how many'],
    ['länder', 'countries'],
    ['was', 'what'],
    ['ziele', 'goals'],
    ['gründungsdatum', 'founding date'],
    ['niemandem', 'nobody'],
    ['niemandem erzählen', 'not tell anyone'],
    ['kinder', 'children'],
    ['schutz', 'protection'],
    ['richtlinie', 'directive'],
    ['opfer', 'victim'],
    ['identifizierung', 'identification'],
    ['datenbank', 'database'],
    ['wann', 'when'],
    ['wo', 'where'],
    ['wo fand', 'where'],
    ['fand', 'found'],
    ['stattfand', 'took place'],
    ['teilnahm', 'took part'],
    ['statt', 'instead of'],
    ['treffen', 'meeting'],
    ['minister', 'ministers'],
  ],
};
const reader = createLanguageReader([french, german], englishLexicon());
const read = (text: string) => reader.read(text, tokenize(normalizeText(text)));

describe('reading other languages', () => {
  it('GIVEN a French question THEN function words go and glossary words are read in English, longest key first', () => {
    expect(read("Combien de pays ont rejoint l'alliance ?")).toMatchObject({
      language: 'fr',
      words: ['how', 'many', 'countries', 'ont', 'joined', 'alliance'],
    });
  });

  it('GIVEN a German question THEN its own words keep everything but its function words', () => {
    // Safety phrases in German are matched on these: "im" and "die" are gone, so they never read
    // as English "I'm" + "die".
    expect(read('Was sind die Ziele der Länder im Juni?').ownWords).toEqual([
      'was',
      'ziele',
      'lander',
      'juni',
    ]);
  });

  it('GIVEN a German question THEN it is read as German ("was" is "what" there)', () => {
    expect(read('Was sind die Ziele der Allianz?')).toMatchObject({
      language: 'de',
      words: ['what', 'goals', 'allianz'],
    });
  });

  it('GIVEN two words that differ only by an accent THEN the one typed decides', () => {
    expect(read("Où l'alliance a-t-elle été lancée ?").words).toEqual([
      'where',
      'alliance',
      'launched',
    ]);
    expect(read('Bruxelles ou Copenhague, qui a lancé le pays ?').words).toContain('or');
    expect(read('Bruxelles ou Copenhague, qui a lancé le pays ?').words).not.toContain('where');
  });

  it('GIVEN an inflected form of a glossary word THEN it is read as that word', () => {
    expect(read('Was sind die Zielen der Länder?').words).toEqual(['what', 'goals', 'countries']);
  });

  it('GIVEN a word typed without its umlauts THEN it is read through its respelling', () => {
    expect(read('Was sind die Ziele der Laender?').words).toEqual(['what', 'goals', 'countries']);
    expect(read('Gruendungsdatum Ziele').words).toEqual(['founding', 'date', 'goals']);
    // An expression is found with its words respelled, not read word by word.
    expect(read('Sie soll es niemandem erzaehlen, was ist das?').words).toEqual(
      expect.arrayContaining(['not', 'tell', 'anyone']) as unknown,
    );
    expect(read('Sie soll es niemandem erzaehlen, was ist das?').words).not.toContain('nobody');
  });

  it('GIVEN a German compound the glossary lacks THEN it is read as the glossary words it is written from', () => {
    expect(read('Was ist die Kinderschutzrichtlinie?').words).toEqual([
      'what',
      'children',
      'protection',
      'directive',
    ]);
    // with a joining "s" and an inflected last word
    expect(read('Was sind die Opferidentifizierungsdatenbanken?').words).toEqual(
      expect.arrayContaining(['victim', 'identification', 'database']) as unknown,
    );
    // a word no split reads whole is kept as typed
    expect(read('Was ist die Kinderschutzzzz?').kept).toEqual(['kinderschutzzzz']);
  });

  it('GIVEN a clause ending in a separable particle THEN the verb is read with it', () => {
    expect(read('Wann fand das Treffen statt?').words).toEqual([
      'when',
      'took',
      'place',
      'meeting',
    ]);
    // an inflected joined form ("teilnahmen"), and a particle ending a clause before a comma
    expect(read('Welche Minister nahmen teil, und wann?').words).toEqual(
      expect.arrayContaining(['took', 'part', 'ministers', 'when']) as unknown,
    );
    // the glossary expression "wo fand" would take the verb without its particle
    expect(read('Wo fand das Treffen statt?').words).toEqual(['where', 'took', 'place', 'meeting']);
  });

  it('GIVEN a particle that does not end its clause, or a full stop of a date, THEN nothing is joined', () => {
    expect(read('Wann fand statt das Treffen?').words).toEqual([
      'when',
      'found',
      'instead',
      'of',
      'meeting',
    ]);
    expect(read('Wann fand am 5. Dezember das Treffen statt?').words).toEqual(
      expect.arrayContaining(['took', 'place']) as unknown,
    );
  });

  it('GIVEN a language without compound linkers THEN its words are never split', () => {
    expect(read('combien de payslancée').kept).toEqual(['payslancee']);
  });

  it('GIVEN "Was ist …?" THEN the shared word "was" counts half, enough with "ist"', () => {
    expect(read('Was ist IP/12/680?')).toMatchObject({
      language: 'de',
      words: ['what', 'ip', '12', '680'],
    });
  });

  it('GIVEN an English question, even with a borrowed word, THEN it is left as it is', () => {
    expect(read('who pays for the alliance')).toMatchObject({
      language: null,
      words: ['who', 'pays', 'for', 'the', 'alliance'],
    });
    expect(read('what does lancée mean in the press release')).toMatchObject({ language: null });
    expect(read('die hard')).toMatchObject({ language: null });
    expect(read('was malmstrom in DC in 2014?')).toMatchObject({ language: null });
    // "press" is an English word, whatever French word it would be an inflection of ("près")
    expect(read("press release says Brussels but wasn't it Copenhagen?")).toMatchObject({
      language: null,
    });
  });

  it('GIVEN two marker words, even in a short question, THEN it is read; one is not enough', () => {
    expect(read('Gründungsdatum Ziele?')).toMatchObject({
      language: 'de',
      words: ['founding', 'date', 'goals'],
    });
    expect(read('Ernie Allen WePROTECT')).toMatchObject({ language: null });
    // one glossary word is enough in a short keyword query with no English function word
    expect(read('Ziele 2012')).toMatchObject({ language: 'de', words: ['goals', '2012'] });
    expect(read('what are the Ziele')).toMatchObject({ language: null });
  });

  it('GIVEN no languages THEN every question is English', () => {
    const none = createLanguageReader([], englishLexicon());
    expect(none.read('combien de pays', ['combien', 'de', 'pays'])).toMatchObject({
      language: null,
      words: ['combien', 'de', 'pays'],
    });
  });
});
