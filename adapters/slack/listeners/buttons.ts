// Button clicks: "Did you mean" / follow-ups answer an entry, 👍/👎 record feedback, Share posts publicly.
import type { App, BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import {
  decodeFeedback,
  decodeShare,
  FEEDBACK_ACTION,
  SHARE_ACTION,
  SUGGESTION_ACTION,
} from '../action-ids';
import { answerOrApologise, deliver } from '../deliver';
import type { Destination } from '../deliver';
import type { HandlerContext } from '../handler-context';
import { renderNotice, renderReply } from '../render-reply';

type ButtonClick = BlockAction<ButtonAction>;

function isEphemeral(body: ButtonClick): boolean {
  const flag: unknown = body.container.is_ephemeral;
  return flag === true || body.message === undefined;
}

/** A click on an ephemeral reply answers ephemerally; on a posted reply, in that reply's thread. */
function destinationOf(
  body: ButtonClick,
  respond: RespondFn,
  client: webApi.WebClient,
): Destination {
  const channel = body.channel?.id;
  const message = body.message;
  if (isEphemeral(body) || channel === undefined || message === undefined) {
    return { kind: 'respond', respond, responseType: 'ephemeral' };
  }
  const threadTs: unknown = message.thread_ts;
  return {
    kind: 'thread',
    client,
    channel,
    threadTs: typeof threadTs === 'string' ? threadTs : message.ts,
  };
}

function registerSuggestion(app: App, ctx: HandlerContext): void {
  app.action<ButtonClick>({ type: 'block_actions', action_id: SUGGESTION_ACTION }, async (args) => {
    await args.ack();
    const to = destinationOf(args.body, args.respond, args.client);
    await ctx.work.run(() =>
      answerOrApologise('suggestion click', to, ctx.logger, async () => {
        const reply = ctx.assistant.answerEntry(args.action.value ?? '', 'slack');
        if (reply === undefined) {
          await deliver(to, [
            renderNotice('That answer is no longer available. Please ask again.'),
          ]);
          return;
        }
        const shareKey =
          to.kind === 'respond' && reply.kind === 'answer' ? ctx.shares.put(reply) : null;
        await deliver(to, renderReply(reply, { shareKey }));
      }),
    );
  });
}

function registerFeedback(app: App, ctx: HandlerContext): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: FEEDBACK_ACTION },
    async ({ ack, action, respond }) => {
      await ack();
      const to: Destination = { kind: 'respond', respond, responseType: 'ephemeral' };
      await ctx.work.run(() =>
        answerOrApologise('feedback click', to, ctx.logger, async () => {
          const feedback = decodeFeedback(action.value ?? '');
          if (feedback === null) {
            ctx.logger.warn('slack feedback button with an unreadable value ignored');
            return;
          }
          ctx.assistant.feedback(feedback.entryId, feedback.vote, 'slack', feedback.logId);
          await deliver(to, [renderNotice('Thanks for the feedback.')]);
        }),
      );
    },
  );
}

function registerShare(app: App, ctx: HandlerContext): void {
  app.action<ButtonClick>(
    { type: 'block_actions', action_id: SHARE_ACTION },
    async ({ ack, action, respond }) => {
      await ack();
      const to: Destination = { kind: 'respond', respond, responseType: 'in_channel' };
      await ctx.work.run(() =>
        answerOrApologise('share click', to, ctx.logger, async () => {
          const share = decodeShare(action.value ?? '');
          if (share === null) {
            ctx.logger.warn('slack share button with an unreadable value ignored');
            return;
          }
          // Another instance (or a restart) may not have the reply: answer the question again.
          const reply = ctx.shares.get(share.key) ?? ctx.assistant.ask(share.question, 'slack');
          if (reply.kind === 'help') {
            await deliver({ ...to, responseType: 'ephemeral' }, [
              renderNotice('This answer cannot be shared.'),
            ]);
            return;
          }
          await deliver(to, renderReply(reply, { echoQuestion: 'Question:' }));
          // The public copy is out; the private one would only be a duplicate.
          await respond({ delete_original: true });
        }),
      );
    },
  );
}

export function registerButtons(app: App, ctx: HandlerContext): void {
  registerSuggestion(app, ctx);
  registerFeedback(app, ctx);
  registerShare(app, ctx);
}
