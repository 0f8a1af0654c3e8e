// A mention in a channel is answered in the thread of that message.
import type { App } from '@slack/bolt';
import { answerOrApologise, deliver } from '../deliver';
import type { Destination } from '../deliver';
import type { HandlerContext } from '../handler-context';
import { slackTextToPlain, stripBotMention } from '../mrkdwn';
import { renderReply } from '../render-reply';

export function registerMention(app: App, ctx: HandlerContext): void {
  app.event('app_mention', async ({ event, context, client }) => {
    // Direct messages are answered by the message.im listener; never twice. Other bots are not
    // answered: two bots mentioning each other would never stop.
    if (event.channel.startsWith('D') || event.bot_id !== undefined) return;
    const to: Destination = {
      kind: 'thread',
      client,
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
    };
    await ctx.work.run(() =>
      answerOrApologise('mention', to, ctx.logger, async () => {
        const question = slackTextToPlain(stripBotMention(event.text, context.botUserId));
        await deliver(to, renderReply(ctx.assistant.ask(question, 'slack')));
      }),
    );
  });
}
