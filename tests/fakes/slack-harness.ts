// The real Slack adapter (real engine, real Bolt) against the Slack stand-ins: what the Slack
// integration tests start in beforeAll and stop in afterAll.
import type { SlackAdapter, SlackConfig } from '../../adapters/slack';
import { createSlackApp } from '../../adapters/slack';
import type { Assistant } from '../../src';
import { SIGNING_SECRET } from './slack-signing';
import type { FakeSlackSocket } from './slack-socket';
import { startFakeSlackSocket } from './slack-socket';
import type { FakeSlackWebApi } from './slack-web-api';
import { startFakeSlackWebApi } from './slack-web-api';

export { FIXTURES as SLACK_FIXTURES } from './bot-harness';
export const BOT_TOKEN = 'xoxb-test-0000-bot-token';
export const APP_TOKEN = 'xapp-1-test-app-token';

import { fixtureAssistant, memoryQuestionLog, recordingLogger } from './bot-harness';

export { fixtureAssistant, memoryQuestionLog, recordingLogger };
export type { LogLine } from './bot-harness';

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
