// An engine reply as one or more Slack messages within Slack's limits, the text fallback always set.
import type { types } from '@slack/bolt';
import type { AssistantReply } from '../../src';
import { escapeMrkdwn } from './mrkdwn';
import { BLOCKS_PER_MESSAGE_MAX, FALLBACK_TEXT_MAX, MESSAGE_TEXT_BUDGET } from './limits';
import {
  actionBlock,
  answerSections,
  clip,
  questionContext,
  sourceBlocks,
  suggestionBlocks,
} from './render-blocks';

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Notification and accessibility fallback; never empty. */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** Quote the question back (slash commands and shared answers: the question is not visible otherwise). */
  echoQuestion?: 'You asked:' | 'Question:';
  /** Add "Share in channel" carrying this key (ephemeral replies only). */
  shareKey?: string | null;
}

/** Blocks that must stay in one message, e.g. a heading and its buttons. */
type Unit = KnownBlock[];

function textOf(block: KnownBlock): string {
  if (block.type === 'section') return block.text?.text ?? '';
  if (block.type === 'context') {
    return block.elements
      .map((e) => ('text' in e && typeof e.text === 'string' ? e.text : ''))
      .join(' ');
  }
  return '';
}

function units(reply: AssistantReply, options: RenderOptions): Unit[] {
  // A help reply does not quote the question back (it may be a disclosure): its answer comes first.
  const echo =
    options.echoQuestion && reply.kind !== 'help'
      ? [[questionContext(reply.question, options.echoQuestion)]]
      : [];
  const answer = answerSections(reply.answer).map((block) => [block]);
  const heading = reply.kind === 'fallback' ? 'Did you mean:' : 'You may also want:';
  const rest: Unit[] = [
    ...sourceBlocks(reply.sources).map((block) => [block]),
    suggestionBlocks(heading, reply.suggestions, 0),
    suggestionBlocks('Related:', reply.related, reply.suggestions.length),
    actionBlock(reply, options.shareKey ?? null),
  ];
  return [...echo, ...answer, ...rest].filter((unit) => unit.length > 0);
}

function fallbackText(blocks: readonly KnownBlock[]): string {
  const text = blocks
    .filter((b) => b.type === 'section')
    .map(textOf)
    .join('\n\n');
  return clip(text === '' ? 'Answer options' : text, FALLBACK_TEXT_MAX);
}

/**
 * Renders a reply as Slack messages: usually one; more when the blocks exceed 50 or about
 * 12,000 characters, so a long answer is split across messages rather than rejected by Slack.
 */
export function renderReply(reply: AssistantReply, options: RenderOptions = {}): SlackMessage[] {
  const messages: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let chars = 0;
  for (const unit of units(reply, options)) {
    const size = unit.reduce((sum, block) => sum + textOf(block).length, 0);
    const full =
      current.length + unit.length > BLOCKS_PER_MESSAGE_MAX || chars + size > MESSAGE_TEXT_BUDGET;
    if (full && current.length > 0) {
      messages.push(current);
      current = [];
      chars = 0;
    }
    current.push(...unit);
    chars += size;
  }
  if (current.length > 0) messages.push(current);
  return messages.map((blocks) => ({ text: fallbackText(blocks), blocks }));
}

/** A short message without blocks (an apology, a thank-you); the text is escaped. */
export function renderNotice(text: string): SlackMessage {
  return { text: escapeMrkdwn(text), blocks: [] };
}

/** The fields chat.postMessage, chat.postEphemeral and respond() take; no blocks when there are none. */
export function messageFields(message: SlackMessage): { text: string; blocks?: KnownBlock[] } {
  return message.blocks.length > 0
    ? { text: message.text, blocks: message.blocks }
    : { text: message.text };
}
