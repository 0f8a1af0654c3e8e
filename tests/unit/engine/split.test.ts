// Splitting input that asks several things into its questions.
import { splitQuestions } from '../../../src/engine/split';

describe('splitQuestions', () => {
  it('GIVEN one question THEN no parts (the whole input is the question)', () => {
    expect(splitQuestions('who proposed the global alliance?')).toEqual([]);
  });

  it('GIVEN two questions THEN each is a part', () => {
    expect(splitQuestions('When was it launched? Who joined?')).toEqual([
      'When was it launched',
      'Who joined',
    ]);
  });

  it('GIVEN a one-word aside before the question THEN the question alone is a part', () => {
    expect(splitQuestions('hi! who proposed the global alliance?')).toEqual([
      'who proposed the global alliance',
    ]);
  });

  it('GIVEN only one-word pieces THEN no parts', () => {
    expect(splitQuestions('hi! thanks!')).toEqual([]);
  });
});
