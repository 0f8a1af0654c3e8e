// Mentions in a server channel and direct messages, without the privileged Message Content intent.
import type { RunningBot } from '../../fakes/discord-harness';
import { startBot } from '../../fakes/discord-harness';
import { DISCORD_IDS, DISCORD_TOKEN } from '../../fakes/discord-ids';
import { mention, messageCreate } from '../../fakes/discord-payloads';
import type { RestRequest } from '../../fakes/discord-rest';
import { sent } from './sent-message';

const channelMessages = `/channels/${DISCORD_IDS.channel}/messages`;
const dmMessages = `/channels/${DISCORD_IDS.dmChannel}/messages`;
const replyTo = (message: Record<string, unknown>) => (r: RestRequest) =>
  sent(r).message_reference?.message_id === message.id;

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot.stop();
});

/**
 * Dispatches `ignored`, then a mention the bot answers. Gateway events are handled in order, so
 * once the second is answered the first has been handled too: no sleep needed to prove silence.
 */
async function expectIgnored(ignored: Record<string, unknown>): Promise<void> {
  const before = bot.fake.rest.all('POST', '/channels/').length;
  bot.fake.gateway.dispatch('MESSAGE_CREATE', ignored);
  const barrier = messageCreate(`${mention(DISCORD_IDS.bot)} goals`, {
    mentions: [DISCORD_IDS.bot],
  });
  bot.fake.gateway.dispatch('MESSAGE_CREATE', barrier);
  await bot.fake.rest.waitFor('POST', channelMessages, replyTo(barrier));
  expect(bot.fake.rest.all('POST', '/channels/').length).toBe(before + 1);
}

describe('GIVEN a server message that mentions the bot', () => {
  it('THEN the bot replies to that message (message reference) with the answer, pinging nobody', async () => {
    const question = messageCreate(
      `${mention(DISCORD_IDS.bot)} what are the goals of the alliance?`,
      { mentions: [DISCORD_IDS.bot] },
    );
    bot.fake.gateway.dispatch('MESSAGE_CREATE', question);
    const request = await bot.fake.rest.waitFor('POST', channelMessages, replyTo(question));
    const message = sent(request);
    expect(request.headers.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
    expect(message.message_reference).toEqual({
      message_id: question.id,
      fail_if_not_exists: false,
    });
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds?.[0]?.title).toBe('What are the four goals of the Global Alliance?');
    expect(message.embeds?.[0]?.fields?.[0]?.value).toContain('21 June 2012');
    // The reply quotes the question already: no "You asked" echo.
    expect(message.content).toBeUndefined();
    expect(bot.log.questions.at(-1)).toMatchObject({
      platform: 'discord',
      question: 'what are the goals of the alliance?',
    });
  });

  it('THEN a mention with no question gets a hint', async () => {
    const bare = messageCreate(mention(DISCORD_IDS.bot), { mentions: [DISCORD_IDS.bot] });
    bot.fake.gateway.dispatch('MESSAGE_CREATE', bare);
    const message = sent(await bot.fake.rest.waitFor('POST', channelMessages, replyTo(bare)));
    expect(message.content).toBe('Ask me a question after the mention, or use /ask.');
  });
});

describe('GIVEN a direct message', () => {
  it('THEN the answer is sent in the DM (Partials.Channel), without the Message Content intent', async () => {
    const question = messageCreate('Which countries founded the alliance?', { dm: true });
    bot.fake.gateway.dispatch('MESSAGE_CREATE', question);
    const message = sent(await bot.fake.rest.waitFor('POST', dmMessages));
    expect(message.embeds?.[0]?.title).toBe('Which countries founded the Global Alliance?');
    expect(message.message_reference).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const session = bot.fake.gateway.sessions.items[0];
    expect((session?.intents ?? 0) & (1 << 15)).toBe(0);
  });
});

describe('GIVEN messages that are not for the bot', () => {
  it('THEN a server message without a mention (content blanked by Discord) is ignored', async () => {
    await expectIgnored(messageCreate('what are the goals?'));
  });

  it('THEN @everyone without a mention of the bot is ignored', async () => {
    await expectIgnored({
      ...messageCreate('@everyone what are the goals?'),
      mention_everyone: true,
    });
  });

  it("THEN another bot's mention is ignored (no reply loops)", async () => {
    await expectIgnored(
      messageCreate(`${mention(DISCORD_IDS.bot)} goals`, {
        mentions: [DISCORD_IDS.bot],
        authorIsBot: true,
      }),
    );
  });
});
