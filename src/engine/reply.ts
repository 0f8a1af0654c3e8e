// Builds the replies the engine returns: an entry's answer, the help answer, or the fallback.
import type { Entry, KnowledgeBase, Reply, SourceRef, Suggestion } from '../types';

export function toSuggestion(entry: Entry): Suggestion {
  return { id: entry.id, question: entry.questions[0] ?? entry.id };
}

export interface ReplyContext {
  kb: KnowledgeBase;
  /** The reporting/help entry, offered with every fallback. */
  help: Entry | undefined;
  entriesById: ReadonlyMap<string, Entry>;
  sourcesById: ReadonlyMap<string, SourceRef>;
}

export function entryReply(
  ctx: ReplyContext,
  entry: Entry,
  question: string,
  options: { confidence: number; answer?: string; suggestions?: Suggestion[] },
): Reply {
  return {
    question,
    answered: true,
    kind: entry.kind === 'help' ? 'help' : 'answer',
    entryId: entry.id,
    title: entry.questions[0] ?? null,
    answer: options.answer ?? entry.answer,
    confidence: round(options.confidence),
    sources: entry.sources.flatMap((id) => {
      const source = ctx.sourcesById.get(id);
      return source ? [source] : [];
    }),
    suggestions: options.suggestions ?? [],
    related: entry.related.flatMap((id) => {
      const related = ctx.entriesById.get(id);
      return related ? [toSuggestion(related)] : [];
    }),
  };
}

/**
 * What the bot says when it does not answer: that it does not know (with what it can answer), or
 * that the question is ambiguous. Safety routing cannot recognise every way a person in need puts
 * it, so every such reply also points to the help answer.
 */
export function fallbackText(
  kb: KnowledgeBase,
  hasSuggestions: boolean,
  help: Entry | undefined,
  ambiguous = false,
  reason = "I don't know the answer to that from my sources.",
): string {
  const helpLine = help
    ? `\nIf you need help, or want to report child sexual abuse material, ask: "${help.questions[0] ?? ''}"`
    : '';
  if (ambiguous && hasSuggestions) {
    return `Your question could mean more than one thing. Which of the questions below do you mean?${helpLine}`;
  }
  const topics = kb.topics.map((topic) => `• ${topic}`).join('\n');
  const next = hasSuggestions
    ? 'Perhaps one of the suggestions below is what you mean; otherwise try asking in other words.'
    : 'Try asking in other words, or ask "what can you answer?".';
  return `${reason} I can answer questions about:\n${topics}\n${next}${helpLine}`;
}

export function fallbackReply(
  ctx: ReplyContext,
  question: string,
  confidence: number,
  suggestions: Suggestion[],
  ambiguous = false,
  /** Why the bot does not know, from a decline entry; the general sentence otherwise. */
  reason?: string,
): Reply {
  return {
    question,
    answered: false,
    kind: 'fallback',
    entryId: null,
    title: null,
    answer: fallbackText(ctx.kb, suggestions.length > 0, ctx.help, ambiguous, reason),
    confidence: round(confidence),
    sources: [],
    suggestions,
    related: ctx.help ? [toSuggestion(ctx.help)] : [],
  };
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000;
}
