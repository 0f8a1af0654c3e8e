import fs from 'node:fs';
import path from 'node:path';
import { loadEvalSet } from '../../../src/eval/eval-set';
import type { EvalQuestion } from '../../../src/eval/eval-set';
import { scoreReply } from '../../../src/eval/metrics';
import type { Reply } from '../../../src/types';
import { tempDir } from '../../fakes/temp-dir';

const reply = (entryId: string | null, answer: string): Reply => ({
  question: 'q',
  answered: entryId !== null,
  kind: entryId === null ? 'fallback' : 'answer',
  entryId,
  title: null,
  answer,
  confidence: entryId === null ? 0.2 : 0.9,
  sources: [],
  suggestions: [],
  related: [],
});

const question = (extra: Partial<EvalQuestion>): EvalQuestion => ({
  q: 'how many countries joined at the launch?',
  expect: 'founding-countries',
  category: 'fact',
  split: 'dev',
  file: 'facts.yaml',
  ...extra,
});

describe('fact labels (must)', () => {
  const withFacts = question({ must: [/\b48\b|forty.?eight/i] });

  it('counts the expected entry as right, whatever its text', () => {
    expect(scoreReply(withFacts, reply('founding-countries', 'They were many.')).outcome).toBe(
      'right',
    );
  });

  it('counts another entry that states every fact as right', () => {
    expect(scoreReply(withFacts, reply('launch', '48 countries joined.')).outcome).toBe('right');
  });

  it('counts another entry that lacks a fact as wrong', () => {
    expect(scoreReply(withFacts, reply('launch', '54 countries by 2015.')).outcome).toBe('wrong');
    const two = question({ must: [/48/, /brussels/i] });
    expect(scoreReply(two, reply('launch', '48 countries joined.')).outcome).toBe('wrong');
  });

  it('still counts an abstention as abstained, and needs a label to use facts', () => {
    expect(scoreReply(withFacts, reply(null, 'I do not know 48')).outcome).toBe('abstained');
    expect(scoreReply(question({}), reply('launch', '48 countries')).outcome).toBe('wrong');
  });

  describe('loading', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir('alliance-facts-');
    });
    const write = (body: string): string => {
      const file = path.join(dir, 'facts.yaml');
      fs.writeFileSync(file, `questions:\n${body}`);
      return file;
    };

    it('compiles the patterns, case-insensitive', () => {
      const file = write(
        '  - { q: "x", expect: a, category: fact, split: dev, must: ["Forty.?eight", "48"] }\n',
      );
      const [loaded] = loadEvalSet([file]);
      expect(loaded?.must?.map((m) => m.test('FORTY EIGHT 48'))).toEqual([true, true]);
    });

    it('names the file and question of a bad pattern or an empty list', () => {
      const bad = write('  - { q: "x", expect: a, category: fact, split: dev, must: ["(48"] }\n');
      expect(() => loadEvalSet([bad])).toThrow(/facts\.yaml: question 1: must pattern \(48/);
      const empty = write('  - { q: "x", expect: a, category: fact, split: dev, must: [] }\n');
      expect(() => loadEvalSet([empty])).toThrow(/question 1: must is a non-empty list/);
    });
  });
});
