// Renders a reply as plain text for the terminal and the CLI.
import type { Reply, SourceRef, Suggestion } from '../types';

export function formatSource(source: SourceRef): string {
  return `${source.title} (${source.date}) ${source.url}`;
}

function list(title: string, items: readonly Suggestion[]): string[] {
  return items.length === 0 ? [] : ['', title, ...items.map((s) => `  • ${s.question}`)];
}

/** The answer, its sources, and what to ask next. */
export function renderPlain(reply: Reply): string {
  const lines = [reply.answer];
  if (reply.sources.length > 0) {
    lines.push(
      '',
      reply.sources.length === 1 ? 'Source:' : 'Sources:',
      ...reply.sources.map((s) => `  ${formatSource(s)}`),
    );
  }
  const suggestionTitle =
    reply.kind === 'answer' && reply.answered
      ? 'You may also want:'
      : reply.kind === 'help'
        ? 'You may also want:'
        : 'Did you mean:';
  lines.push(...list(suggestionTitle, reply.suggestions));
  lines.push(...list('Related:', reply.related));
  return lines.join('\n');
}
