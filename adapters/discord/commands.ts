// The application commands the bot offers: /ask question:<text> [private:<bool>].
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
} from 'discord.js';
import { MAX_INPUT_CHARS } from '../../src';

export const ASK_COMMAND = 'ask';
export const QUESTION_OPTION = 'question';
export const PRIVATE_OPTION = 'private';

/** The /ask command: autocomplete on the question; usable in servers and in DMs with the bot. */
export function askCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(ASK_COMMAND)
    .setDescription('Ask about the Global Alliance against Child Sexual Abuse Online')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName(QUESTION_OPTION)
        .setDescription('Your question; pick a suggestion or type your own')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(MAX_INPUT_CHARS),
    )
    .addBooleanOption((option) =>
      option
        .setName(PRIVATE_OPTION)
        .setDescription('Only you see the answer (default: everyone in the channel)'),
    )
    .toJSON();
}

/** Every command, as `PUT /applications/{app}/commands` takes them. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [askCommand()];
}
