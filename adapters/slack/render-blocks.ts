// The pieces of a Slack reply as Block Kit: answer sections, sources, suggestion and feedback buttons.
import type { types } from '@slack/bolt';
import type { AssistantReply, SourceRef, Suggestion } from '../../src';
import {
  encodeFeedback,
  encodeShare,
  feedbackActionId,
  SHARE_ACTION,
  suggestionActionId,
} from './action-ids';
import {
  ACTIONS_PER_BLOCK_MAX,
  BUTTON_TEXT_MAX,
  BUTTON_VALUE_MAX,
  CONTEXT_TEXT_MAX,
  SECTION_TEXT_MAX,
} from './limits';
import { escapeMrkdwn, mrkdwnLink } from './mrkdwn';
import { splitText } from './split-text';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Text cut to `max` characters with an ellipsis, never inside an escape or a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const [head = ''] = splitText(text, max - 1);
  return `${head}…`;
}

export function section(mrkdwn: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

export function context(mrkdwn: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: clip(mrkdwn, CONTEXT_TEXT_MAX) }] };
}

/** The answer in as many sections as it needs: split, never cut. */
export function answerSections(answer: string): KnownBlock[] {
  return splitText(escapeMrkdwn(answer), SECTION_TEXT_MAX).map(section);
}

export function questionContext(question: string, label: string): KnownBlock {
  return context(`*${label}* ${escapeMrkdwn(question)}`);
}

function sourceLine(source: SourceRef): string {
  return `${mrkdwnLink(source.url, source.title)} (${escapeMrkdwn(source.date)})`;
}

/** One context line per source ("Source: title (date)", the title linked). */
export function sourceBlocks(sources: readonly SourceRef[]): KnownBlock[] {
  return sources.map((source, i) =>
    context(
      `${i === 0 ? (sources.length === 1 ? 'Source: ' : 'Sources: ') : ''}${sourceLine(source)}`,
    ),
  );
}

function button(text: string, actionId: string, value: string): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, BUTTON_TEXT_MAX), emoji: true },
    action_id: actionId,
    value: value.slice(0, BUTTON_VALUE_MAX),
  };
}

/** A heading and one button per entry; a click answers that entry. */
export function suggestionBlocks(
  heading: string,
  items: readonly Suggestion[],
  firstIndex: number,
): KnownBlock[] {
  const buttons = items
    .slice(0, ACTIONS_PER_BLOCK_MAX)
    .map((s, i) => button(s.question, suggestionActionId(firstIndex + i), s.id));
  return buttons.length === 0
    ? []
    : [section(`*${heading}*`), { type: 'actions', elements: buttons }];
}

/** The share value with the question cut until it fits a button value. */
function shareValue(key: string, question: string): string {
  let q = question;
  let value = encodeShare({ key, question: q });
  while (value.length > BUTTON_VALUE_MAX) {
    q = q.slice(0, q.length - (value.length - BUTTON_VALUE_MAX) - 1);
    value = encodeShare({ key, question: q });
  }
  return value;
}

/** 👍/👎 for answers from an entry, and "Share in channel" on ephemeral replies. */
export function actionBlock(reply: AssistantReply, shareKey: string | null): KnownBlock[] {
  const elements: Button[] = [];
  if (reply.kind === 'answer' && reply.entryId !== null) {
    for (const [vote, label] of [
      ['up', '👍 Helpful'],
      ['down', '👎 Not helpful'],
    ] as const) {
      const value = encodeFeedback({ entryId: reply.entryId, vote, logId: reply.logId });
      elements.push(button(label, feedbackActionId(vote), value));
    }
  }
  if (shareKey !== null) {
    elements.push(button('Share in channel', SHARE_ACTION, shareValue(shareKey, reply.question)));
  }
  return elements.length === 0 ? [] : [{ type: 'actions', elements }];
}
