// Mentions answered in their thread, direct messages in the DM, retried events answered once.
import type { RunningSlack } from '../../fakes/slack-harness';
import { BOT_TOKEN, startSlackBot } from '../../fakes/slack-harness';
import { dmEvent, eventPost, mentionEvent, postSigned } from '../../fakes/slack-signing';
import type { SlackCall } from '../../fakes/slack-web-api';
import { textsOf } from '../../fakes/slack-web-api';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(async () => {
  await bot.stop();
});

const posted = (pred: (c: SlackCall) => boolean) => (c: SlackCall) =>
  c.method === 'chat.postMessage' && pred(c);
const inThread = (ts: string) => posted((c) => c.body.thread_ts === ts);
const postCount = () => bot.api.calls.filter((c) => c.method === 'chat.postMessage').length;

describe('GIVEN a channel message that mentions the bot', () => {
  it('THEN Slack gets an empty 200 and the answer goes into the thread of that message', async () => {
    const res = await postSigned(
      bot.eventsUrl,
      eventPost('Ev-mention-1', mentionEvent('what are the goals?', '100.0001')),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const call = await bot.api.calls.waitFor(inThread('100.0001'));
    expect(call.body.channel).toBe('C1');
    expect(call.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(textsOf(call).join('\n')).toContain('four shared goals');
    expect(call.body).not.toHaveProperty('link_names');
    // The mention of the bot is not part of the question.
    expect(bot.log.questions.at(-1)).toMatchObject({
      platform: 'slack',
      question: 'what are the goals?',
    });
  });

  it('THEN a mention inside a thread is answered in that same thread', async () => {
    await postSigned(
      bot.eventsUrl,
      eventPost(
        'Ev-mention-2',
        mentionEvent('who called for it?', '100.0003', { thread_ts: '100.0002' }),
      ),
    );
    const call = await bot.api.calls.waitFor(inThread('100.0002'));
    expect(textsOf(call).join('\n')).toContain('Copenhagen');
  });
});

describe('GIVEN another bot mentions the bot', () => {
  it('THEN it is not answered (two bots would answer each other forever)', async () => {
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-bot-1', mentionEvent('goals', '150.0001', { bot_id: 'BOTHER' })),
    );
    // Barrier: acknowledged before this was sent, and dropping it takes no I/O.
    await postSigned(bot.eventsUrl, eventPost('Ev-bot-2', mentionEvent('goals', '150.0002')));
    await bot.api.calls.waitFor(inThread('150.0002'));
    expect(bot.api.calls.filter(inThread('150.0001'))).toEqual([]);
  });
});

describe('GIVEN a direct message to the bot', () => {
  it('THEN the answer goes to the DM, not into a thread', async () => {
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-dm-1', dmEvent('which countries founded the alliance?', '200.0001')),
    );
    const call = await bot.api.calls.waitFor(posted((c) => c.body.channel === 'D1'));
    expect(call.body).not.toHaveProperty('thread_ts');
    expect(textsOf(call).join('\n')).toContain('48 countries');
  });

  it("THEN the bot's own messages and edits are ignored (no reply loop)", async () => {
    const before = postCount();
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-dm-own', { ...dmEvent('goals', '200.0002'), user: 'UBOT', bot_id: 'BBOT' }),
    );
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-dm-edit', { ...dmEvent('goals', '200.0003'), subtype: 'message_changed' }),
    );
    // A barrier: each event above was acknowledged before this one was sent, and dropping an
    // event takes no I/O, so once this one is answered the two above have been handled.
    await postSigned(bot.eventsUrl, eventPost('Ev-dm-barrier', dmEvent('goals', '200.0004')));
    await bot.api.calls.waitForNth(
      2,
      posted((c) => c.body.channel === 'D1'),
    );
    expect(postCount()).toBe(before + 1);
  });
});

describe('GIVEN Slack delivers the same event again (x-slack-retry-num)', () => {
  it('THEN it is answered exactly once', async () => {
    const event = eventPost('Ev-retry-1', mentionEvent('what are the goals?', '300.0001'));
    const first = await postSigned(bot.eventsUrl, event);
    const retry1 = await postSigned(bot.eventsUrl, { ...event, retryNum: 1 });
    const retry2 = await postSigned(bot.eventsUrl, { ...event, retryNum: 2 });
    expect([first.status, retry1.status, retry2.status]).toEqual([200, 200, 200]);
    await bot.api.calls.waitFor(inThread('300.0001'));
    // Barrier: the retries were acknowledged before this was sent and dropping them takes no
    // I/O, so once this is answered a duplicate answer would have been recorded already.
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-retry-barrier', mentionEvent('goals', '300.0002')),
    );
    await bot.api.calls.waitFor(inThread('300.0002'));
    expect(bot.api.calls.filter(inThread('300.0001'))).toHaveLength(1);
  });
});
