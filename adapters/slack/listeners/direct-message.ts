// A direct message to the bot is answered in the DM (in its thread when it was a thread reply).
import type { App } from '@slack/bolt';
import { answerOrApologise, deliver } from '../deliver';
import type { Destination } from '../deliver';
import type { HandlerContext } from '../handler-context';
import { slackTextToPlain } from '../mrkdwn';
import { renderReply } from '../render-reply';

export function registerDirectMessage(app: App, ctx: HandlerContext): void {
  app.event('message', async ({ event, client }) => {
    // Edits, deletions, joins and bot messages carry a subtype: only new human messages count.
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id !== undefined || event.text === undefined) return;
    const text = event.text;
    const to: Destination = {
      kind: 'thread',
      client,
      channel: event.channel,
      threadTs: event.thread_ts,
    };
    await ctx.work.run(() =>
      answerOrApologise('direct message', to, ctx.logger, async () => {
        await deliver(to, renderReply(ctx.assistant.ask(slackTextToPlain(text), 'slack')));
      }),
    );
  });
}
