// Decline entries: questions that share most of their words with an answer but ask a detail no
// answer gives. Matched best, the bot says it does not know, with the entry's reason.
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, loadKnowledge } from '../../../src';
import type { Entry, KnowledgeBase } from '../../../src';
import { tempDir } from '../../fakes/temp-dir';

const FIXTURE = path.join('tests', 'fixtures', 'knowledge', 'good');

function fixtureKb(): KnowledgeBase {
  const result = loadKnowledge(FIXTURE);
  if (!result.ok) throw new Error('fixture knowledge base is invalid');
  return result.kb;
}

const DECLINE: Entry = {
  id: 'decline-goal-budgets',
  kind: 'decline',
  questions: [
    'how much money goes to each of the four goals',
    'budget for each goal of the alliance',
    'what does each goal cost',
  ],
  answer: 'The sources give no budget for the goals.',
  sources: [],
  related: [],
  tags: [],
  location: { file: 'entries/decline.yaml', line: 1, col: 1 },
};

describe('decline entries', () => {
  const kb = fixtureKb();
  const engine = createEngine({ ...kb, entries: [...kb.entries, DECLINE] });

  it('GIVEN a question a decline entry matches best THEN the bot says it does not know, with the reason', () => {
    const reply = engine.ask('How much money goes to each of the four goals?');
    expect(reply).toMatchObject({ answered: false, kind: 'fallback', entryId: null });
    expect(reply.answer.startsWith('The sources give no budget for the goals.')).toBe(true);
    expect(reply.suggestions.map((s) => s.id)).not.toContain(DECLINE.id);
    // The explanation names the decline entry, which `check` needs to tell it from a plain fallback.
    expect(engine.explain('How much money goes to each of the four goals?').declinedBy).toBe(
      DECLINE.id,
    );
  });

  it('GIVEN the question the answer entry answers THEN the decline entry changes nothing', () => {
    expect(engine.ask('What are the four goals of the Global Alliance?')).toMatchObject({
      answered: true,
      entryId: 'four-goals',
    });
    expect(engine.explain('What are the four goals of the Global Alliance?').declinedBy).toBeNull();
    expect(engine.suggest('budget', 5).map((s) => s.id)).not.toContain(DECLINE.id);
  });

  it('GIVEN a decline entry with names THEN any of them fills the name its phrasing gives as an example', () => {
    const biographies: Entry = {
      ...DECLINE,
      id: 'decline-biographies',
      questions: [
        'where was eric holder born',
        'which party did holder belong to',
        'holder biography',
      ],
      answer: 'The sources give roles, not biographies.',
      names: [
        { name: 'Eric Holder', aliases: ['Holder'] },
        { name: 'Queen Paola', aliases: [] },
      ],
    };
    const queen: Entry = {
      ...DECLINE,
      id: 'queen-paola-patron',
      kind: 'answer',
      questions: [
        'what did queen paola do at the launch',
        'queen paola patron',
        'was queen paola there',
      ],
      answer: 'Queen Paola of Belgium was high patron of the launch.',
      sources: ['memo-2012-12-06'],
    };
    const similarity = (withNames: boolean): number => {
      const entries = [
        ...kb.entries,
        queen,
        withNames ? biographies : { ...biographies, names: [] },
      ];
      const explanation = createEngine({ ...kb, entries }).explain('where was queen paola born');
      return explanation.candidates.find((c) => c.id === biographies.id)?.similarity ?? 0;
    };
    // "born" alone, or "born" with the slot filled by "queen paola" (as "eric holder" fills it).
    expect(similarity(true)).toBeGreaterThan(similarity(false) + 0.2);
  });

  it('GIVEN a decline entry in YAML citing no source THEN the knowledge base loads', () => {
    const dir = tempDir('alliance-decline-');
    fs.cpSync(FIXTURE, dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'entries', 'decline.yaml'),
      [
        'entries:',
        `  - id: ${DECLINE.id}`,
        '    kind: decline',
        '    questions:',
        ...DECLINE.questions.map((q) => `      - ${q}`),
        `    answer: ${DECLINE.answer}`,
        '    sources: []',
        '',
      ].join('\n'),
    );
    const result = loadKnowledge(dir);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok && result.kb.entries.find((e) => e.id === DECLINE.id)?.kind).toBe('decline');
  });
});
