// /ask <question>: acknowledged at once, answered ephemerally with a "Share in channel" button.
import type { App } from '@slack/bolt';
import { answerOrApologise, deliver } from '../deliver';
import type { Destination } from '../deliver';
import type { HandlerContext } from '../handler-context';
import { slackTextToPlain } from '../mrkdwn';
import { renderReply } from '../render-reply';

export const ASK_COMMAND = '/ask';

export function registerAskCommand(app: App, ctx: HandlerContext): void {
  app.command(ASK_COMMAND, async ({ command, ack, respond }) => {
    // Slack wants the ack within 3 s; the answer follows through response_url.
    await ack();
    const to: Destination = { kind: 'respond', respond, responseType: 'ephemeral' };
    await ctx.work.run(() =>
      answerOrApologise('/ask', to, ctx.logger, async () => {
        const reply = ctx.assistant.ask(slackTextToPlain(command.text), 'slack');
        // Help replies are not shareable: one click must never make a plea for help public.
        const shareKey = reply.kind === 'answer' ? ctx.shares.put(reply) : null;
        await deliver(to, renderReply(reply, { echoQuestion: 'You asked:', shareKey }));
      }),
    );
  });
}
