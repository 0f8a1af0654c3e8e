// Long replies are split within Slack's limits (3000 characters a section, 50 blocks, ~12,000
// characters a message), never rejected or cut; the text fallback is always set.
import fc from 'fast-check';
import path from 'node:path';
import { renderReply } from '../../../adapters/slack/render-reply';
import { splitText } from '../../../adapters/slack/split-text';
import type { AssistantReply } from '../../../src';
import { loadKnowledge } from '../../../src';
import type { RunningSlack } from '../../fakes/slack-harness';
import { SLACK_FIXTURES, startSlackBot } from '../../fakes/slack-harness';
import { eventPost, mentionEvent, postSigned } from '../../fakes/slack-signing';
import type { SlackBlock, SlackCall } from '../../fakes/slack-web-api';
import { blocksOf } from '../../fakes/slack-web-api';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot({ fixture: 'slack-long' });
});

afterAll(async () => {
  await bot.stop();
});

const sectionTexts = (blocks: SlackBlock[]) =>
  blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');

/** The entry's answer as the knowledge base holds it. */
function longAnswer(): string {
  const loaded = loadKnowledge(path.join(SLACK_FIXTURES, 'slack-long'));
  if (!loaded.ok) throw new Error('slack-long fixture does not load');
  return loaded.kb.entries.find((e) => e.id === 'long-answer')!.answer;
}

function expectWithinLimits(call: SlackCall): void {
  const blocks = blocksOf(call);
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const text of sectionTexts(blocks)) expect(text.length).toBeLessThanOrEqual(3000);
  expect(sectionTexts(blocks).join('').length).toBeLessThanOrEqual(12_000);
  expect(typeof call.body.text).toBe('string');
  expect((call.body.text as string).length).toBeGreaterThan(0);
}

async function mention(text: string, ts: string, parts: number): Promise<SlackCall[]> {
  await postSigned(bot.eventsUrl, eventPost(`Ev-${ts}`, mentionEvent(text, ts)));
  const inThread = (c: SlackCall) => c.method === 'chat.postMessage' && c.body.thread_ts === ts;
  await bot.api.calls.waitForNth(parts, inThread);
  return bot.api.calls.filter(inThread);
}

describe('GIVEN an answer of ~2,900 characters that escaping makes longer than one section', () => {
  it('THEN it is split into sections of at most 3000 characters that together give the whole answer', async () => {
    const [call, extra] = await mention('tell me the long story', '600.0001', 1);
    expect(extra).toBeUndefined();
    expectWithinLimits(call!);
    expect(bot.log.questions.at(-1)?.entryId).toBe('long-answer');
    const sections = sectionTexts(blocksOf(call!));
    const answerSections = sections.filter((t) => !t.startsWith('*'));
    expect(answerSections.length).toBe(2);
    const full = escape(longAnswer());
    expect(full.length).toBeGreaterThan(3000);
    expect(words(answerSections.join(' '))).toEqual(words(full));
  });
});

describe('GIVEN a fallback listing 90 topics (~14,000 characters)', () => {
  it('THEN it continues in a second message in the same thread, each within the limits', async () => {
    const calls = await mention('what is the weather on mars', '600.0002', 2);
    expect(calls).toHaveLength(2);
    for (const call of calls) expectWithinLimits(call);
    const all = calls.flatMap((c) => sectionTexts(blocksOf(c))).join('\n');
    expect(all).toContain('topic 1:');
    expect(all).toContain('topic 90:');
  });
});

describe('GIVEN a reply with more blocks than one message holds (rendered directly)', () => {
  const reply: AssistantReply = {
    question: 'q',
    answered: true,
    kind: 'answer',
    entryId: 'e',
    title: 'q',
    answer: 'a '.repeat(20_000),
    confidence: 1,
    sources: Array.from({ length: 80 }, (_, i) => ({
      id: `s${String(i)}`,
      title: `Source ${String(i)}`,
      date: '2012-12-05',
      url: `https://example.org/${String(i)}`,
    })),
    suggestions: [],
    related: [
      {
        id: 'r',
        question: 'A related question that is much longer than a Slack button label may be, surely',
      },
    ],
    logId: 'q1',
  };

  it('THEN every message has at most 50 blocks, sections ≤ 3000, a text, and the buttons come last', () => {
    const messages = renderReply(reply, { shareKey: 'k' });
    expect(messages.length).toBeGreaterThan(2);
    for (const message of messages) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      expect(message.text.length).toBeGreaterThan(0);
      for (const block of message.blocks) {
        if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(3000);
      }
    }
    const last = messages.at(-1)!.blocks;
    expect(last.at(-1)?.type).toBe('actions');
    // 40,000 characters of answer need at least 14 sections of 3000.
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(14);
    const button = messages
      .flatMap((m) => m.blocks)
      .flatMap((b) => (b.type === 'actions' ? b.elements : []))
      .find((e) => e.type === 'button' && e.action_id === 'suggestion:0');
    expect(button?.type === 'button' ? button.text.text.length : 0).toBeLessThanOrEqual(75);
  });
});

describe('GIVEN escaped text of any shape', () => {
  it('THEN splitText keeps every piece within the limit, never cuts an entity, and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'bb', ' ', '\n', '&', '<', '>', '. ', '😀', 'word'), {
          maxLength: 400,
        }),
        fc.integer({ min: 8, max: 60 }),
        (parts, max) => {
          const escaped = escape(parts.join(''));
          const pieces = splitText(escaped, max);
          for (const piece of pieces) {
            expect(piece.length).toBeLessThanOrEqual(max);
            expect(piece).not.toMatch(/&[a-z]{0,3}$/);
            expect(piece).not.toMatch(/^[a-z]{1,3};/);
          }
          expect(pieces.join('').replace(/\s/g, '')).toBe(escaped.replace(/\s/g, ''));
        },
      ),
    );
  });
});
