// /ask question:<text> [private:<bool>]: acknowledged at once, then answered by the assistant.
import type { ChatInputCommandInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { Assistant, AssistantReply } from '../../src';
import { PRIVATE_OPTION, QUESTION_OPTION } from './commands';
import type { HandlerContext } from './context';
import { parseActionId } from './custom-ids';
import { renderReply } from './render';
import { plainQuestion } from './text';

/**
 * The reply for what arrived in the question option: an autocomplete pick ("entry:<id>") answers
 * that entry directly; anything else is a question. A pick whose entry has since left the
 * knowledge base is asked as the words of its id.
 */
export function resolveQuestion(assistant: Assistant, raw: string): AssistantReply {
  const action = parseActionId(raw.trim());
  if (action?.kind === 'entry') {
    return (
      assistant.answerEntry(action.entryId, 'discord') ??
      assistant.ask(action.entryId.replace(/-/g, ' '), 'discord')
    );
  }
  return assistant.ask(plainQuestion(raw), 'discord');
}

export async function answerAskCommand(
  interaction: ChatInputCommandInteraction,
  ctx: HandlerContext,
): Promise<void> {
  const raw = interaction.options.getString(QUESTION_OPTION, true);
  const isPrivate = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
  // Deferring first keeps the 3-second promise even when answering blocks (a busy question log).
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const reply = resolveQuestion(ctx.assistant, raw);
  ctx.logger.debug('discord /ask answered', { kind: reply.kind, entryId: reply.entryId });
  await interaction.editReply(renderReply(reply, { echoQuestion: true }));
}
