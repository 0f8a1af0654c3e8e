// One failing interaction or message never stops the bot, and the apology fits the interaction's
// state: a first reply, an edit after a deferral, a follow-up after a reply.
import type { Assistant } from '../../../src';
import type { RunningBot } from '../../fakes/discord-harness';
import { startBot } from '../../fakes/discord-harness';
import { DISCORD_IDS, DISCORD_TOKEN } from '../../fakes/discord-ids';
import {
  askInteraction,
  autocompleteInteraction,
  buttonInteraction,
  mention,
  messageCreate,
} from '../../fakes/discord-payloads';
import type { RestRequest } from '../../fakes/discord-rest';
import { callback, callbackPath, followUpPath, originalPath, sent } from './sent-message';

const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
const BOOM = 'explode';

/**
 * The real assistant, except that it throws on demand: the engine cannot be made to fail on
 * purpose, and these tests are about what the adapter does when answering fails.
 */
function failingOnDemand(real: Assistant): Assistant {
  const fail = (): never => {
    throw new Error('the assistant failed on purpose');
  };
  return {
    ask: (question, platform) => (question.includes(BOOM) ? fail() : real.ask(question, platform)),
    answerEntry: (id, platform) => real.answerEntry(id, platform),
    suggest: (prefix, limit) => (prefix.includes(BOOM) ? fail() : real.suggest(prefix, limit)),
    feedback: () => fail(),
  };
}

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot({ assistant: failingOnDemand });
});

afterAll(async () => {
  await bot.stop();
});

async function expectStillAnswering(): Promise<void> {
  const interaction = askInteraction('goals');
  bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
  const message = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
  expect(message.embeds?.[0]?.title).toBe('What are the four goals of the Global Alliance?');
}

describe('GIVEN answering fails after the deferral', () => {
  it('THEN the "thinking…" message is edited into the apology, and the next question is answered', async () => {
    const interaction = askInteraction(`please ${BOOM}`);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    expect(callback(await bot.fake.rest.waitFor('POST', callbackPath(interaction))).type).toBe(5);
    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    expect(edit.content).toBe(APOLOGY);
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
    await expectStillAnswering();
    const line = bot.logger.lines.find(
      (l) => l.level === 'error' && l.fields?.state === 'deferred',
    );
    expect(line?.message).toMatch(/discord interaction failed/);
  });
});

describe('GIVEN storing a vote fails after the thanks went out', () => {
  it('THEN the apology is an ephemeral follow-up (a second reply is impossible)', async () => {
    const click = buttonInteraction('vote:up:four-goals:q1');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', click);
    expect(callback(await bot.fake.rest.waitFor('POST', callbackPath(click))).type).toBe(4);
    const followUp = await bot.fake.rest.waitFor('POST', followUpPath(click));
    expect(sent(followUp)).toMatchObject({ content: APOLOGY, flags: 64 });
    expect(followUp.query.get('wait')).toBe('true');
    expect(bot.logger.lines.some((l) => l.level === 'error' && l.fields?.state === 'replied')).toBe(
      true,
    );
    await expectStillAnswering();
  });
});

describe('GIVEN the deferral itself is refused', () => {
  it('THEN the apology is a first, ephemeral reply', async () => {
    const interaction = askInteraction('goals');
    const isCallback = (r: RestRequest) =>
      r.method === 'POST' && r.path.startsWith(callbackPath(interaction));
    bot.fake.rest.script(isCallback, {
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035 },
    });
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const apology = callback(await bot.fake.rest.requests.waitForNth(2, isCallback));
    expect(apology).toMatchObject({ type: 4, data: { content: APOLOGY, flags: 64 } });
    expect(bot.logger.lines.some((l) => l.level === 'error' && l.fields?.state === 'fresh')).toBe(
      true,
    );
    await expectStillAnswering();
  });
});

describe('GIVEN autocomplete fails', () => {
  it('THEN Discord gets an empty list of choices', async () => {
    const interaction = autocompleteInteraction(BOOM);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    expect(callback(await bot.fake.rest.waitFor('POST', callbackPath(interaction)))).toEqual({
      type: 8,
      data: { choices: [] },
    });
  });
});

describe('GIVEN answering a mention fails', () => {
  it('THEN the mention gets the apology as a reply, and no log line holds the token', async () => {
    const question = messageCreate(`${mention(DISCORD_IDS.bot)} ${BOOM}`, {
      mentions: [DISCORD_IDS.bot],
    });
    bot.fake.gateway.dispatch('MESSAGE_CREATE', question);
    const reply = await bot.fake.rest.waitFor(
      'POST',
      `/channels/${DISCORD_IDS.channel}/messages`,
      (r) => sent(r).message_reference?.message_id === question.id,
    );
    expect(sent(reply).content).toBe(APOLOGY);
    await expectStillAnswering();
    expect(JSON.stringify(bot.logger.lines)).not.toContain(DISCORD_TOKEN);
  });
});
