// The buttons under a reply: "Did you mean", related questions, 👍/👎.
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { AssistantReply, Suggestion } from '../../src';
import { entryActionId, voteActionId } from './custom-ids';
import { LIMITS } from './limits';
import { truncate } from './text';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

function buttonRow(buttons: APIButtonComponent[]): ButtonRow | null {
  return buttons.length === 0
    ? null
    : { type: ComponentType.ActionRow, components: buttons.slice(0, LIMITS.buttonsPerRow) };
}

function uniqueById(items: readonly Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

function entryButtons(
  items: readonly Suggestion[],
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
): APIButtonComponent[] {
  return items.map((item) => ({
    type: ComponentType.Button,
    style,
    label: truncate(item.question, LIMITS.buttonLabel),
    custom_id: entryActionId(item.id),
  }));
}

function voteButtons(entryId: string, logId: string | null): APIButtonComponent[] {
  return [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      emoji: { name: '👍' },
      label: 'Helpful',
      custom_id: voteActionId('up', entryId, logId),
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      emoji: { name: '👎' },
      label: 'Not helpful',
      custom_id: voteActionId('down', entryId, logId),
    },
  ];
}

/**
 * Rows: "Did you mean" (the engine's suggestions), related questions, then 👍/👎. Votes only on
 * knowledge answers: not on the help answer (someone who may be in distress is not asked to rate
 * it) and not on the fallback (no entry to rate). custom_ids are unique within the message.
 */
export function replyComponents(reply: AssistantReply): ButtonRow[] {
  // Discord rejects a message whose custom_ids repeat, so each entry gets one button at most.
  const suggestions = uniqueById(reply.suggestions.filter((s) => s.id !== reply.entryId));
  const suggested = new Set(suggestions.map((s) => s.id));
  const related = uniqueById(
    reply.related.filter((r) => !suggested.has(r.id) && r.id !== reply.entryId),
  );
  const votes =
    reply.kind === 'answer' && reply.entryId !== null
      ? voteButtons(reply.entryId, reply.logId)
      : [];
  return [
    buttonRow(entryButtons(suggestions, ButtonStyle.Primary)),
    buttonRow(entryButtons(related, ButtonStyle.Secondary)),
    buttonRow(votes),
  ].filter((row): row is ButtonRow => row !== null);
}
