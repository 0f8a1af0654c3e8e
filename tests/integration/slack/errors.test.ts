// Failures stay inside one event: they are logged without secrets and the user gets a short apology
// where Slack still lets the bot speak; the next event is answered as usual.
import type { RunningSlack } from '../../fakes/slack-harness';
import { BOT_TOKEN, startSlackBot } from '../../fakes/slack-harness';
import {
  commandPost,
  eventPost,
  mentionEvent,
  postSigned,
  SIGNING_SECRET,
} from '../../fakes/slack-signing';
import type { SlackCall } from '../../fakes/slack-web-api';

const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';
const inThread = (ts: string) => (c: SlackCall) =>
  c.method === 'chat.postMessage' && c.body.thread_ts === ts;
const toResponseUrl = (id: string) => (c: SlackCall) =>
  c.method === 'response_url' && c.responseUrlId === id;

function expectNoSecrets(bot: RunningSlack): void {
  const logged = JSON.stringify(bot.logger.lines);
  expect(logged).not.toContain(BOT_TOKEN);
  expect(logged).not.toContain(SIGNING_SECRET);
}

describe('GIVEN the real engine and a Web API that fails', () => {
  let bot: RunningSlack;

  beforeAll(async () => {
    bot = await startSlackBot();
  });

  afterAll(async () => {
    await bot.stop();
  });

  it('WHEN chat.postMessage fails once THEN the error is logged and an apology goes to the thread', async () => {
    bot.api.fail('chat.postMessage', 'msg_too_long', 1);
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-err-1', mentionEvent('what are the goals?', '800.0001')),
    );
    const apology = await bot.api.calls.waitForNth(2, inThread('800.0001'));
    expect(apology.body.text).toBe(APOLOGY);
    const error = bot.logger.lines.find((l) => l.message === 'slack mention could not be answered');
    expect(error?.level).toBe('error');
    expect(String(error?.fields?.error)).toContain('msg_too_long');
    expectNoSecrets(bot);
  });

  it('WHEN the channel is gone (both the answer and the apology fail) THEN both are logged and the bot carries on', async () => {
    bot.api.fail('chat.postMessage', 'channel_not_found', 2);
    await postSigned(bot.eventsUrl, eventPost('Ev-err-2', mentionEvent('goals', '800.0002')));
    await bot.api.calls.waitForNth(2, inThread('800.0002'));
    // The next event is answered normally.
    await postSigned(bot.eventsUrl, eventPost('Ev-err-3', mentionEvent('goals', '800.0003')));
    const next = await bot.api.calls.waitFor(inThread('800.0003'));
    expect(next.body.text).not.toBe(APOLOGY);
    expect(
      bot.logger.lines.filter((l) => l.message === 'slack apology for mention could not be sent'),
    ).toHaveLength(1);
  });

  it('WHEN the response_url refuses the answer THEN it is logged and the apology is tried there', async () => {
    bot.api.fail('response_url', 'expired_url', 1);
    await postSigned(
      bot.eventsUrl,
      commandPost({ text: 'goals', responseUrl: bot.api.responseUrl('err-r') }),
    );
    const apology = await bot.api.calls.waitForNth(2, toResponseUrl('err-r'));
    expect(apology.body).toMatchObject({ response_type: 'ephemeral', text: APOLOGY });
    expect(bot.logger.lines.some((l) => l.message === 'slack /ask could not be answered')).toBe(
      true,
    );
  });
});

describe('GIVEN an assistant that throws', () => {
  let bot: RunningSlack;

  beforeAll(async () => {
    // A fake assistant only here: the real engine cannot be made to throw on demand. The error
    // message carries the bot token to prove the log redacts it.
    bot = await startSlackBot({
      assistant: (real) => ({
        ...real,
        ask: () => {
          throw new Error(`engine exploded while holding ${BOT_TOKEN}`);
        },
      }),
    });
  });

  afterAll(async () => {
    await bot.stop();
  });

  it('THEN /ask gets an ephemeral apology and the error is logged with the token redacted', async () => {
    const ack = await postSigned(
      bot.eventsUrl,
      commandPost({ text: 'goals', responseUrl: bot.api.responseUrl('boom') }),
    );
    expect(ack.status).toBe(200);
    const apology = await bot.api.calls.waitFor(toResponseUrl('boom'));
    expect(apology.body).toMatchObject({ response_type: 'ephemeral', text: APOLOGY });
    const error = bot.logger.lines.find((l) => l.message === 'slack /ask could not be answered');
    expect(String(error?.fields?.error)).toContain('engine exploded while holding [redacted]');
    expectNoSecrets(bot);
  });

  it('THEN a mention gets the apology in its thread', async () => {
    await postSigned(bot.eventsUrl, eventPost('Ev-boom', mentionEvent('goals', '810.0001')));
    const apology = await bot.api.calls.waitFor(inThread('810.0001'));
    expect(apology.body.text).toBe(APOLOGY);
  });
});
