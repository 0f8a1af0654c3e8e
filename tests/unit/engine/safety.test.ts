import { createSafetyMatcher } from '../../../src/engine/safety';
import { normalizeText, tokenize } from '../../../src/engine/text';

const matcher = createSafetyMatcher({
  entryId: 'reporting-and-help',
  phrases: ['i was abused', 'being abused', 'want to die'],
  combinations: [
    [
      ['report', 'reporting'],
      ['csam', 'abuse images', 'images', 'material', 'minors'],
    ],
    [
      ['im', 'my'],
      ['abuse', 'abused'],
      ['child', 'kid'],
    ],
  ],
  situations: [
    [
      ['my', 'our', 'someone'],
      ['blackmail', 'uncomfortable'],
    ],
  ],
  context: ['alliance', 'directive'],
  names: [
    'global alliance against child sexual abuse online',
    'alliance against child sexual abuse',
  ],
  alone: ['help', 'help me'],
  mentions: ['hotline', 'ncmec'],
  figures: ['how many', 'founded', 'wie viele'],
  asker: ['i', 'my', 'ich'],
});
const fires = (text: string) => matcher.match(tokenize(normalizeText(text)));

describe('safety matcher', () => {
  it('GIVEN a bare cry for help THEN it fires, but not inside an ordinary question', () => {
    expect(fires('Help!')).toBe('help');
    expect(fires('help me')).toBe('help me');
    expect(fires('can you help me understand the goals')).toBeNull();
  });

  it.each([
    'I was abused when I was 12',
    'my friend is being abused',
    'Is there a hotline?',
    'I want to die',
    'How do I report abuse images?',
    'Reporting material involving minors',
    'REPORT CSAM',
    'someone is blackmailing my friend',
    'my stepdad makes me uncomfortable',
  ])('GIVEN %j THEN it fires', (text) => {
    expect(fires(text)).not.toBeNull();
  });

  it.each([
    'What did the press release report about the goals?',
    'What does the alliance do about abuse images?',
    'Who founded the alliance?',
    'hotlinesque', // whole words only
    'does the alliance help when someone is blackmailed', // a situation word inside the context
    'my question is about blackmail in the directive',
  ])('GIVEN %j THEN it stays quiet', (text) => {
    expect(fires(text)).toBeNull();
  });

  it('GIVEN a place to report to, named THEN it fires, unless the question asks a figure about it', () => {
    expect(fires('what is NCMEC and how do people use it?')).toBe('ncmec');
    expect(fires('How many reports did NCMEC receive in 2023?')).toBeNull();
    expect(fires('when was the hotline founded')).toBeNull();
    expect(fires('Wie viele Meldungen hat das NCMEC 2022 bekommen?')).toBeNull();
    // The asker speaking of themselves always routes, figure or not.
    expect(fires('how many hotline numbers can I call?')).toBe('hotline');
    expect(fires('wie viele Tage, bis NCMEC meine Meldung liest, ich warte')).toBe('ncmec');
  });

  it('GIVEN a combination THEN it says which phrases fired', () => {
    expect(fires('report these images')).toBe('report + images');
  });

  it('GIVEN an inflected form THEN a situation still fires, a phrase only in its listed form', () => {
    expect(fires('someone keeps blackmailing me')).toBe('situation: someone + blackmail');
    expect(fires('the hotlines')).toBeNull();
  });

  it("GIVEN the initiative's name THEN its words are no statement about harm", () => {
    expect(
      fires("I'm writing about the Global Alliance against Child Sexual Abuse Online"),
    ).toBeNull();
    expect(fires('my essay on the alliance against child sexual abuse')).toBeNull();
    // Outside the name the same words still fire, and phrases are read before names are removed.
    expect(fires('my kid was abused')).toBe('my + abused + kid');
    expect(
      fires('I was abused, does the global alliance against child sexual abuse online help'),
    ).toBe('i was abused');
  });
});
