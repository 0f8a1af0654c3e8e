// /ask and its autocomplete, through the real discord.js against the Discord stand-in.
import type { RunningBot } from '../../fakes/discord-harness';
import { startBot } from '../../fakes/discord-harness';
import { DISCORD_TOKEN } from '../../fakes/discord-ids';
import { askInteraction, autocompleteInteraction } from '../../fakes/discord-payloads';
import { callback, callbackPath, originalPath, sent } from './sent-message';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot();
});

afterAll(async () => {
  await bot.stop();
});

describe('GIVEN the bot is connected', () => {
  it('THEN it identified without the privileged Message Content intent, and logged no token', async () => {
    const session = await bot.fake.gateway.sessions.waitFor(() => true);
    expect(session.intents & (1 << 15)).toBe(0);
    expect(session.intents & 1).toBe(1); // Guilds
    expect(session.intents & (1 << 9)).toBe(1 << 9); // GuildMessages
    expect(session.intents & (1 << 12)).toBe(1 << 12); // DirectMessages
    expect(JSON.stringify(bot.logger.lines)).not.toContain(DISCORD_TOKEN);
  });
});

describe('GIVEN /ask with a question the knowledge base answers', () => {
  it('THEN it defers within 3 s and edits in an embed with the title, the answer and the source', async () => {
    const interaction = askInteraction('What are the goals of the alliance?');
    const sentAt = Date.now();
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);

    const deferral = await bot.fake.rest.waitFor('POST', callbackPath(interaction));
    expect(deferral.at - sentAt).toBeLessThan(3000);
    expect(deferral.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(deferral.headers.authorization).toBeUndefined();

    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    const embed = edit.embeds?.[0];
    expect(embed?.title).toBe('What are the four goals of the Global Alliance?');
    expect(embed?.description).toContain('four shared goals');
    expect(embed?.fields?.[0]?.name).toBe('Source');
    expect(embed?.fields?.[0]?.value).toBe(
      '[Global Alliance against Child Sexual Abuse Online — U.S.-EU Joint Statement](https://useu.usmission.gov/global-alliance-child-sexual-abuse-online/) · 21 June 2012',
    );
    expect(edit.content).toBe('**You asked:** What are the goals of the alliance?');
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('THEN the answer carries 👍/👎 buttons with the entry and log id, and related questions', async () => {
    const interaction = askInteraction('goals');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    const ids = (edit.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
    const logId = `q${String(bot.log.questions.length)}`;
    expect(ids).toEqual([
      'entry:what-is-the-global-alliance',
      `vote:up:four-goals:${logId}`,
      `vote:down:four-goals:${logId}`,
    ]);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    expect(bot.log.questions.at(-1)).toMatchObject({
      platform: 'discord',
      entryId: 'four-goals',
      question: 'goals',
    });
  });

  it('THEN private:true makes the whole answer ephemeral', async () => {
    const interaction = askInteraction('goals', { private: true });
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const deferral = await bot.fake.rest.waitFor('POST', callbackPath(interaction));
    expect(deferral.body).toEqual({ type: 5, data: { flags: 64 } });
  });
});

describe('GIVEN /ask in a direct message with the bot', () => {
  it('THEN it is answered there like in a server', async () => {
    const interaction = askInteraction('Who called for the Global Alliance?', { dm: true });
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    expect(edit.embeds?.[0]?.title).toBe('Who called for the Global Alliance?');
  });
});

describe('GIVEN a reporting question (safety routing to the help answer)', () => {
  it('THEN the help answer comes first and complete, without echo and without vote buttons', async () => {
    const interaction = askInteraction('how do I report csam');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    expect(edit.embeds?.[0]?.title).toBe('How do I report child sexual abuse material?');
    expect(edit.embeds?.[0]?.description).toMatch(
      /^If a child is in immediate danger.*not even to report it\.$/s,
    );
    expect(edit.embeds?.[0]?.fields?.[0]?.value).toContain('(https://www.inhope.org/EN)');
    expect(edit.content).toBeUndefined();
    const ids = (edit.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id));
    expect(ids.filter((id) => id.startsWith('vote:'))).toEqual([]);
  });
});

describe('GIVEN the user types into the question option', () => {
  it('THEN autocomplete offers at most 25 knowledge-base questions, each ≤ 100 characters', async () => {
    const interaction = autocompleteInteraction('who called');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const response = await bot.fake.rest.waitFor('POST', callbackPath(interaction));
    const choices = callback(response).data?.choices ?? [];
    expect(callback(response).type).toBe(8);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value).toMatch(/^entry:[a-z0-9-]+$/);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.value)).toContain('entry:who-called-for-it');
  });

  it('THEN picking a choice answers that entry directly', async () => {
    const interaction = askInteraction('entry:who-called-for-it');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    expect(edit.embeds?.[0]?.title).toBe('Who called for the Global Alliance?');
    expect(edit.embeds?.[0]?.description).toContain('Copenhagen');
    // The title already says what was answered: no "You asked" line.
    expect(edit.content).toBeUndefined();
  });

  it('THEN an empty option still gets choices, and another command gets none', async () => {
    const empty = autocompleteInteraction('');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', empty);
    const first = await bot.fake.rest.waitFor('POST', callbackPath(empty));
    expect((first.body as { data: { choices: unknown[] } }).data.choices.length).toBeGreaterThan(0);

    const other = autocompleteInteraction('wh', 'other');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', other);
    const second = await bot.fake.rest.waitFor('POST', callbackPath(other));
    expect(second.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('GIVEN a question the knowledge base cannot answer', () => {
  it('THEN the fallback lists the topics and offers only the help answer, without a title or vote buttons', async () => {
    const interaction = askInteraction('blorp');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const edit = sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
    expect(edit.embeds?.[0]?.title).toBeUndefined();
    expect(edit.embeds?.[0]?.description).toContain("I don't know");
    expect(edit.embeds?.[0]?.description).toContain('its four goals');
    const buttons = (edit.components ?? []).flatMap((row) => row.components);
    expect(buttons.map((b) => b.custom_id)).toEqual(['entry:reporting-and-help']);
    expect(edit.content).toBe('**You asked:** blorp');
  });
});
