// Signed requests into a Slack app, as Slack sends them: v0 HMAC-SHA256 over "v0:<ts>:<raw body>".
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret)
    .update(`v0:${String(timestamp)}:${body}`)
    .digest('hex')}`;
}

export interface SignedPost {
  /** Form bodies must be sent with exactly this type: Bolt compares it verbatim. */
  contentType: 'application/x-www-form-urlencoded' | 'application/json';
  body: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
  retryNum?: number;
}

export interface PostResult {
  status: number;
  text: string;
}

export async function postSigned(url: string, post: SignedPost): Promise<PostResult> {
  const timestamp = post.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': post.contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature(post.secret ?? SIGNING_SECRET, timestamp, post.body),
  };
  if (post.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(post.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body: post.body });
  return { status: res.status, text: await res.text() };
}

export interface CommandFields {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
}

export function commandPayload(fields: CommandFields): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'alliance',
    channel_id: fields.channelId ?? 'C1',
    channel_name: 'general',
    user_id: fields.userId ?? 'U1',
    user_name: 'asker',
    command: '/ask',
    text: fields.text,
    api_app_id: 'A1',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  };
}

/** A slash command as Slack posts it (form fields). */
export function commandPost(fields: CommandFields): SignedPost {
  return {
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams(commandPayload(fields)).toString(),
  };
}

export function eventEnvelope(
  eventId: string,
  event: Record<string, unknown>,
): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  };
}

/** An Events API delivery (JSON). */
export function eventPost(eventId: string, event: Record<string, unknown>): SignedPost {
  return { contentType: 'application/json', body: JSON.stringify(eventEnvelope(eventId, event)) };
}

export function mentionEvent(
  text: string,
  ts: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'U1',
    text: `<@UBOT> ${text}`,
    ts,
    channel: 'C1',
    event_ts: ts,
    ...extra,
  };
}

export function dmEvent(text: string, ts: string): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts, event_ts: ts };
}

export interface ButtonClick {
  actionId: string;
  value: string;
  responseUrl: string;
  /** A click on an ephemeral message (no `message` in the payload). */
  ephemeral: boolean;
  messageTs?: string;
}

export function blockActionsPayload(click: ButtonClick): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'alliance' },
    user: { id: 'U1', username: 'asker', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: click.ephemeral
      ? { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: true }
      : {
          type: 'message',
          message_ts: click.messageTs ?? '1.1',
          channel_id: 'C1',
          is_ephemeral: false,
        },
    trigger_id: '1.2.3',
    channel: { id: 'C1', name: 'general' },
    ...(click.ephemeral
      ? {}
      : { message: { type: 'message', ts: click.messageTs ?? '1.1', text: 'answer' } }),
    response_url: click.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: click.actionId,
        block_id: 'b1',
        value: click.value,
        text: { type: 'plain_text', text: 'button' },
        action_ts: '1.2',
      },
    ],
  };
}

/** A button click as Slack posts it (form field `payload` with JSON). */
export function actionPost(click: ButtonClick): SignedPost {
  return {
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ payload: JSON.stringify(blockActionsPayload(click)) }).toString(),
  };
}
