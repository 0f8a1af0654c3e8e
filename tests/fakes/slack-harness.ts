// The real Slack adapter (real engine, real Bolt) against the Slack stand-ins: what the Slack
// integration tests start in beforeAll and stop in afterAll.
import path from 'node:path';
import type { SlackAdapter, SlackConfig } from '../../adapters/slack';
import { createSlackApp } from '../../adapters/slack';
import type { Assistant, FeedbackRecord, Logger, QuestionLog, QuestionRecord } from '../../src';
import { createAssistant, createEngine, loadKnowledge } from '../../src';
import { Recorder } from './recorder';
import { SIGNING_SECRET } from './slack-signing';
import type { FakeSlackSocket } from './slack-socket';
import { startFakeSlackSocket } from './slack-socket';
import type { FakeSlackWebApi } from './slack-web-api';
import { startFakeSlackWebApi } from './slack-web-api';

export const SLACK_FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'knowledge');
export const BOT_TOKEN = 'xoxb-test-0000-bot-token';
export const APP_TOKEN = 'xapp-1-test-app-token';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** A logger that keeps every line, so tests can look for errors and for leaked secrets. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A question log in memory: questions get ids q1, q2…; feedback is recorded for assertions. */
export function memoryQuestionLog(): QuestionLog & {
  questions: QuestionRecord[];
  feedback: Recorder<FeedbackRecord>;
} {
  const questions: QuestionRecord[] = [];
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

/** The real assistant over the real engine on a fixture (a name) or any knowledge folder (a path). */
export function fixtureAssistant(fixture: string, log: QuestionLog, logger: Logger): Assistant {
  const loaded = loadKnowledge(path.resolve(SLACK_FIXTURES, fixture));
  if (!loaded.ok)
    throw new Error(`fixture ${fixture} does not load: ${JSON.stringify(loaded.problems)}`);
  const engine = createEngine(loaded.kb);
  return createAssistant({ engine: () => engine, log, logger });
}

export function testConfig(
  api: FakeSlackWebApi,
  overrides: Partial<SlackConfig> = {},
): SlackConfig {
  return {
    botToken: BOT_TOKEN,
    appToken: null,
    signingSecret: SIGNING_SECRET,
    port: 0,
    apiUrl: api.apiUrl,
    botId: 'BBOT',
    botUserId: 'UBOT',
    ...overrides,
  };
}

export interface RunningSlack {
  readonly api: FakeSlackWebApi;
  /** Set in Socket Mode only. */
  readonly socket: FakeSlackSocket | null;
  readonly adapter: SlackAdapter;
  /** http://127.0.0.1:PORT/slack/events in HTTP mode. */
  readonly eventsUrl: string;
  readonly log: ReturnType<typeof memoryQuestionLog>;
  readonly logger: ReturnType<typeof recordingLogger>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A folder name under tests/fixtures/knowledge, or an absolute path; default 'good'. */
  fixture?: string;
  socketMode?: boolean;
  /** Replace the real assistant (only where a test needs behaviour the engine cannot produce). */
  assistant?: (real: Assistant) => Assistant;
}

/** Starts the stand-ins and the adapter on 127.0.0.1 (HTTP mode unless socketMode). */
export async function startSlackBot(options: StartOptions = {}): Promise<RunningSlack> {
  // The knowledge first: a fixture that does not load must not leave servers open.
  const log = memoryQuestionLog();
  const logger = recordingLogger();
  const real = fixtureAssistant(options.fixture ?? 'good', log, logger);
  const assistant = options.assistant ? options.assistant(real) : real;
  const api = await startFakeSlackWebApi();
  const socket = options.socketMode === true ? await startFakeSlackSocket() : null;
  api.socketUrl = socket?.url ?? null;
  const config = testConfig(api, socket ? { appToken: APP_TOKEN, signingSecret: null } : {});
  const adapter = createSlackApp(assistant, config, logger, {
    listen: { port: 0, host: '127.0.0.1' },
    // No retries: a failing stand-in must fail the call now, not in minutes.
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const { port } = await adapter.start();
  return {
    api,
    socket,
    adapter,
    eventsUrl: `http://127.0.0.1:${String(port ?? 0)}/slack/events`,
    log,
    logger,
    stop: async () => {
      await adapter.stop();
      await socket?.close();
      await api.close();
    },
  };
}
