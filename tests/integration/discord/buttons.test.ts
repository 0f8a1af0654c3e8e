// "Did you mean" / related buttons and 👍/👎 feedback, end to end through the real assistant.
import path from 'node:path';
import { createEngine, loadKnowledge } from '../../../src';
import type { RunningBot } from '../../fakes/discord-harness';
import { FIXTURES, startBot } from '../../fakes/discord-harness';
import { askInteraction, buttonInteraction } from '../../fakes/discord-payloads';
import {
  buttonIds,
  callback,
  callbackPath,
  followUpPath,
  originalPath,
  sent,
} from './sent-message';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot.stop();
});

/** What the engine itself replies, so the tests follow the engine's tuning. */
function engineReply(question: string) {
  const loaded = loadKnowledge(path.join(FIXTURES, 'good'));
  if (!loaded.ok) throw new Error('fixture invalid');
  return createEngine(loaded.kb).ask(question);
}

function engineSuggestions(question: string): string[] {
  return engineReply(question).suggestions.map((s) => s.id);
}

describe('GIVEN a question the engine is unsure about', () => {
  it('THEN the reply offers one "Did you mean" button per suggestion', async () => {
    const question = 'tell me about aims and members';
    const expected = engineSuggestions(question);
    expect(expected.length).toBeGreaterThan(0); // the fixture question must stay ambiguous
    const interaction = askInteraction(question);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const message = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    const firstRow = message.components?.[0]?.components ?? [];
    expect(firstRow.map((b) => b.custom_id)).toEqual(expected.map((id) => `entry:${id}`));
    for (const button of firstRow) expect(button.label.length).toBeLessThanOrEqual(80);
  });
});

describe('GIVEN an answer that comes with a suggestion (a question that asks two things)', () => {
  it('THEN the answer comes with a "Did you mean" button and a footer saying what it is for', async () => {
    const question = 'what are the four goals? who called for the global alliance?';
    const expected = engineReply(question);
    expect(expected.kind).toBe('answer'); // one part answered, the other offered
    expect(expected.suggestions.length).toBeGreaterThan(0);
    const interaction = askInteraction(question);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const message = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    expect(message.embeds?.[0]?.footer?.text).toMatch(/Did you mean/);
    expect(buttonIds(message)).toEqual(
      expect.arrayContaining(expected.suggestions.map((s) => `entry:${s.id}`)),
    );
  });
});

describe('GIVEN a click on a "Did you mean" button', () => {
  it('THEN the clicker gets that entry answered (ephemeral, deferred then edited)', async () => {
    const click = buttonInteraction('entry:four-goals');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', click);
    expect(callback(await bot.fake.rest.waitFor('POST', callbackPath(click)))).toEqual({
      type: 5,
      data: { flags: 64 },
    });
    const message = sent(await bot.fake.rest.waitFor('PATCH', originalPath(click)));
    expect(message.embeds?.[0]?.title).toBe('What are the four goals of the Global Alliance?');
    expect(buttonIds(message)).toContain(
      'vote:up:four-goals:' + `q${String(bot.log.questions.length)}`,
    );
    expect(bot.log.questions.at(-1)).toMatchObject({ entryId: 'four-goals', platform: 'discord' });
  });

  it('THEN an entry that has left the knowledge base gets a notice', async () => {
    const click = buttonInteraction('entry:no-such-entry');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', click);
    const message = sent(await bot.fake.rest.waitFor('PATCH', originalPath(click)));
    expect(message.content).toBe(
      'That answer is no longer in the knowledge base. Please ask again with /ask.',
    );
  });
});

describe('GIVEN a click on 👍 or 👎', () => {
  it('THEN assistant.feedback receives the entry id, the vote and the log id; the user is thanked', async () => {
    const interaction = askInteraction('goals');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const answer = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    const down = buttonIds(answer).find((id) => id.startsWith('vote:down:'));
    expect(down).toBeDefined();

    const click = buttonInteraction(down!);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', click);
    const thanks = callback(await bot.fake.rest.waitFor('POST', callbackPath(click)));
    expect(thanks.type).toBe(4);
    expect(thanks.data?.flags).toBe(64);
    expect(thanks.data?.content).toMatch(/^Thanks for the feedback/);
    const vote = await bot.log.feedback.waitFor((f) => f.vote === 'down');
    expect(vote).toMatchObject({
      platform: 'discord',
      entryId: 'four-goals',
      vote: 'down',
      questionId: `q${String(bot.log.questions.length)}`,
    });
    expect(bot.fake.rest.all('POST', followUpPath(click))).toEqual([]);
  });

  it('THEN a button id the bot never issued gets a polite notice, not an error', async () => {
    const click = buttonInteraction('something:else');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', click);
    const notice = callback(await bot.fake.rest.waitFor('POST', callbackPath(click)));
    expect(notice.data?.content).toBe('This button no longer works. Please ask again with /ask.');
    expect(bot.log.feedback.items.every((f) => f.entryId !== 'else')).toBe(true);
  });
});
