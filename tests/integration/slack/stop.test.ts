// stop() (what SIGTERM/SIGINT call): no new events, the answers in flight still go out.
import { startSlackBot } from '../../fakes/slack-harness';
import type { RunningSlack } from '../../fakes/slack-harness';
import { eventPost, mentionEvent, postSigned } from '../../fakes/slack-signing';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(async () => {
  await bot.stop();
});

describe('GIVEN an answer in flight (Slack slow to take it)', () => {
  it('WHEN stop() is called THEN it waits for that answer, then refuses new connections', async () => {
    const release = bot.api.hold('chat.postMessage');
    await postSigned(bot.eventsUrl, eventPost('Ev-stop-1', mentionEvent('goals', '950.0001')));
    await bot.api.calls.waitFor((c) => c.method === 'chat.postMessage');

    let stopped = false;
    const stopping = bot.adapter.stop().then(() => {
      stopped = true;
    });
    // Let every already-runnable callback run: stop() must still be waiting for the answer.
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(stopped).toBe(true);
    expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    await expect(
      postSigned(bot.eventsUrl, eventPost('Ev-stop-2', mentionEvent('goals', '950.0002'))),
    ).rejects.toThrow();
  });
});
