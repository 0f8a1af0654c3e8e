// The discord.js Client as the bot needs it: least intents, DMs as partial channels, no pings.
import type { ClientOptions } from 'discord.js';
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from './config';
import { NO_MENTIONS } from './render';

/**
 * Guilds (channel cache, so server messages are not dropped), GuildMessages (mentions) and
 * DirectMessages. Not the privileged MessageContent intent: Discord still sends the text of
 * DMs and of messages that mention the bot, which is all the bot reads.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export function discordClientOptions(config: DiscordConfig): ClientOptions {
  return {
    intents: INTENTS,
    // DM channels are not cached before their first message; without this partial the message is dropped.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    // Replying to a question deleted in the meantime posts a plain message instead of failing.
    failIfNotExists: false,
    ...(config.apiUrl === null ? {} : { rest: { api: config.apiUrl } }),
  };
}

export function createDiscordClient(config: DiscordConfig): Client {
  return new Client(discordClientOptions(config));
}
