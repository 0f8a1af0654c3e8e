// The terminal chat: a readline loop over injected streams. Interactive it prompts; piped, it
// answers each line and ends with its input. Typing the number of a suggestion answers it.
import readline from 'node:readline';
import type { Assistant, AssistantReply } from '../../src';
import { renderPlain } from '../../src';

export interface TerminalChatOptions {
  assistant: Assistant;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Prompt and greet only when a person is typing. */
  interactive: boolean;
}

const GREETING =
  'Ask me about the Global Alliance against Child Sexual Abuse Online (June and December 2012, its goals, members and what came after).\n' +
  'Type a question, the number of a suggestion, or "exit".\n';

/** Numbers the suggestions so that typing one answers it. */
function renderNumbered(reply: AssistantReply): string {
  const choices = [...reply.suggestions, ...reply.related];
  const text = renderPlain({ ...reply, suggestions: [], related: [] });
  if (choices.length === 0) return text;
  const title = reply.answered ? 'Ask next (type the number):' : 'Did you mean (type the number):';
  return `${text}\n\n${title}\n${choices.map((c, i) => `  ${i + 1}. ${c.question}`).join('\n')}`;
}

/** Runs until the input ends or the user types exit/quit; resolves when done. */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { assistant, output, interactive } = options;
  const rl = readline.createInterface({
    input: options.input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  const write = (text: string) => output.write(text);
  let choices: string[] = [];
  if (interactive) {
    write(GREETING);
    rl.setPrompt('\nyou> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (interactive && /^(exit|quit|bye)$/i.test(text)) break;
    const picked = /^\d{1,2}$/.test(text) ? choices[Number(text) - 1] : undefined;
    const reply =
      (picked !== undefined ? assistant.answerEntry(picked, 'terminal') : undefined) ??
      assistant.ask(line, 'terminal');
    choices = [...reply.suggestions, ...reply.related].map((s) => s.id);
    write(`${interactive ? '\nbot> ' : ''}${renderNumbered(reply)}\n${interactive ? '' : '\n'}`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
