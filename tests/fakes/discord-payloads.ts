// Gateway payloads a user's actions produce: /ask, autocomplete, button clicks, mentions and DMs.
import { DISCORD_IDS } from './discord-ids';

let nextId = 900000000000000000n;
const snowflake = (): string => (nextId += 1n).toString();

const user = (id: string = DISCORD_IDS.user) => ({
  id,
  username: `user${id.slice(-2)}`,
  discriminator: '0',
  global_name: null,
  avatar: null,
});
const botUser = () => ({
  id: DISCORD_IDS.bot,
  username: 'alliance-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
});

export interface InteractionPlace {
  /** true: in a DM with the bot (no guild, `user` instead of `member`). */
  dm?: boolean;
}

function interactionBase(type: number, place: InteractionPlace): Record<string, unknown> {
  const id = snowflake();
  const where = place.dm
    ? {
        channel_id: DISCORD_IDS.dmChannel,
        channel: { id: DISCORD_IDS.dmChannel, type: 1 },
        user: user(),
        context: 1,
        authorizing_integration_owners: { '1': DISCORD_IDS.user },
      }
    : {
        guild_id: DISCORD_IDS.guild,
        channel_id: DISCORD_IDS.channel,
        channel: { id: DISCORD_IDS.channel, type: 0, guild_id: DISCORD_IDS.guild },
        member: {
          user: user(),
          roles: [],
          permissions: '2248473465835073',
          joined_at: '2026-11-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        context: 0,
        // discord.js reads this unconditionally (AuthorizingIntegrationOwners.js).
        authorizing_integration_owners: { '0': DISCORD_IDS.guild },
      };
  return {
    id,
    application_id: DISCORD_IDS.application,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    app_permissions: '2248473465835073',
    entitlements: [],
    locale: 'en-US',
    guild_locale: 'en-US',
    ...where,
  };
}

export interface AskOptions extends InteractionPlace {
  private?: boolean;
}

/** /ask question:<question> [private:<bool>] */
export function askInteraction(
  question: string,
  options: AskOptions = {},
): Record<string, unknown> {
  const commandOptions: Record<string, unknown>[] = [
    { name: 'question', type: 3, value: question },
  ];
  if (options.private !== undefined)
    commandOptions.push({ name: 'private', type: 5, value: options.private });
  return {
    ...interactionBase(2, options),
    data: { id: DISCORD_IDS.command, name: 'ask', type: 1, options: commandOptions },
  };
}

/** The user typing into /ask's question option. */
export function autocompleteInteraction(
  typed: string,
  commandName = 'ask',
): Record<string, unknown> {
  return {
    ...interactionBase(4, {}),
    data: {
      id: DISCORD_IDS.command,
      name: commandName,
      type: 1,
      options: [{ name: 'question', type: 3, value: typed, focused: true }],
    },
  };
}

/** A click on a button with customId under a message the bot sent. */
export function buttonInteraction(
  customId: string,
  place: InteractionPlace = {},
): Record<string, unknown> {
  const base = interactionBase(3, place);
  return {
    ...base,
    message: {
      id: snowflake(),
      channel_id: base.channel_id,
      author: botUser(),
      content: '',
      timestamp: '2026-11-28T00:00:00.000Z',
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    },
    data: { custom_id: customId, component_type: 2 },
  };
}

export interface MessageOptions {
  /** Users the message mentions (their ids); the bot's id makes it a question for the bot. */
  mentions?: string[];
  dm?: boolean;
  authorIsBot?: boolean;
}

/** MESSAGE_CREATE as Discord sends it (before the Message Content rule the gateway fake applies). */
export function messageCreate(
  content: string,
  options: MessageOptions = {},
): Record<string, unknown> {
  const author = options.authorIsBot ? { ...user(DISCORD_IDS.otherUser), bot: true } : user();
  const where = options.dm
    ? { channel_id: DISCORD_IDS.dmChannel, channel_type: 1 }
    : {
        channel_id: DISCORD_IDS.channel,
        guild_id: DISCORD_IDS.guild,
        channel_type: 0,
        member: {
          roles: [],
          joined_at: '2026-11-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
      };
  return {
    id: snowflake(),
    ...where,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: (options.mentions ?? []).map((id) => (id === DISCORD_IDS.bot ? botUser() : user(id))),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** `<@id>` as Discord writes a user mention in message content. */
export const mention = (id: string): string => `<@${id}>`;
