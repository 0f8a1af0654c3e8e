// Sends rendered messages where a reply belongs: ephemerally through response_url, or in a thread.
import type { RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../src';
import { APOLOGY } from './handler-context';
import type { SlackMessage } from './render-reply';
import { messageFields, renderNotice } from './render-reply';

/** Where a reply goes: a channel (and thread), or back through a response_url. */
export type Destination =
  | { kind: 'thread'; client: webApi.WebClient; channel: string; threadTs: string | undefined }
  | { kind: 'respond'; respond: RespondFn; responseType: 'ephemeral' | 'in_channel' };

/** Posts the messages in order, so a reply split in several parts reads top to bottom. */
export async function deliver(to: Destination, messages: readonly SlackMessage[]): Promise<void> {
  for (const message of messages) {
    const fields = messageFields(message);
    if (to.kind === 'thread') {
      await to.client.chat.postMessage({
        channel: to.channel,
        ...(to.threadTs === undefined ? {} : { thread_ts: to.threadTs }),
        ...fields,
      });
    } else {
      await to.respond({ response_type: to.responseType, replace_original: false, ...fields });
    }
  }
}

/**
 * Runs an answer; on any failure logs it (never the user's text) and tries the apology once.
 * An error in one event never escapes to Bolt, so the process keeps serving the others.
 */
export async function answerOrApologise(
  what: string,
  to: Destination,
  logger: Logger,
  answer: () => Promise<void>,
): Promise<void> {
  try {
    await answer();
  } catch (error) {
    logger.error(`slack ${what} could not be answered`, { error });
    const apology = to.kind === 'respond' ? { ...to, responseType: 'ephemeral' as const } : to;
    try {
      await deliver(apology, [renderNotice(APOLOGY)]);
    } catch (apologyError) {
      logger.error(`slack apology for ${what} could not be sent`, { error: apologyError });
    }
  }
}
