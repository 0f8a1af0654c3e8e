// Requests Slack did not sign are refused; no text, the user's or the knowledge base's, can ping.
import type { RunningSlack } from '../../fakes/slack-harness';
import { startSlackBot } from '../../fakes/slack-harness';
import { commandPost, eventPost, mentionEvent, postSigned } from '../../fakes/slack-signing';
import type { SlackCall } from '../../fakes/slack-web-api';
import { textsOf } from '../../fakes/slack-web-api';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot({ fixture: 'slack-long' });
});

afterAll(async () => {
  await bot.stop();
});

const PINGS = /<!channel>|<!here>|<!everyone>|<@U[A-Z0-9]+>|<!subteam/;
const toResponseUrl = (id: string) => (c: SlackCall) =>
  c.method === 'response_url' && c.responseUrlId === id;

describe('GIVEN a request that Slack did not sign', () => {
  it('THEN a wrong signature is refused with 401 and nothing is answered', async () => {
    const before = bot.api.calls.items.length;
    const res = await postSigned(bot.eventsUrl, {
      ...commandPost({ text: 'short entry', responseUrl: bot.api.responseUrl('forged') }),
      secret: 'not-the-signing-secret',
    });
    expect(res.status).toBe(401);
    expect(bot.api.calls.items.length).toBe(before);
  });

  it('THEN a timestamp older than five minutes is refused with 401 (replay)', async () => {
    const res = await postSigned(bot.eventsUrl, {
      ...eventPost('Ev-stale', mentionEvent('short entry', '500.0001')),
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(res.status).toBe(401);
  });
});

describe('GIVEN a question full of mentions', () => {
  const question = 'short entry <!channel> <!here> <@U123> <!subteam^S1|@team> & <b>bold</b>';

  it('THEN the echoed question shows them as text, never as a ping', async () => {
    // Slack sends commands with should_escape false: plain text; the Slack encoding is what a
    // client might still send, so both forms are tried.
    await postSigned(
      bot.eventsUrl,
      commandPost({ text: question, responseUrl: bot.api.responseUrl('inj-1') }),
    );
    const reply = await bot.api.calls.waitFor(toResponseUrl('inj-1'));
    const echoed = textsOf(reply).find((t) => t.startsWith('*You asked:*'))!;
    expect(echoed).toBe(
      '*You asked:* short entry @channel @here @U123 @team &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    for (const text of textsOf(reply)) expect(text).not.toMatch(PINGS);
    expect(reply.body).not.toHaveProperty('link_names');
    expect(reply.body).not.toHaveProperty('parse');
  });

  it('THEN the question reaches the engine as readable text', () => {
    expect(bot.log.questions.at(-1)?.question).toBe(
      'short entry @channel @here @U123 @team & <b>bold</b>',
    );
  });
});

describe('GIVEN knowledge text that contains <!channel>, <!here>, <!everyone> and <@U123>', () => {
  it('THEN the posted answer escapes them (no ping), in blocks and in the text fallback', async () => {
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-inj-kb', mentionEvent('tell me the long story', '500.0002')),
    );
    const call = await bot.api.calls.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.thread_ts === '500.0002',
    );
    const texts = textsOf(call);
    expect(texts.join('\n')).toContain(
      '&lt;!channel&gt; &lt;!here&gt; &lt;!everyone&gt; and &lt;@U123&gt;',
    );
    for (const text of texts) expect(text).not.toMatch(PINGS);
  });

  it('THEN a source URL and title with & < > | cannot break out of the link', async () => {
    const call = await bot.api.calls.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.thread_ts === '500.0002',
    );
    expect(textsOf(call)).toContain(
      'Source: <https://example.org/reports/1?a=1&amp;b=%3C2%3E%7Cx|Research &amp; policy &lt;review&gt; | the Global Alliance against Child Sexual Abuse Online> (2013-01-11)',
    );
  });
});
