// The pure report builders: similarity, grouping, gaps and stats over logged rows.
import { buildGapsReport, isGap } from '../../../src/question-log/gaps-report';
import { groupSimilar } from '../../../src/question-log/group-similar';
import type { LoggedQuestion } from '../../../src/question-log/question-log-reader';
import { buildStatsReport } from '../../../src/question-log/stats-report';
import { contentTokens, jaccard } from '../../../src/question-log/token-overlap';

function logged(overrides: Partial<LoggedQuestion>): LoggedQuestion {
  return {
    id: 1,
    at: new Date('2026-11-20T09:00:00Z'),
    platform: 'slack',
    question: 'a question',
    entryId: null,
    kind: 'fallback',
    answered: false,
    confidence: 0.2,
    ...overrides,
  };
}

describe('token overlap', () => {
  it.each([
    ['What are the aims?', 'what are the AIMS', 1],
    ['how much funding does the alliance get', 'funding of the alliance', 0.5],
    ['who founded it', 'when was it founded', 1 / 3],
    ['', '', 1],
  ])('GIVEN "%s" and "%s" THEN Jaccard is %d', (a, b, expected) => {
    expect(jaccard(contentTokens(a), contentTokens(b))).toBeCloseTo(expected);
  });
});

describe('groupSimilar', () => {
  it('GIVEN repeated and similar wordings THEN the commonest wording represents the largest group', () => {
    const texts = [
      'funding of the alliance?',
      'How much funding does the alliance have?',
      'how much funding does the alliance have',
      'what is the weather',
    ];
    const groups = groupSimilar(texts, (t) => t, 0.5);
    expect(groups.map((g) => [g.representative, g.items.length, g.variants])).toEqual([
      ['How much funding does the alliance have?', 3, ['funding of the alliance?']],
      ['what is the weather', 1, []],
    ]);
  });
});

describe('gaps', () => {
  it.each([
    [logged({}), true],
    [logged({ kind: 'answer', answered: true, confidence: 0.65 }), true],
    [logged({ kind: 'answer', answered: true, confidence: 0.9 }), false],
    [logged({ kind: 'help', answered: true, question: null, confidence: 1 }), false],
    [logged({ question: null }), false],
  ])('GIVEN %o THEN isGap is %s', (question, expected) => {
    expect(isGap(question, 0.7)).toBe(expected);
  });

  it('GIVEN gap questions THEN groups carry counts, the latest time and the nearest entry', () => {
    const report = buildGapsReport(
      [
        logged({ question: 'who pays for it', at: new Date('2026-11-01T00:00:00Z') }),
        logged({ question: 'who pays for it?', at: new Date('2026-11-03T00:00:00Z') }),
        logged({ question: 'who pays', kind: 'answer', answered: true, confidence: 0.61 }),
        logged({
          question: 'what are the goals',
          kind: 'answer',
          answered: true,
          confidence: 0.95,
        }),
      ],
      {
        nearest: (q) => ({ id: 'funding', score: 0.4, phrasing: `near ${q}` }),
        unread: () => null,
      },
      { lowConfidence: 0.7, similarity: 0.5, limit: 10 },
    );
    expect(report).toEqual({
      gapQuestions: 3,
      questionsWithText: 4,
      glossaryGaps: [],
      groups: [
        {
          question: 'who pays for it',
          count: 3,
          unanswered: 2,
          lowConfidence: 1,
          variants: ['who pays'],
          lastAsked: '2026-11-20T09:00:00.000Z',
          nearest: { id: 'funding', score: 0.4, phrasing: 'near who pays for it' },
          unread: null,
        },
      ],
    });
  });

  it('GIVEN gap questions in another language THEN the words the glossary lacks are counted', () => {
    const unread: Record<string, string[]> = {
      'wer bezahlt die kohle': ['kohle'],
      'wie viel kohle kriegen die': ['kohle', 'kriegen'],
    };
    const report = buildGapsReport(
      Object.keys(unread).map((question) => logged({ question })),
      {
        nearest: () => null,
        unread: (q) => ({ language: 'de', words: unread[q] ?? [] }),
      },
      { lowConfidence: 0.7, similarity: 0.9, limit: 10 },
    );
    expect(report.glossaryGaps).toEqual([
      { language: 'de', word: 'kohle', count: 2 },
      { language: 'de', word: 'kriegen', count: 1 },
    ]);
    expect(report.groups[0]?.unread).toEqual({ language: 'de', words: ['kohle'] });
  });
});

describe('stats', () => {
  it('GIVEN questions and votes THEN it counts per day and platform, answers, entries and votes', () => {
    const report = buildStatsReport(
      [
        logged({ kind: 'answer', answered: true, entryId: 'goals', confidence: 0.9 }),
        logged({ kind: 'answer', answered: true, entryId: 'goals', platform: 'discord' }),
        logged({ kind: 'help', answered: true, entryId: 'help', question: null }),
        logged({ at: new Date('2026-11-21T23:59:00Z'), platform: 'terminal' }),
      ],
      [
        { at: new Date(), platform: 'slack', entryId: 'goals', vote: 'up', questionId: 1 },
        { at: new Date(), platform: 'slack', entryId: 'launch', vote: 'down', questionId: null },
      ],
      5,
    );
    expect(report).toEqual({
      total: 4,
      answered: 3,
      help: 1,
      unanswered: 1,
      answerRate: 0.75,
      platforms: ['discord', 'slack', 'terminal'],
      perDay: [
        { day: '2026-11-20', total: 3, byPlatform: { slack: 2, discord: 1 } },
        { day: '2026-11-21', total: 1, byPlatform: { terminal: 1 } },
      ],
      topEntries: [{ id: 'goals', count: 2 }],
      votes: [
        { id: 'launch', up: 0, down: 1 },
        { id: 'goals', up: 1, down: 0 },
      ],
    });
  });

  it('GIVEN no questions THEN the answer rate is 0, not NaN', () => {
    expect(buildStatsReport([], [], 5).answerRate).toBe(0);
  });
});
