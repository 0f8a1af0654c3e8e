// An assistant reply as a Discord message: one embed (title, answer, sources), then buttons.
import type { APIEmbed } from 'discord.js';
import type { AssistantReply } from '../../src';
import { ECHO_CHARS, LIMITS } from './limits';
import type { ButtonRow } from './reply-buttons';
import { replyComponents } from './reply-buttons';
import { answerEmbed } from './reply-embed';
import { escapeUserText, truncate } from './text';

/** Nobody is ever pinged: not @everyone/@here, not roles, not users, not the replied-to author. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false });

/** What every handler sends: content, embeds and buttons, with pings switched off. */
export interface RenderedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  allowedMentions: typeof NO_MENTIONS;
}

export interface RenderOptions {
  /** Quote the user's question back (slash commands: nobody else sees what was typed). */
  echoQuestion: boolean;
}

/** The echoed question: cut, on one line, markdown escaped and unable to mention anyone. */
function echoLine(question: string): string {
  const oneLine = truncate(question.replace(/\s+/g, ' ').trim(), ECHO_CHARS);
  return truncate(`**You asked:** ${escapeUserText(oneLine)}`, LIMITS.content);
}

/**
 * Renders a reply. The answer goes in the embed description (4096) rather than the content
 * (2000), so a full 3000-character answer is never cut; help replies are never echoed (the
 * question may be a disclosure) and come first, complete.
 */
export function renderReply(reply: AssistantReply, options: RenderOptions): RenderedMessage {
  const rendered: RenderedMessage = {
    embeds: [answerEmbed(reply)],
    components: replyComponents(reply),
    allowedMentions: NO_MENTIONS,
  };
  const echo =
    options.echoQuestion &&
    reply.kind !== 'help' &&
    reply.question.trim() !== '' &&
    reply.question !== reply.title;
  if (echo) rendered.content = echoLine(reply.question);
  return rendered;
}

/** A short notice (errors, thanks, hints) with pings switched off. */
export function renderNotice(text: string): RenderedMessage {
  return {
    content: truncate(text, LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
