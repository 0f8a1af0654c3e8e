// Button clicks: "Did you mean" / related questions answer that entry; 👍/👎 record feedback.
import type { ButtonInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { Vote } from '../../src';
import type { HandlerContext } from './context';
import { parseActionId } from './custom-ids';
import { renderNotice, renderReply } from './render';

export const STALE_BUTTON = 'This button no longer works. Please ask again with /ask.';
export const GONE_ENTRY =
  'That answer is no longer in the knowledge base. Please ask again with /ask.';

export function thanksFor(vote: Vote): string {
  return vote === 'up'
    ? 'Thanks for the feedback!'
    : 'Thanks for the feedback: the maintainers will look at this answer. You can also try asking in other words.';
}

async function answerEntryClick(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
  entryId: string,
): Promise<void> {
  // Ephemeral: whoever clicks gets the answer without adding a message to the channel for everyone.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = ctx.assistant.answerEntry(entryId, 'discord');
  await interaction.editReply(
    reply ? renderReply(reply, { echoQuestion: false }) : renderNotice(GONE_ENTRY),
  );
}

async function recordVote(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
  vote: Vote,
  entryId: string,
  logId: string | null,
): Promise<void> {
  // Thank first: the click is acknowledged at once, however long storing the vote takes.
  await interaction.reply({ ...renderNotice(thanksFor(vote)), flags: MessageFlags.Ephemeral });
  ctx.assistant.feedback(entryId, vote, 'discord', logId);
}

export async function answerButton(
  interaction: ButtonInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const action = parseActionId(interaction.customId);
  if (action === null) {
    await interaction.reply({ ...renderNotice(STALE_BUTTON), flags: MessageFlags.Ephemeral });
  } else if (action.kind === 'entry') {
    await answerEntryClick(interaction, ctx, action.entryId);
  } else {
    await recordVote(interaction, ctx, action.vote, action.entryId, action.logId);
  }
}
