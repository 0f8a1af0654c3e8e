// Typos inside the knowledge base's own phrasings are read as the words they misspell.
import {
  collectVocabulary,
  findKnowledgeTypos,
  findKnowledgeTyposSteps,
} from '../../../src/engine/vocabulary';
import type { Entry } from '../../../src';

function entry(id: string, questions: string[], answer: string): Entry {
  return {
    id,
    kind: 'answer',
    questions,
    answer,
    sources: [],
    related: [],
    tags: [],
    location: { file: 'x.yaml', line: 1, col: 1 },
  };
}

// "aliance" is repeated in eight phrasings, as maintainers copy typos users make.
const typoed = Array.from({ length: 8 }, (_, i) => `what is the aliance number ${i}`);
const spelled = Array.from({ length: 30 }, (_, i) => `the alliance was launched, take ${i}`);
const entries = [entry('alliance', [...typoed, ...spelled], 'The alliance was launched.')];
const vocabulary = collectVocabulary(entries, []);

describe('findKnowledgeTypos', () => {
  it('GIVEN a lexicon THEN a misspelling it lacks is a typo however often it is repeated', () => {
    const aliases = findKnowledgeTypos(entries, vocabulary, new Set(), new Set(['alliance']));
    expect(aliases.get('aliance')).toBe('alliance');
  });

  it('GIVEN no lexicon THEN only a rare misspelling is taken for a typo', () => {
    expect(findKnowledgeTypos(entries, vocabulary, new Set()).has('aliance')).toBe(false);
  });

  it('GIVEN the lexicon knows the word THEN it is never a typo', () => {
    const aliases = findKnowledgeTypos(entries, vocabulary, new Set(), new Set(['aliance']));
    expect(aliases.has('aliance')).toBe(false);
  });

  it('GIVEN many entries THEN it yields between slices and finds the same typos', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...entries[0]!, id: `alliance-${i}` }));
    const steps = findKnowledgeTyposSteps(many, vocabulary, new Set(), new Set(['alliance']));
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields += 1;
      next = steps.next();
    }
    expect(yields).toBeGreaterThan(1);
    expect(next.value.get('aliance')).toBe('alliance');
  });
});
