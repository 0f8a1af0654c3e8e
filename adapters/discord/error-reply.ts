// The one apology for a failed interaction, sent the way the interaction's state still allows.
import type { RepliableInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { renderNotice } from './render';

export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

export type ReplyState = 'fresh' | 'deferred' | 'replied';

/** Where an interaction stands: nothing sent yet, "thinking…" shown, or a reply already out. */
export function replyState(interaction: RepliableInteraction): ReplyState {
  if (interaction.replied) return 'replied';
  return interaction.deferred ? 'deferred' : 'fresh';
}

/**
 * Tells the user that answering failed: a first (ephemeral) reply when nothing was sent yet, an
 * edit of the "thinking…" message after a deferral, an ephemeral follow-up after a reply (a
 * second reply() would be rejected by discord.js as InteractionAlreadyReplied).
 */
export async function sendApology(interaction: RepliableInteraction): Promise<ReplyState> {
  const state = replyState(interaction);
  const notice = renderNotice(APOLOGY);
  if (state === 'deferred') await interaction.editReply(notice);
  else if (state === 'replied')
    await interaction.followUp({ ...notice, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ ...notice, flags: MessageFlags.Ephemeral });
  return state;
}
