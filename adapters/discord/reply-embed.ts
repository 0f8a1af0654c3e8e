// The embed of a reply: the matched question as title, the answer, the sources with date and link.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { AssistantReply, SourceRef } from '../../src';
import { LIMITS } from './limits';
import { truncate } from './text';

export const SUGGESTIONS_FOOTER = 'Not quite it? Did you mean one of the questions below?';

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

/** One embed; the answer (≤ 3000 by the schema) always fits the 4096 of a description. */
export function answerEmbed(reply: AssistantReply): APIEmbed {
  const embed: APIEmbed = {
    color: COLORS[reply.kind],
    // Answers are at most 3000 characters (schema), so only an unusually long fallback is cut.
    description: truncate(reply.answer, LIMITS.embedDescription),
  };
  if (reply.title !== null) embed.title = truncate(reply.title, LIMITS.embedTitle);
  const field = sourcesField(reply.sources);
  if (field) embed.fields = [field];
  // Near-tie answers carry "Did you mean" buttons; say what they are for.
  if (reply.kind === 'answer' && reply.suggestions.length > 0)
    embed.footer = { text: SUGGESTIONS_FOOTER };
  return embed;
}
