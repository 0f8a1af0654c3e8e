// Rate limits, gateway reconnects, a clean stop and a failed login.
import { startDiscord } from '../../../adapters/discord';
import { silentLogger } from '../../../src';
import { startDiscordFake } from '../../fakes/discord-fake';
import type { RunningBot } from '../../fakes/discord-harness';
import {
  fakeConfig,
  fixtureAssistant,
  memoryQuestionLog,
  startBot,
} from '../../fakes/discord-harness';
import { DISCORD_IDS } from '../../fakes/discord-ids';
import { askInteraction, mention, messageCreate } from '../../fakes/discord-payloads';
import type { RestRequest } from '../../fakes/discord-rest';
import { originalPath, sent } from './sent-message';

const channelMessages = `/channels/${DISCORD_IDS.channel}/messages`;
const rateLimited = {
  status: 429,
  headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
  body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
};

const IDENTIFY_SPACING_MS = 8000;

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot.stop();
});

/** Mentions the bot and resolves with its reply: proof that the bot is listening right now. */
async function mentionAndWait(text: string): Promise<RestRequest> {
  const question = messageCreate(`${mention(DISCORD_IDS.bot)} ${text}`, {
    mentions: [DISCORD_IDS.bot],
  });
  bot.fake.gateway.dispatch('MESSAGE_CREATE', question);
  return bot.fake.rest.waitFor(
    'POST',
    channelMessages,
    (r) => sent(r).message_reference?.message_id === question.id,
  );
}

describe('GIVEN Discord answers 429 with Retry-After', () => {
  it('THEN a channel reply is sent again after the wait, and the rate limit is logged', async () => {
    const question = messageCreate(`${mention(DISCORD_IDS.bot)} goals`, {
      mentions: [DISCORD_IDS.bot],
    });
    const isReply = (r: RestRequest) =>
      r.method === 'POST' &&
      r.path === channelMessages &&
      sent(r).message_reference?.message_id === question.id;
    bot.fake.rest.script(isReply, rateLimited);
    bot.fake.gateway.dispatch('MESSAGE_CREATE', question);

    const first = await bot.fake.rest.requests.waitForNth(1, isReply);
    const second = await bot.fake.rest.requests.waitForNth(2, isReply);
    expect(second.at - first.at).toBeGreaterThanOrEqual(50);
    expect(sent(second).embeds?.[0]?.title).toBe('What are the four goals of the Global Alliance?');
    expect(bot.logger.lines.some((l) => l.level === 'warn' && l.message.includes('429'))).toBe(
      true,
    );
  });

  it('THEN an interaction edit is retried after the wait too', async () => {
    const interaction = askInteraction('goals');
    const isEdit = (r: RestRequest) => r.method === 'PATCH' && r.path === originalPath(interaction);
    bot.fake.rest.script(isEdit, rateLimited);
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const second = await bot.fake.rest.requests.waitForNth(2, isEdit);
    expect(sent(second).embeds?.[0]?.title).toBe('What are the four goals of the Global Alliance?');
  });
});

describe('GIVEN the gateway closes the connection', () => {
  it('THEN after a close 4000 the bot resumes its session and keeps answering', async () => {
    bot.fake.gateway.closeConnection(4000);
    const resumed = await bot.fake.gateway.sessions.waitFor((s) => s.resumed);
    expect(resumed.connection).toBe(bot.fake.gateway.connectionCount());
    const resume = await bot.fake.gateway.frames.waitFor((f) => f.op === 6);
    expect(resume.d).toMatchObject({ session_id: resumed.id });
    expect(sent(await mentionAndWait('who called for it')).embeds?.[0]?.title).toBe(
      'Who called for the Global Alliance?',
    );
  });

  it('THEN after a close 1000 the bot identifies again and keeps answering', async () => {
    const before = bot.fake.gateway.sessions.filter((s) => !s.resumed).length;
    bot.fake.gateway.closeConnection(1000);
    // discord.js spaces identifies 5 s apart (max_concurrency 1), as Discord requires: the wait is
    // the library's, bounded here rather than slept.
    const session = await bot.fake.gateway.sessions.waitForNth(
      before + 1,
      (s) => !s.resumed,
      IDENTIFY_SPACING_MS,
    );
    expect(session.connection).toBe(bot.fake.gateway.connectionCount());
    expect(sent(await mentionAndWait('goals')).embeds?.[0]?.title).toBe(
      'What are the four goals of the Global Alliance?',
    );
  });
});

describe('GIVEN the bot is asked to stop (SIGTERM/SIGINT in adapters/main.ts)', () => {
  it('THEN stop() closes the gateway connection normally, once', async () => {
    const other = await startBot();
    const connection = other.fake.gateway.connectionCount();
    await Promise.all([other.adapter.stop(), other.adapter.stop()]);
    const closed = await other.fake.gateway.closes.waitFor((c) => c.connection === connection);
    expect(closed.code).toBe(1000);
    await other.fake.close();
  });
});

describe('GIVEN a wrong DISCORD_TOKEN', () => {
  it('THEN startDiscord rejects with a message naming DISCORD_TOKEN, without the token', async () => {
    const fake = await startDiscordFake();
    const assistant = fixtureAssistant('good', memoryQuestionLog(), silentLogger);
    const wrong = 'wrong-token.for-the-test.only';
    try {
      const start = startDiscord(assistant, fakeConfig(fake, { token: wrong }), silentLogger);
      await expect(start).rejects.toThrow(/Discord login failed: .*\(check DISCORD_TOKEN\)/);
      await start.catch((error: unknown) => {
        expect(String(error)).not.toContain(wrong);
      });
    } finally {
      await fake.close();
    }
  });
});
