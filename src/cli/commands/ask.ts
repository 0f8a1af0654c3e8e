// `alliance-bot ask`: one question (human-readable, --json or --explain) or --jsonl over stdin.
import readline from 'node:readline';
import { createEngine } from '../../engine/engine';
import { DEFAULT_SETTINGS } from '../../engine/settings';
import { renderPlain } from '../../format/plain';
import type { Engine, Explanation, Reply } from '../../types';
import type { CliCommand, CliIo } from '../command';
import { CliError } from '../command';
import { knowledgeDir, loadOrFail } from '../knowledge-option';
import { KB_OPTION, parseOptions } from '../parse-options';

const USAGE =
  'alliance-bot ask [--kb DIR] [--json | --explain] "question" | alliance-bot ask --jsonl < questions.txt';

/** The JSON contract other tools rely on: keep these fields and their meaning. */
export function toJson(reply: Reply): Record<string, unknown> {
  return {
    question: reply.question,
    answered: reply.answered,
    id: reply.entryId,
    kind: reply.kind,
    answer: reply.answer,
    confidence: reply.confidence,
    sources: reply.sources.map(({ id, title, url }) => ({ id, title, url })),
    suggestions: reply.suggestions.map(({ id, question }) => ({ id, question })),
  };
}

function renderExplanation(explanation: Explanation): string {
  const lines = [
    renderPlain(explanation.reply),
    '',
    `--- explain: ${explanation.reply.kind}${explanation.reply.entryId ? ` ${explanation.reply.entryId}` : ''}, confidence ${explanation.reply.confidence}`,
    `normalised: ${explanation.normalized}`,
  ];
  if (explanation.reading) {
    const { language, words, unread } = explanation.reading;
    const lacking = unread.length > 0 ? ` (not in the glossary: ${unread.join(', ')})` : '';
    lines.push(`read as ${language}: ${words.join(' ')}${lacking}`);
  }
  lines.push(`terms: ${explanation.terms.join(' ') || '(none)'}`);
  if (explanation.corrections.length > 0) {
    lines.push(
      `corrections: ${explanation.corrections.map((c) => `${c.from}→${c.to}`).join(', ')}`,
    );
  }
  if (explanation.safety) lines.push(`safety routing fired on: ${explanation.safety}`);
  if (explanation.declinedBy) lines.push(`declined with the reason of: ${explanation.declinedBy}`);
  lines.push(
    `classifier: ${explanation.agreement.toFixed(3)} for the first candidate (${DEFAULT_SETTINGS.agreementWeight} of the confidence)`,
  );
  const coverage = DEFAULT_SETTINGS.coverageWeight;
  const similarity = Math.round((1 - coverage) * 100) / 100;
  lines.push(
    `candidates (score = ${coverage}·coverage + ${similarity}·similarity ± question type + ${DEFAULT_SETTINGS.fitWeight}·ln fit):`,
  );
  for (const c of explanation.candidates) {
    lines.push(
      `  ${c.score.toFixed(3)}  coverage ${c.coverage.toFixed(3)}  similarity ${c.similarity.toFixed(3)}  fit ${c.fit.toFixed(3)}  ${c.id}  "${c.phrasing}"`,
    );
  }
  return lines.join('\n');
}

async function answerLines(engine: Engine, io: CliIo): Promise<void> {
  const lines = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) io.stdout(JSON.stringify(toJson(engine.ask(line))) + '\n');
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'answer a question (--json, --explain), or one question per stdin line with --jsonl',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      {
        ...KB_OPTION,
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        explain: { type: 'boolean' },
      },
      USAGE,
    );
    const modes = [values.json, values.jsonl, values.explain].filter(Boolean).length;
    if (modes > 1)
      throw new CliError(`choose one of --json, --jsonl and --explain\nusage: ${USAGE}`);
    if (values.jsonl && positionals.length > 0)
      throw new CliError(`--jsonl reads questions from stdin, not arguments\nusage: ${USAGE}`);
    if (!values.jsonl && positionals.length === 0)
      throw new CliError(`ask needs a question\nusage: ${USAGE}`);

    const engine = createEngine(loadOrFail(knowledgeDir(values.kb, io.env), io));
    if (values.jsonl) {
      await answerLines(engine, io);
      return 0;
    }
    const question = positionals.join(' ');
    if (values.json) io.stdout(JSON.stringify(toJson(engine.ask(question))) + '\n');
    else if (values.explain) io.stdout(renderExplanation(engine.explain(question)) + '\n');
    else io.stdout(renderPlain(engine.ask(question)) + '\n');
    return 0;
  },
};
