// Mentions in server channels and direct messages: both arrive with their text even without the
// privileged Message Content intent, and are answered in place.
import type { Message } from 'discord.js';
import type { HandlerContext } from './context';
import { renderNotice, renderReply } from './render';
import { plainQuestion } from './text';

export const MENTION_HINT = 'Ask me a question after the mention, or use /ask.';
export const DM_HINT = 'Ask me a question about the Global Alliance, or use /ask.';

/** Whether a message is for the bot: a DM from a person, or a server message mentioning the bot. */
export function isForBot(message: Message, botUserId: string): boolean {
  if (message.author.bot || message.system) return false;
  // mentions.users holds direct mentions (and a pinged reply author), never @everyone/@here or roles.
  return !message.inGuild() || message.mentions.users.has(botUserId);
}

export async function answerMessage(
  message: Message,
  ctx: HandlerContext,
  botUserId: string,
): Promise<void> {
  if (!isForBot(message, botUserId)) return;
  const question = plainQuestion(message.content);
  const hint = message.inGuild() ? MENTION_HINT : DM_HINT;
  const payload =
    question === ''
      ? renderNotice(hint)
      : renderReply(ctx.assistant.ask(question, 'discord'), { echoQuestion: false });
  // In a channel the answer replies to the question (a message reference); a DM is a conversation.
  if (message.inGuild() || !message.channel.isSendable()) await message.reply(payload);
  else await message.channel.send(payload);
}
