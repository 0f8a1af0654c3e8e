// Any string, however odd, gets a valid reply and never an exception.
import fc from 'fast-check';
import path from 'node:path';
import { createEngine, loadKnowledge, MAX_INPUT_CHARS } from '../../src';
import type { Reply } from '../../src';

const loaded = loadKnowledge(path.join('tests', 'fixtures', 'knowledge', 'good'));
if (!loaded.ok) throw new Error('fixture knowledge base is invalid');
const engine = createEngine(loaded.kb);

function expectValidReply(reply: Reply): void {
  expect(typeof reply.answer).toBe('string');
  expect(reply.answer.length).toBeGreaterThan(0);
  expect(reply.confidence).toBeGreaterThanOrEqual(0);
  expect(reply.confidence).toBeLessThanOrEqual(1);
  expect(['answer', 'help', 'fallback']).toContain(reply.kind);
  expect(reply.answered).toBe(reply.kind !== 'fallback');
  expect(reply.suggestions.length).toBeLessThanOrEqual(3);
  expect(Array.from(reply.question).length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
}

describe('any input gets a valid reply', () => {
  it('GIVEN random unicode strings THEN ask, explain and suggest never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectValidReply(engine.ask(text));
        expectValidReply(engine.explain(text).reply);
        expect(engine.suggest(text, 25).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN words from the knowledge base mixed with noise THEN replies stay valid', () => {
    const words = fc.constantFrom(
      'alliance',
      'goals',
      'report',
      'csam',
      'US',
      'EU',
      'who',
      'when',
      'Malmström',
      'member',
      '?',
      '!!',
      '\u0000',
      '🙂',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }), (parts) => {
        expectValidReply(engine.ask(parts.join(' ')));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \t\n '],
    ['100 KB', 'alliance '.repeat(12_000)],
    ['100 KB of one character', 'a'.repeat(100_000)],
    ['emoji', '🙂🙃👍🏽👨‍👩‍👧‍👦🏳️‍🌈'],
    ['right-to-left', 'ما هو التحالف العالمي؟ מה המטרות'],
    ['control characters', '\u0000\u0001\u0007\u001b[31mred\u001b[0m\u007f'],
    ['lone surrogates', '\ud800\udc00\ud800 \udfff'],
    ['markup', '<script>alert(1)</script> <!channel> @everyone'],
    ['regex metacharacters', '.*+?^${}()|[]\\ goals'],
  ])('GIVEN %s input THEN a valid reply', (_name, text) => {
    expectValidReply(engine.ask(text));
  });
});
