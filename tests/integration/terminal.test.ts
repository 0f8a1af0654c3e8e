// The terminal chat over injected streams, with the real engine on the fixture knowledge base.
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runTerminalChat } from '../../adapters/terminal';
import { createAssistant, createEngine, loadKnowledge, silentLogger } from '../../src';
import type { QuestionLog, QuestionRecord } from '../../src';

function setup() {
  const loaded = loadKnowledge(path.join('tests', 'fixtures', 'knowledge', 'good'));
  if (!loaded.ok) throw new Error('fixture knowledge base is invalid');
  const engine = createEngine(loaded.kb);
  const records: QuestionRecord[] = [];
  const log: QuestionLog = {
    recordQuestion: (r) => {
      records.push(r);
      return String(records.length);
    },
    recordFeedback: () => undefined,
    close: () => undefined,
  };
  return {
    assistant: createAssistant({ engine: () => engine, log, logger: silentLogger }),
    records,
  };
}

async function chat(
  lines: string[],
  interactive = false,
): Promise<{ output: string; records: QuestionRecord[] }> {
  const { assistant, records } = setup();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end(lines.join('\n') + '\n');
  await runTerminalChat({ assistant, input, output, interactive });
  return { output: text, records };
}

describe('terminal chat', () => {
  it('GIVEN piped questions THEN it answers each line in order and ends with its input', async () => {
    const { output } = await chat([
      'what are the goals',
      'who won eurovision in 2012',
      'how do I report abuse images',
    ]);
    const goals = output.indexOf('four shared goals');
    const unknown = output.indexOf("I don't know");
    const help = output.indexOf('112 in the EU');
    expect(goals).toBeGreaterThanOrEqual(0);
    expect(unknown).toBeGreaterThan(goals);
    expect(help).toBeGreaterThan(unknown);
    expect(output).toContain('Source:');
  });

  it('GIVEN the number of a suggestion THEN that entry is answered', async () => {
    const { output } = await chat(['what is the global alliance', '1']);
    expect(output).toContain('1. What are the four goals of the Global Alliance?');
    expect(output.split('four shared goals').length - 1).toBe(1);
  });

  it('GIVEN an interactive session THEN it greets, prompts, and stops at "exit"', async () => {
    const { output } = await chat(['hello', 'exit', 'what are the goals'], true);
    expect(output).toContain('Ask me about the Global Alliance');
    expect(output).toContain('you> ');
    expect(output).toContain('bot> Hello!');
    expect(output).not.toContain('four shared goals');
  });

  it('logs each question for the maintainers as coming from the terminal', async () => {
    const { records } = await chat(['what are the goals', 'how do I report abuse images']);
    expect(records.map((r) => [r.platform, r.entryId, r.question])).toEqual([
      ['terminal', 'four-goals', 'what are the goals'],
      ['terminal', 'reporting-and-help', null],
    ]);
  });
});
