// "Did you mean" clicks answer the chosen entry; 👍/👎 clicks reach the assistant's feedback.
import type { RunningSlack } from '../../fakes/slack-harness';
import { startSlackBot } from '../../fakes/slack-harness';
import {
  actionPost,
  commandPost,
  eventPost,
  mentionEvent,
  postSigned,
} from '../../fakes/slack-signing';
import type { SlackCall } from '../../fakes/slack-web-api';
import { buttonsOf, textsOf } from '../../fakes/slack-web-api';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(async () => {
  await bot.stop();
});

const toResponseUrl = (id: string) => (c: SlackCall) =>
  c.method === 'response_url' && c.responseUrlId === id;

async function ask(text: string, id: string): Promise<SlackCall> {
  await postSigned(bot.eventsUrl, commandPost({ text, responseUrl: bot.api.responseUrl(id) }));
  return bot.api.calls.waitFor(toResponseUrl(id));
}

describe('GIVEN an ephemeral reply with "Did you mean" buttons', () => {
  let reply: SlackCall;

  beforeAll(async () => {
    reply = await ask('countries goals', 'dym-1');
  });

  it('THEN it shows one button per suggestion, labelled with the entry question', () => {
    expect(textsOf(reply)).toContain('*Did you mean:*');
    const suggestions = buttonsOf(reply).filter((b) => b.action_id.startsWith('suggestion:'));
    // Suggestions come first; follow-ups (e.g. the help entry) may follow under "Related".
    expect(suggestions.slice(0, 3).map((b) => b.value)).toEqual([
      'four-goals',
      'founding-countries',
      'who-called-for-it',
    ]);
    expect(suggestions[0]?.text).toBe('What are the four goals of the Global Alliance?');
  });

  it('WHEN one is clicked THEN that entry is answered to the clicker only', async () => {
    const button = buttonsOf(reply).find((b) => b.value === 'four-goals')!;
    const res = await postSigned(
      bot.eventsUrl,
      actionPost({
        actionId: button.action_id,
        value: button.value,
        responseUrl: bot.api.responseUrl('dym-click'),
        ephemeral: true,
      }),
    );
    expect(res.status).toBe(200);
    const answer = await bot.api.calls.waitFor(toResponseUrl('dym-click'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(textsOf(answer).join('\n')).toContain('four shared goals');
    expect(bot.log.questions.at(-1)).toMatchObject({ platform: 'slack', entryId: 'four-goals' });
  });
});

describe('GIVEN a follow-up button on an answer posted in a thread', () => {
  it('WHEN clicked THEN the entry is answered in that thread', async () => {
    await postSigned(
      bot.eventsUrl,
      eventPost('Ev-btn-1', mentionEvent('what is the global alliance', '400.0001')),
    );
    const posted = await bot.api.calls.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.thread_ts === '400.0001',
    );
    const related = buttonsOf(posted).find((b) => b.value === 'four-goals')!;
    expect(related.action_id).toMatch(/^suggestion:/);
    await postSigned(
      bot.eventsUrl,
      actionPost({
        actionId: related.action_id,
        value: related.value,
        responseUrl: bot.api.responseUrl('unused'),
        ephemeral: false,
        messageTs: '400.0002',
      }),
    );
    const answer = await bot.api.calls.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.thread_ts === '400.0002',
    );
    expect(textsOf(answer).join('\n')).toContain('four shared goals');
  });
});

describe('GIVEN an answer with 👍/👎 buttons', () => {
  it('WHEN 👎 is clicked THEN the assistant records the entry, the vote and the logged question', async () => {
    const reply = await ask('who called for the global alliance?', 'fb-1');
    const logId = `q${String(bot.log.questions.length)}`;
    const down = buttonsOf(reply).find((b) => b.action_id === 'feedback:down')!;
    const res = await postSigned(
      bot.eventsUrl,
      actionPost({
        actionId: down.action_id,
        value: down.value,
        responseUrl: bot.api.responseUrl('fb-click'),
        ephemeral: true,
      }),
    );
    expect(res.status).toBe(200);
    const vote = await bot.log.feedback.waitFor((f) => f.entryId === 'who-called-for-it');
    expect(vote).toMatchObject({
      platform: 'slack',
      entryId: 'who-called-for-it',
      vote: 'down',
      questionId: logId,
    });
    const thanks = await bot.api.calls.waitFor(toResponseUrl('fb-click'));
    expect(thanks.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'Thanks for the feedback.',
    });
  });

  it('WHEN a forged feedback value arrives THEN nothing is recorded and a warning is logged', async () => {
    const before = bot.log.feedback.items.length;
    await postSigned(
      bot.eventsUrl,
      actionPost({
        actionId: 'feedback:up',
        value: 'not json',
        responseUrl: bot.api.responseUrl('fb-bad'),
        ephemeral: true,
      }),
    );
    // A barrier: a valid vote sent after the forged one is recorded, so the forged one was handled.
    await postSigned(
      bot.eventsUrl,
      actionPost({
        actionId: 'feedback:up',
        value: JSON.stringify({ e: 'four-goals', v: 'up', l: null }),
        responseUrl: bot.api.responseUrl('fb-good'),
        ephemeral: true,
      }),
    );
    await bot.log.feedback.waitFor((f) => f.entryId === 'four-goals' && f.vote === 'up');
    expect(bot.log.feedback.items.length).toBe(before + 1);
    expect(
      bot.logger.lines.some((l) => l.level === 'warn' && l.message.includes('unreadable value')),
    ).toBe(true);
  });
});
