// /ask: acknowledged at once, answered ephemerally through response_url, shareable in the channel.
import type { RunningSlack } from '../../fakes/slack-harness';
import { startSlackBot } from '../../fakes/slack-harness';
import { actionPost, commandPost, postSigned } from '../../fakes/slack-signing';
import type { SlackCall } from '../../fakes/slack-web-api';
import { blocksOf, buttonsOf, textsOf } from '../../fakes/slack-web-api';

let bot: RunningSlack;

beforeAll(async () => {
  bot = await startSlackBot();
});

afterAll(async () => {
  await bot.stop();
});

const toResponseUrl = (id: string) => (c: SlackCall) =>
  c.method === 'response_url' && c.responseUrlId === id;

describe('GIVEN /ask with a question the knowledge base answers', () => {
  let answer: SlackCall;
  let ackStatus: number;
  let ackBody: string;
  let ackMs: number;

  beforeAll(async () => {
    const started = Date.now();
    const ack = await postSigned(
      bot.eventsUrl,
      commandPost({
        text: 'what are the goals of the alliance?',
        responseUrl: bot.api.responseUrl('ask-1'),
      }),
    );
    ackMs = Date.now() - started;
    ackStatus = ack.status;
    ackBody = ack.text;
    answer = await bot.api.calls.waitFor(toResponseUrl('ask-1'));
  });

  it('THEN Slack gets an empty 200 acknowledgement well within 3 s', () => {
    expect(ackStatus).toBe(200);
    expect(ackBody).toBe('');
    expect(ackMs).toBeLessThan(3000);
  });

  it('THEN the answer goes to the asker only, with the question, the answer and its source', () => {
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.replace_original).toBe(false);
    const texts = textsOf(answer).join('\n');
    expect(texts).toContain('*You asked:* what are the goals of the alliance?');
    expect(texts).toContain('four shared goals');
    expect(texts).toContain(
      'Source: <https://useu.usmission.gov/global-alliance-child-sexual-abuse-online/|Global Alliance against Child Sexual Abuse Online — U.S.-EU Joint Statement> (2012-06-21)',
    );
    expect(answer.body.text).toEqual(expect.stringContaining('four shared goals'));
    expect(answer.body).not.toHaveProperty('link_names');
  });

  it('THEN it offers 👍/👎 and "Share in channel" buttons', () => {
    const ids = buttonsOf(answer).map((b) => b.action_id);
    expect(ids).toEqual(expect.arrayContaining(['feedback:up', 'feedback:down', 'share']));
  });

  it('THEN the question is logged once for the slack platform', () => {
    expect(
      bot.log.questions.filter((q) => q.question === 'what are the goals of the alliance?'),
    ).toEqual([expect.objectContaining({ platform: 'slack', entryId: 'four-goals' })]);
  });

  describe('WHEN the asker clicks "Share in channel"', () => {
    it('THEN the same answer is posted in the channel and the private copy deleted, without logging it again', async () => {
      const share = buttonsOf(answer).find((b) => b.action_id === 'share')!;
      const logged = bot.log.questions.length;
      const res = await postSigned(
        bot.eventsUrl,
        actionPost({
          actionId: 'share',
          value: share.value,
          responseUrl: bot.api.responseUrl('share-1'),
          ephemeral: true,
        }),
      );
      expect(res.status).toBe(200);
      const shared = await bot.api.calls.waitFor(toResponseUrl('share-1'));
      expect(shared.body.response_type).toBe('in_channel');
      const texts = textsOf(shared).join('\n');
      expect(texts).toContain('*Question:* what are the goals of the alliance?');
      expect(texts).toContain('four shared goals');
      expect(buttonsOf(shared).map((b) => b.action_id)).not.toContain('share');
      const deleted = await bot.api.calls.waitForNth(2, toResponseUrl('share-1'));
      expect(deleted.body).toEqual({ delete_original: true });
      expect(bot.log.questions.length).toBe(logged);
    });
  });
});

describe('GIVEN /ask with a question about reporting abuse (a help reply)', () => {
  it('THEN the help answer comes first and complete, without the question, feedback or share buttons', async () => {
    await postSigned(
      bot.eventsUrl,
      commandPost({
        text: 'where can i report abuse images',
        responseUrl: bot.api.responseUrl('help-1'),
      }),
    );
    const reply = await bot.api.calls.waitFor(toResponseUrl('help-1'));
    const [first] = blocksOf(reply);
    expect(first?.type).toBe('section');
    expect(first?.text?.text).toMatch(
      /^If a child is in immediate danger, call the emergency number/,
    );
    expect(first?.text?.text).toContain('not even to report it.');
    // The question may be a disclosure: it is not quoted back.
    expect(textsOf(reply).join('\n')).not.toContain('report abuse images');
    const ids = buttonsOf(reply).map((b) => b.action_id);
    expect(ids).not.toContain('share');
    expect(ids.filter((id) => id.startsWith('feedback:'))).toEqual([]);
    // The safety question is not stored verbatim by the log.
    expect(bot.log.questions.at(-1)).toMatchObject({ kind: 'help', question: null });
  });
});

describe('GIVEN /ask with a question the engine cannot answer', () => {
  it('THEN the fallback lists the topics and offers no feedback buttons', async () => {
    await postSigned(
      bot.eventsUrl,
      commandPost({
        text: 'what is the weather on mars',
        responseUrl: bot.api.responseUrl('fallback-1'),
      }),
    );
    const reply = await bot.api.calls.waitFor(toResponseUrl('fallback-1'));
    expect(textsOf(reply).join('\n')).toContain("I don't know the answer to that");
    expect(buttonsOf(reply).filter((b) => b.action_id.startsWith('feedback:'))).toEqual([]);
  });
});
