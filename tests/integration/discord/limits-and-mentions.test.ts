// Discord's size limits (content 2000, embed description 4096, title 256, field 1024, total 6000,
// button label 80, choice name 100) and mention injection, on the discord-long fixture.
import type { RunningBot } from '../../fakes/discord-harness';
import { startBot } from '../../fakes/discord-harness';
import { DISCORD_IDS } from '../../fakes/discord-ids';
import {
  askInteraction,
  autocompleteInteraction,
  mention,
  messageCreate,
} from '../../fakes/discord-payloads';
import type { RestRequest } from '../../fakes/discord-rest';
import { callback, callbackPath, embedChars, originalPath, sent } from './sent-message';

let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot({ knowledge: 'discord-long' });
});

afterAll(async () => {
  await bot.stop();
});

async function ask(question: string) {
  const interaction = askInteraction(question);
  bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
  return sent(await bot.fake.rest.waitFor('PATCH', originalPath(interaction)));
}

describe('GIVEN an answer of almost 3000 characters (more than a message content holds)', () => {
  it('THEN it arrives whole in the embed description, within every embed limit', async () => {
    const message = await ask('entry:long-answer');
    const embed = message.embeds?.[0];
    const description = embed?.description ?? '';
    expect(description.length).toBeGreaterThan(2000);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description).toMatch(/^This is a deliberately long answer.*here\.$/s);
    expect(embed?.title?.length).toBe(256);
    expect(embed?.title?.endsWith('…')).toBe(true);
    const sources = embed?.fields?.[0]?.value ?? '';
    expect(sources.length).toBeLessThanOrEqual(1024);
    expect(sources.split('\n').length).toBeGreaterThanOrEqual(2);
    // A bracket in a URL would end the masked link early.
    expect(sources).toContain('(https://example.org/reports/1?%28draft%29)');
    expect(embedChars(embed ?? {})).toBeLessThanOrEqual(6000);
    expect(message.content).toBeUndefined();
  });

  it('THEN a related button for the long question has a label of at most 80 characters', async () => {
    const message = await ask('entry:short-entry');
    const labels = (message.components ?? []).flatMap((row) => row.components.map((b) => b.label));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(80);
  });

  it('THEN autocomplete names the long question in at most 100 characters', async () => {
    const interaction = autocompleteInteraction('long');
    bot.fake.gateway.dispatch('INTERACTION_CREATE', interaction);
    const choices =
      callback(await bot.fake.rest.waitFor('POST', callbackPath(interaction))).data?.choices ?? [];
    expect(choices.map((c) => c.value)).toContain('entry:long-answer');
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});

describe('GIVEN a fallback longer than an embed description (many topics)', () => {
  it('THEN the description is cut to 4096 characters with an ellipsis', async () => {
    const message = await ask('zzz qqq');
    const description = message.embeds?.[0]?.description ?? '';
    expect(description.length).toBe(4096);
    expect(description.endsWith('…')).toBe(true);
  });
});

describe('GIVEN a 2000-character question full of mentions and markdown', () => {
  const injection = `@everyone @here <@&${DISCORD_IDS.role}> <@${DISCORD_IDS.otherUser}> **bold** _it_ `;
  const question = (injection + 'long answer ').repeat(40).slice(0, 2000);

  it('THEN the echo stays under 2000, pings nobody, renders no mention and escapes markdown', async () => {
    const message = await ask(question);
    const content = message.content ?? '';
    expect(content.length).toBeGreaterThan(0);
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(content).not.toMatch(/@everyone|@here|<@/);
    expect(content).toContain('@\u200beveryone');
    expect(content).toContain('\\*\\*bold\\*\\*');
    expect(content).toContain('\\_it\\_');
  });

  it('THEN a mention carrying @everyone, a role and a user is answered with allowed_mentions parse []', async () => {
    const text = `${mention(DISCORD_IDS.bot)} ${injection} long answer`;
    const message = messageCreate(text, { mentions: [DISCORD_IDS.bot, DISCORD_IDS.otherUser] });
    bot.fake.gateway.dispatch('MESSAGE_CREATE', message);
    const request = await bot.fake.rest.waitFor(
      'POST',
      `/channels/${DISCORD_IDS.channel}/messages`,
      (r: RestRequest) => sent(r).message_reference?.message_id === message.id,
    );
    expect(sent(request).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(sent(request).content).toBeUndefined();
    expect(JSON.stringify(sent(request).embeds)).not.toMatch(/@everyone|@here|<@/);
  });
});
