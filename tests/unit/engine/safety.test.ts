import { createSafetyMatcher } from '../../../src/engine/safety';
import { normalizeText, tokenize } from '../../../src/engine/text';

const matcher = createSafetyMatcher({
  entryId: 'reporting-and-help',
  phrases: ['i was abused', 'being abused', 'hotline', 'want to die'],
  combinations: [
    [
      ['report', 'reporting'],
      ['csam', 'abuse images', 'images', 'material', 'minors'],
    ],
  ],
});
const fires = (text: string) => matcher.match(tokenize(normalizeText(text)));

describe('safety matcher', () => {
  it.each([
    'I was abused when I was 12',
    'my friend is being abused',
    'Is there a hotline?',
    'I want to die',
    'How do I report abuse images?',
    'Reporting material involving minors',
    'REPORT CSAM',
  ])('GIVEN %j THEN it fires', (text) => {
    expect(fires(text)).not.toBeNull();
  });

  it.each([
    'What did the press release report about the goals?',
    'What does the alliance do about abuse images?',
    'Who founded the alliance?',
    'hotlines are mentioned', // whole words only: "hotlines" is not "hotline"
  ])('GIVEN %j THEN it stays quiet', (text) => {
    expect(fires(text)).toBeNull();
  });

  it('GIVEN a combination THEN it says which phrases fired', () => {
    expect(fires('report these images')).toBe('report + images');
  });
});
