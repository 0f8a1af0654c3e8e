// The real bot (real engine, real discord.js) against the Discord stand-in: what the
// integration tests start in beforeAll and stop in afterAll.
import path from 'node:path';
import type { RunningAdapter } from '../../adapters/types';
import type { DiscordConfig } from '../../adapters/discord';
import { startDiscord } from '../../adapters/discord';
import type { Assistant, FeedbackRecord, Logger, QuestionLog, QuestionRecord } from '../../src';
import { createAssistant, createEngine, loadKnowledge } from '../../src';
import { startDiscordFake } from './discord-fake';
import type { DiscordFake } from './discord-fake';
import { DISCORD_IDS, DISCORD_TOKEN } from './discord-ids';
import { Recorder } from './recorder';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'knowledge');

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** A logger that keeps every line, so tests can look for warnings and for leaked secrets. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A question log in memory: questions get ids q1, q2…; feedback is kept for assertions. */
export function memoryQuestionLog(): QuestionLog & {
  questions: QuestionRecord[];
  feedback: Recorder<FeedbackRecord>;
} {
  const questions: QuestionRecord[] = [];
  // Votes are stored after the user is thanked, so tests wait for them rather than read them.
  const feedback = new Recorder<FeedbackRecord>((f) => `${f.vote} ${f.entryId}`);
  return {
    questions,
    feedback,
    recordQuestion: (record) => {
      questions.push(record);
      return `q${String(questions.length)}`;
    },
    recordFeedback: (record) => {
      feedback.push(record);
    },
    close: () => undefined,
  };
}

/** The real assistant over the real engine, on a fixture knowledge base. */
export function fixtureAssistant(folder: string, log: QuestionLog, logger: Logger): Assistant {
  const loaded = loadKnowledge(path.join(FIXTURES, folder));
  if (!loaded.ok)
    throw new Error(`fixture ${folder} is invalid: ${JSON.stringify(loaded.problems)}`);
  const engine = createEngine(loaded.kb);
  return createAssistant({ engine: () => engine, log, logger });
}

export function fakeConfig(
  fake: DiscordFake,
  overrides: Partial<DiscordConfig> = {},
): DiscordConfig {
  return {
    token: DISCORD_TOKEN,
    applicationId: DISCORD_IDS.application,
    guildId: null,
    apiUrl: fake.apiUrl,
    ...overrides,
  };
}

export interface RunningBot {
  fake: DiscordFake;
  adapter: RunningAdapter;
  log: ReturnType<typeof memoryQuestionLog>;
  logger: ReturnType<typeof recordingLogger>;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Fixture folder under tests/fixtures/knowledge (default "good"). */
  knowledge?: string;
  /** Only where a test needs behaviour the engine cannot produce on demand (a thrown error). */
  assistant?: (real: Assistant) => Assistant;
}

/** Starts the stand-in, then the bot against it; resolves once the bot is ready. */
export async function startBot(options: BotOptions = {}): Promise<RunningBot> {
  const fake = await startDiscordFake();
  const log = memoryQuestionLog();
  const logger = recordingLogger();
  const real = fixtureAssistant(options.knowledge ?? 'good', log, logger);
  const assistant = options.assistant ? options.assistant(real) : real;
  try {
    const adapter = await startDiscord(assistant, fakeConfig(fake), logger);
    return {
      fake,
      adapter,
      log,
      logger,
      stop: async () => {
        await adapter.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
