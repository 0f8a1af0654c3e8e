import { createAnalyzer } from '../../../src/engine/analyzer';
import { englishLexicon } from '../../../src/engine/lexicon';
import { stem } from '../../../src/engine/stem';
import { createTypoCorrector, editBudget, osaDistance } from '../../../src/engine/typo';

const groups = [
  ['csam', 'child sexual abuse material', 'child pornography', 'child abuse images'],
  ['eu', 'european union', 'europe'],
  ['us', 'usa', 'united states', 'america'],
];
const analyzer = createAnalyzer(groups);
const terms = (text: string) => analyzer.analyze(text).terms.map((t) => t.term);

describe('synonyms and acronyms', () => {
  it.each([
    ['child sexual abuse material', ['csam']],
    ['CSAM', ['csam']],
    ['child pornography', ['csam']],
    ['Child abuse images', ['csam']],
    ['the European Union', ['eu']],
    ['the United States', ['us']],
    ['the U.S.A.', ['us']],
    ['America and Europe', ['us', 'eu']],
  ])('GIVEN %j THEN the concept terms %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('GIVEN the longest phrase matches THEN it wins over a shorter one inside it', () => {
    expect(terms('report child sexual abuse material now')).toEqual(['report', 'csam', 'now']);
  });

  it('GIVEN "tell us" THEN "us" is the pronoun, not the United States', () => {
    expect(terms('tell us about the goals')).not.toContain('us');
    expect(terms('is the US a member')).toContain('us');
  });

  it('GIVEN words that frame the question THEN only what it asks is left', () => {
    expect(terms('I read that the EU launched it in Brussels, is that right?')).toEqual([
      'eu',
      'launch',
      'brussel',
    ]);
    expect(terms('Is it true that the US joined?')).toEqual(['us', 'join']);
    expect(terms('I have heard that the US joined')).toEqual(['us', 'join']);
  });

  it('GIVEN a request in a formal register or chat filler THEN only what it asks is left', () => {
    const contentTerms = (text: string) =>
      analyzer
        .analyze(text)
        .terms.filter((t) => t.weight === 1)
        .map((t) => t.term);
    // "indicate" stays, as a soft word like "tell" and "explain"
    expect(
      contentTerms('I should be grateful if you could indicate the date of the Brussels launch.'),
    ).toEqual(['date', 'brussel', 'launch']);
    expect(contentTerms('ngl did the EU n US set a launch date b4 december or nah')).toEqual([
      'eu',
      'us',
      'set',
      'launch',
      'date',
      'befor',
      'december',
    ]);
  });

  it('GIVEN chat spellings THEN they read as the words they stand for', () => {
    expect(terms('tl;dr who ran the secretariat in the first couple yrs')).toEqual(
      terms('who ran the secretariat in the first couple years'),
    );
    expect(terms('does it even still exist 2day')).toEqual(terms('does it still exist today'));
  });

  it('GIVEN the same words asking something THEN they keep their meaning', () => {
    expect(terms('who read the declaration')).toContain('read');
    expect(terms('human rights')).toContain('right');
  });

  it('GIVEN function words THEN hard ones are dropped and soft ones weigh less', () => {
    const analysis = analyzer.analyze('Can you tell me what the goals are?');
    expect(analysis.terms.find((t) => t.term === 'goal')?.weight).toBe(1);
    expect(analysis.terms.find((t) => t.term === 'the')).toBeUndefined();
    expect(analysis.terms.find((t) => t.term === 'you')?.weight).toBeLessThan(1);
    expect(analysis.qtype).toBe('what');
  });
});

describe('typo correction', () => {
  const vocabulary = new Map([
    ['alliance', 5],
    ['goals', 4],
    ['gold', 1],
    ['launched', 3],
    ['malmstrom', 2],
    ['commission', 3],
  ]);
  const corrector = createTypoCorrector(vocabulary);

  it.each([
    ['allaince', 'alliance'],
    ['alliace', 'alliance'],
    ['gaols', 'goals'],
    ['lanched', 'launched'],
    ['malmstron', 'malmstrom'],
    ['comission', 'commission'],
  ])('GIVEN %s THEN %s', (typo, expected) => {
    expect(corrector.correct(typo)).toBe(expected);
  });

  it.each(['bread', 'weather', 'eurovision', 'xyzzy'])(
    'GIVEN the unrelated word %s THEN no correction',
    (word) => {
      expect(corrector.correct(word)).toBeNull();
    },
  );

  it('GIVEN a question with a typo THEN the analysis corrects it and says so', () => {
    const analysis = analyzer.analyze('what are the gaols', corrector);
    expect(analysis.corrections).toEqual([{ from: 'gaols', to: 'goals' }]);
    expect(analysis.terms.map((t) => t.term)).toEqual(['goal']);
    expect(analysis.terms[0]?.corrected).toBe(true);
  });

  it('GIVEN a real English word the knowledge base does not use THEN it is never "corrected"', () => {
    const withLexicon = createAnalyzer(groups, new Map(), englishLexicon());
    const vocabularyWithCorrected = createTypoCorrector(new Map([['corrected', 3]]));
    // Without the lexicon "connected" is two edits from "corrected" and would be read as it.
    expect(vocabularyWithCorrected.correct('connected')).toBe('corrected');
    expect(withLexicon.analyze('how is it connected', vocabularyWithCorrected).corrections).toEqual(
      [],
    );
    expect(withLexicon.analyze('how is it corected', vocabularyWithCorrected).terms).toContainEqual(
      expect.objectContaining({ term: 'correct', corrected: true }),
    );
  });

  it('GIVEN a typo corrected onto a typo of the knowledge base THEN it reads as the right word', () => {
    // The knowledge base spells "aliance" in a phrasing on purpose; the question's "alianse" is one
    // edit from it and two from "alliance".
    const withAliases = createAnalyzer(groups, new Map([['aliance', 'alliance']]));
    const vocabulary = createTypoCorrector(
      new Map([
        ['aliance', 1],
        ['alliance', 40],
      ]),
    );
    const analysis = withAliases.analyze('the goals of the alianse', vocabulary);
    expect(analysis.corrections).toEqual([{ from: 'alianse', to: 'alliance' }]);
    expect(analysis.terms.map((t) => t.term)).toContain(stem('alliance'));
  });

  it('GIVEN a four-letter word THEN only two swapped neighbouring letters are corrected', () => {
    const short = createTypoCorrector(
      new Map([
        ['june', 4],
        ['join', 3],
        ['three', 2],
      ]),
    );
    expect(short.correct('juen')).toBe('june');
    expect(short.correct('jion')).toBe('join');
    // a letter lost or added is too ambiguous at this length ("thre": three or there?)
    expect(short.correct('thre')).toBeNull();
    expect(short.correct('jun')).toBeNull();
  });

  it('GIVEN a question with many typos THEN up to five are corrected', () => {
    const analysis = analyzer.analyze('allaince gaols lanched malmstron comission', corrector);
    expect(analysis.corrections).toHaveLength(5);
  });

  it('budgets edits by word length', () => {
    expect([4, 5, 8, 9].map(editBudget)).toEqual([0, 1, 1, 2]);
  });

  it('counts a transposition as one edit', () => {
    expect(osaDistance('gaols', 'goals', 2)).toBe(1);
    expect(osaDistance('abc', 'abc', 1)).toBe(0);
    expect(osaDistance('kitten', 'sitting', 5)).toBe(3);
  });
});

describe('stemming', () => {
  it('GIVEN American -ize THEN it meets British -ise, but "size" and "prize" keep their z', () => {
    expect(stem('organize')).toBe(stem('organise'));
    expect(stem('organization')).toBe('organisation');
    expect(stem('size')).toBe('size');
    expect(stem('prize')).not.toContain('s');
  });
});
