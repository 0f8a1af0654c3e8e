import { capInput, MAX_INPUT_CHARS, normalizeText, tokenize } from '../../../src/engine/text';
import { stem } from '../../../src/engine/stem';
import { questionType } from '../../../src/engine/stopwords';

describe('normalizeText', () => {
  it.each([
    ['Malmström', 'malmstrom'],
    ['MALMSTRÖM', 'malmstrom'],
    ['Malmström’s speech', 'malmstrom speech'],
    ["Holder's remarks", 'holder remarks'],
    ['U.S. and E.U.', 'us and eu'],
    ['What are the goals?!', 'what are the goals'],
    ['  lots   of\tspace\n', 'lots of space'],
    ['Straße Ærø Łódź', 'strasse aero lodz'],
    ['2011/93/EU', '2011 93 eu'],
    ['child-sexual-abuse', 'child sexual abuse'],
    ['🙂 emoji only 🙂', 'emoji only'],
  ])('GIVEN %j THEN %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('GIVEN empty text THEN no tokens', () => {
    expect(tokenize(normalizeText(''))).toEqual([]);
  });
});

describe('capInput', () => {
  it('GIVEN input over the limit THEN it is cut to the limit without splitting an emoji', () => {
    const capped = capInput('😀'.repeat(MAX_INPUT_CHARS + 10));
    expect(Array.from(capped)).toHaveLength(MAX_INPUT_CHARS);
    expect(capped.endsWith('😀')).toBe(true);
  });

  it('GIVEN control characters THEN they become spaces', () => {
    expect(capInput('a\u0000b\u0007c')).toBe('a b c');
  });
});

describe('stem', () => {
  it.each([
    ['countries', 'country'],
    ['country', 'country'],
    ['goals', 'goal'],
    ['launched', 'launch'],
    ['launching', 'launch'],
    ['launches', 'launch'],
    ['abused', 'abus'],
    ['abuse', 'abus'],
    ['us', 'us'],
    ['process', 'process'],
    ['2012', '2012'],
  ])('GIVEN %s THEN %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('keeps organisation apart from organ (unlike Porter)', () => {
    expect(stem('organisation')).not.toBe(stem('organ'));
  });
});

describe('questionType', () => {
  it.each([
    [['who', 'proposed', 'it'], 'who'],
    [['when', 'was', 'it', 'launched'], 'when'],
    [['how', 'many', 'countries'], 'how-many'],
    [['how', 'does', 'it', 'work'], 'how'],
    [['is', 'japan', 'a', 'member'], 'yes-no'],
    [['goals'], null],
  ])('GIVEN %j THEN %s', (tokens, expected) => {
    expect(questionType(tokens)).toBe(expected);
  });
});
