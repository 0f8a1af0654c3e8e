// The one interactionCreate handler: routes to /ask, autocomplete and buttons, and turns any
// failure into a log line and an apology, never into a crash.
import type { Interaction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { answerAskCommand } from './ask-command';
import { answerAutocomplete } from './autocomplete';
import { answerButton } from './buttons';
import { ASK_COMMAND } from './commands';
import type { HandlerContext } from './context';
import { replyState, sendApology } from './error-reply';
import { renderNotice } from './render';

export const UNKNOWN_COMMAND = 'I do not know this command any more. Please use /ask.';

async function route(interaction: Interaction, ctx: HandlerContext): Promise<void> {
  if (interaction.isAutocomplete()) {
    await (interaction.commandName === ASK_COMMAND
      ? answerAutocomplete(interaction, ctx)
      : interaction.respond([]));
  } else if (interaction.isChatInputCommand()) {
    if (interaction.commandName === ASK_COMMAND) await answerAskCommand(interaction, ctx);
    else
      await interaction.reply({ ...renderNotice(UNKNOWN_COMMAND), flags: MessageFlags.Ephemeral });
  } else if (interaction.isButton()) {
    await answerButton(interaction, ctx);
  }
}

async function recover(
  interaction: Interaction,
  ctx: HandlerContext,
  error: unknown,
): Promise<void> {
  const fields = { error, interaction: interaction.type };
  try {
    if (interaction.isAutocomplete()) {
      ctx.logger.error('discord autocomplete failed', fields);
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isRepliable()) {
      // Logged before the apology goes out, with the state that decides how it goes out.
      ctx.logger.error('discord interaction failed; sending an apology', {
        ...fields,
        state: replyState(interaction),
      });
      await sendApology(interaction);
    } else {
      ctx.logger.error('discord interaction failed', fields);
    }
  } catch (apologyError) {
    // The interaction token may have expired (3 s, 15 min); nothing more can reach the user.
    ctx.logger.error('discord apology could not be sent', { apologyError });
  }
}

/** Handles one interaction; resolves (never rejects) once the user has an answer or an apology. */
export async function handleInteraction(
  interaction: Interaction,
  ctx: HandlerContext,
): Promise<void> {
  try {
    await route(interaction, ctx);
  } catch (error) {
    await recover(interaction, ctx, error);
  }
}
