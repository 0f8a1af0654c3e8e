// Socket Mode against a local WebSocket stand-in: hello, envelopes, acks, answers over the Web API.
import { startSlack } from '../../../adapters/slack';
import type { RunningSlack } from '../../fakes/slack-harness';
import {
  APP_TOKEN,
  BOT_TOKEN,
  fixtureAssistant,
  memoryQuestionLog,
  recordingLogger,
  startSlackBot,
  testConfig,
} from '../../fakes/slack-harness';
import { startFakeSlackSocket } from '../../fakes/slack-socket';
import { commandPayload, eventEnvelope, mentionEvent } from '../../fakes/slack-signing';
import type { SlackCall } from '../../fakes/slack-web-api';
import { startFakeSlackWebApi, textsOf } from '../../fakes/slack-web-api';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot({ socketMode: true });
});

afterAll(async () => {
  await bot.stop();
});

const inThread = (ts: string) => (c: SlackCall) =>
  c.method === 'chat.postMessage' && c.body.thread_ts === ts;

describe('GIVEN the bot in Socket Mode (SLACK_APP_TOKEN set)', () => {
  it('THEN it opened the connection with the app-level token and started after hello', async () => {
    const open = await bot.api.calls.waitFor((c) => c.method === 'apps.connections.open');
    expect(open.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    await bot.socket!.connected();
    expect(bot.adapter.mode).toBe('socket');
  });

  it('WHEN a mention arrives in an events_api envelope THEN it is acked and answered in its thread', async () => {
    bot.socket!.send({
      envelope_id: 'env-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: eventEnvelope('Ev-sock-1', mentionEvent('what are the goals?', '700.0001')),
    });
    const ack = await bot.socket!.acks.waitFor((a) => a.envelope_id === 'env-1');
    expect(ack.envelope_id).toBe('env-1');
    const call = await bot.api.calls.waitFor(inThread('700.0001'));
    expect(textsOf(call).join('\n')).toContain('four shared goals');
  });

  it('WHEN a slash command arrives THEN it is acked and answered ephemerally through response_url', async () => {
    bot.socket!.send({
      envelope_id: 'env-2',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: commandPayload({
        text: 'who called for it?',
        responseUrl: bot.api.responseUrl('sock-cmd'),
      }),
    });
    await bot.socket!.acks.waitFor((a) => a.envelope_id === 'env-2');
    const reply = await bot.api.calls.waitFor(
      (c) => c.method === 'response_url' && c.responseUrlId === 'sock-cmd',
    );
    expect(reply.body.response_type).toBe('ephemeral');
    expect(textsOf(reply).join('\n')).toContain('Copenhagen');
  });

  it('WHEN Slack retries an envelope (retry_attempt) THEN the event is answered once', async () => {
    const payload = eventEnvelope('Ev-sock-retry', mentionEvent('who called for it?', '700.0002'));
    bot.socket!.send({ envelope_id: 'env-3', type: 'events_api', payload });
    bot.socket!.send({
      envelope_id: 'env-4',
      type: 'events_api',
      retry_attempt: 1,
      retry_reason: 'timeout',
      payload,
    });
    await bot.socket!.acks.waitFor((a) => a.envelope_id === 'env-4');
    await bot.api.calls.waitFor(inThread('700.0002'));
    // Barrier: a later event answered means the retry was handled (dropped without I/O).
    bot.socket!.send({
      envelope_id: 'env-5',
      type: 'events_api',
      payload: eventEnvelope('Ev-sock-barrier', mentionEvent('goals', '700.0003')),
    });
    await bot.api.calls.waitFor(inThread('700.0003'));
    expect(bot.api.calls.filter(inThread('700.0002'))).toHaveLength(1);
  });
});

describe('GIVEN startSlack, the production entry point, in Socket Mode', () => {
  it('THEN it connects, logs that it runs (no secret in the log), and stop() closes the socket', async () => {
    const api = await startFakeSlackWebApi();
    const socket = await startFakeSlackSocket();
    api.socketUrl = socket.url;
    const logger = recordingLogger();
    try {
      const assistant = fixtureAssistant('good', memoryQuestionLog(), logger);
      const config = testConfig(api, { appToken: APP_TOKEN, signingSecret: null });
      const running = await startSlack(assistant, config, logger);
      expect(running.name).toBe('slack');
      await socket.connected();
      expect(logger.lines.map((l) => l.message)).toContain('slack connected in Socket Mode');
      await running.stop();
      const logged = JSON.stringify(logger.lines);
      expect(logged).not.toContain(APP_TOKEN);
      expect(logged).not.toContain(BOT_TOKEN);
    } finally {
      await socket.close();
      await api.close();
    }
  });
});
