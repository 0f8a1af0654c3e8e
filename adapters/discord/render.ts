// An assistant reply as a Discord message: one embed (title, answer, sources), then buttons.
import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIEmbedField,
} from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { AssistantReply, SourceRef, Suggestion } from '../../src';
import { entryActionId, voteActionId } from './custom-ids';
import { ECHO_CHARS, LIMITS } from './limits';
import { escapeUserText, truncate } from './text';

/** Nobody is ever pinged: not @everyone/@here, not roles, not users, not the replied-to author. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false });

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

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

const COLORS = { answer: 0x5865f2, help: 0xed4245, fallback: 0x99aab5 } as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// Titles in a source line are cut so that several sources fit one field (1024 characters).
const SOURCE_TITLE_CHARS = 200;

/** "2012-06-21" → "21 June 2012", the same in every locale; anything else unchanged. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${String(Number(match[3]))} ${month} ${match[1] ?? ''}` : date;
}

// encodeURIComponent leaves brackets alone; in a masked link they must be escaped.
const URL_ESCAPES: Record<string, string> = { '(': '%28', ')': '%29' };

function sourceLine(source: SourceRef): string {
  const title = truncate(source.title, SOURCE_TITLE_CHARS).replace(/[[\]]/g, (c) => `\\${c}`);
  // Brackets and spaces would end the masked link early.
  const url = source.url.replace(/[()\s]/g, (c) => URL_ESCAPES[c] ?? '%20');
  return `[${title}](${url}) · ${formatDate(source.date)}`;
}

function sourcesField(sources: readonly SourceRef[]): APIEmbedField | null {
  const lines: string[] = [];
  let length = 0;
  for (const line of sources.map(sourceLine)) {
    if (length + line.length + 1 > LIMITS.embedFieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  if (lines.length === 0) return null;
  return { name: lines.length === 1 ? 'Source' : 'Sources', value: lines.join('\n') };
}

function answerEmbed(reply: AssistantReply): APIEmbed {
  const embed: APIEmbed = {
    color: COLORS[reply.kind],
    // Answers are at most 3000 characters (schema), so only an unusually long fallback is cut.
    description: truncate(reply.answer, LIMITS.embedDescription),
  };
  if (reply.title !== null) embed.title = truncate(reply.title, LIMITS.embedTitle);
  const field = sourcesField(reply.sources);
  if (field) embed.fields = [field];
  return embed;
}

function buttonRow(buttons: APIButtonComponent[]): ButtonRow | null {
  return buttons.length === 0
    ? null
    : { type: ComponentType.ActionRow, components: buttons.slice(0, LIMITS.buttonsPerRow) };
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
function replyComponents(reply: AssistantReply): ButtonRow[] {
  const suggested = new Set(reply.suggestions.map((s) => s.id));
  const related = reply.related.filter((r) => !suggested.has(r.id) && r.id !== reply.entryId);
  const votes =
    reply.kind === 'answer' && reply.entryId !== null
      ? voteButtons(reply.entryId, reply.logId)
      : [];
  return [
    buttonRow(entryButtons(reply.suggestions, ButtonStyle.Primary)),
    buttonRow(entryButtons(related, ButtonStyle.Secondary)),
    buttonRow(votes),
  ].filter((row): row is ButtonRow => row !== null);
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
