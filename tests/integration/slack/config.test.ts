// Settings come from the environment only; a missing or contradictory one stops the start and
// names the variable; a token Slack refuses fails the start with a hint, never with the token.
import { createSlackApp, readSlackConfig, startSlack } from '../../../adapters/slack';
import { ConfigError } from '../../../src';
import {
  BOT_TOKEN,
  fixtureAssistant,
  memoryQuestionLog,
  recordingLogger,
  testConfig,
} from '../../fakes/slack-harness';
import { eventPost, mentionEvent, postSigned } from '../../fakes/slack-signing';
import { startFakeSlackWebApi } from '../../fakes/slack-web-api';
import type { FakeSlackWebApi } from '../../fakes/slack-web-api';

const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

function configError(env: Record<string, string>): ConfigError {
  try {
    readSlackConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('GIVEN the environment', () => {
  it('THEN without SLACK_BOT_TOKEN Slack is simply not started', () => {
    expect(readSlackConfig({})).toBeNull();
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '  ' })).toBeNull();
  });

  it('THEN HTTP mode reads the token, the secret, PORT (default 3000) and SLACK_API_URL', () => {
    expect(readSlackConfig(HTTP)).toEqual({
      botToken: 'xoxb-1',
      appToken: null,
      signingSecret: 'secret',
      port: 3000,
      apiUrl: null,
      botId: null,
      botUserId: null,
    });
    expect(
      readSlackConfig({ ...HTTP, PORT: '8080', SLACK_API_URL: 'https://slack-gov.com/api' }),
    ).toMatchObject({
      port: 8080,
      apiUrl: 'https://slack-gov.com/api/',
    });
  });

  it('THEN SLACK_APP_TOKEN selects Socket Mode, where no signing secret is needed', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toMatchObject(
      {
        appToken: 'xapp-1',
        signingSecret: null,
      },
    );
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 's' }, 'SLACK_BOT_TOKEN'],
    [{ ...HTTP, SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, 'SLACK_APP_TOKEN'],
    [{ ...HTTP, PORT: 'eighty' }, 'PORT'],
    [{ ...HTTP, PORT: '70000' }, 'PORT'],
    [{ ...HTTP, SLACK_API_URL: 'slack.com/api' }, 'SLACK_API_URL'],
    [{ ...HTTP, SLACK_API_URL: 'ftp://slack.com/api' }, 'SLACK_API_URL'],
    [{ ...HTTP, SLACK_BOT_ID: 'B1' }, 'SLACK_BOT_USER_ID'],
    [{ ...HTTP, SLACK_BOT_USER_ID: 'U1' }, 'SLACK_BOT_ID'],
  ])('THEN %j fails at start naming %s', (env, variable) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('THEN a config error never repeats a secret', () => {
    const error = configError({ SLACK_BOT_TOKEN: 'xoxb-secret-value' });
    expect(error.message).not.toContain('xoxb-secret-value');
  });
});

describe('GIVEN the bot ids are not configured', () => {
  let api: FakeSlackWebApi;

  beforeAll(async () => {
    api = await startFakeSlackWebApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('THEN auth.test runs once at start and the bot mention is still stripped', async () => {
    const log = memoryQuestionLog();
    const logger = recordingLogger();
    const config = testConfig(api, { botId: null, botUserId: null });
    const slack = createSlackApp(fixtureAssistant('good', log, logger), config, logger, {
      listen: { port: 0, host: '127.0.0.1' },
      clientOptions: { retryConfig: { retries: 0 } },
    });
    try {
      const { port } = await slack.start();
      const url = `http://127.0.0.1:${String(port)}/slack/events`;
      await postSigned(url, eventPost('Ev-cfg-1', mentionEvent('goals', '900.0001')));
      await api.calls.waitFor(
        (c) => c.method === 'chat.postMessage' && c.body.thread_ts === '900.0001',
      );
      expect(api.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
      expect(log.questions.at(-1)?.question).toBe('goals');
    } finally {
      await slack.stop();
    }
  });

  it('THEN a token Slack refuses fails the start, naming SLACK_BOT_TOKEN without printing it', async () => {
    api.fail('auth.test', 'invalid_auth');
    const logger = recordingLogger();
    const config = testConfig(api, { botId: null, botUserId: null });
    const start = startSlack(fixtureAssistant('good', memoryQuestionLog(), logger), config, logger);
    await expect(start).rejects.toThrow(/invalid_auth.*check SLACK_BOT_TOKEN/);
    await start.catch((error: unknown) => {
      expect(String(error)).not.toContain(BOT_TOKEN);
    });
  });
});
