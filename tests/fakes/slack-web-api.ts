// A stand-in Slack Web API on 127.0.0.1: records every Web API call and response_url post, answers
// like Slack (ok/ts), and can be told to fail a method. Point the app at it with SLACK_API_URL.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Recorder } from './recorder';

export interface SlackCall {
  /** Web API method (chat.postMessage…) or 'response_url'. */
  method: string;
  /** For response_url posts: the id in /response_url/<id>. */
  responseUrlId: string | null;
  headers: IncomingMessage['headers'];
  /** Form fields (Web API) or the JSON body (response_url), with `blocks` parsed. */
  body: Record<string, unknown>;
}

export interface SlackBlock {
  type: string;
  text?: { type: string; text: string };
  elements?: {
    type: string;
    text?: string | { text: string };
    action_id?: string;
    value?: string;
  }[];
}

export interface FakeSlackWebApi {
  readonly apiUrl: string;
  readonly calls: Recorder<SlackCall>;
  /** A response_url the app will POST to; the id tells requests apart. */
  responseUrl(id: string): string;
  /** Makes `method` answer `{ ok: false, error }` (response_url: 404) `times` times, or from now on. */
  fail(method: string, error: string, times?: number): void;
  /** Holds every `method` response until the returned function is called (a slow Slack). */
  hold(method: string): () => void;
  /** Where apps.connections.open sends Socket Mode clients. */
  socketUrl: string | null;
  close(): Promise<void>;
}

/** The blocks of a recorded call, whether sent as a JSON string (Web API) or an array (respond). */
export function blocksOf(call: SlackCall): SlackBlock[] {
  const raw = call.body.blocks;
  const parsed: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
  return Array.isArray(parsed) ? (parsed as SlackBlock[]) : [];
}

/** Every mrkdwn/plain text in a call: top-level text, sections, contexts and button labels. */
export function textsOf(call: SlackCall): string[] {
  const texts = typeof call.body.text === 'string' ? [call.body.text] : [];
  for (const block of blocksOf(call)) {
    if (block.text) texts.push(block.text.text);
    for (const el of block.elements ?? []) {
      if (typeof el.text === 'string') texts.push(el.text);
      else if (el.text) texts.push(el.text.text);
    }
  }
  return texts;
}

export function buttonsOf(call: SlackCall): { action_id: string; value: string; text: string }[] {
  return blocksOf(call)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((el) => ({
      action_id: el.action_id ?? '',
      value: el.value ?? '',
      text: typeof el.text === 'string' ? el.text : (el.text?.text ?? ''),
    }));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
    return JSON.parse(raw) as Record<string, unknown>;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

export async function startFakeSlackWebApi(): Promise<FakeSlackWebApi> {
  const failures = new Map<string, { error: string; left: number }>();
  const held = new Map<string, Promise<void>>();
  const failure = (method: string): string | undefined => {
    const f = failures.get(method);
    if (f === undefined) return undefined;
    if (--f.left <= 0) failures.delete(method);
    return f.error;
  };
  let ts = 1_700_000_000;
  const calls = new Recorder<SlackCall>(
    (c) => `${c.method} ${JSON.stringify(c.body).slice(0, 160)}`,
  );
  const fake = { socketUrl: null as string | null };

  const reply = (method: string): Record<string, unknown> => {
    const error = failure(method);
    if (error !== undefined) return { ok: false, error };
    switch (method) {
      case 'chat.postMessage':
        return { ok: true, channel: 'C1', ts: `${String(++ts)}.000100` };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${String(++ts)}.000100` };
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' };
      case 'apps.connections.open':
        return fake.socketUrl === null
          ? { ok: false, error: 'no_socket' }
          : { ok: true, url: fake.socketUrl };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const responseUrl = /^\/response_url\/(.+)$/.exec(path);
    const method = responseUrl ? 'response_url' : path.replace(/^\/api\//, '');
    const body = parseBody(req, raw);
    calls.push({ method, responseUrlId: responseUrl?.[1] ?? null, headers: req.headers, body });
    await held.get(method);
    if (responseUrl) {
      const failing = failure('response_url');
      res.writeHead(failing === undefined ? 200 : 404, { 'content-type': 'text/plain' });
      res.end(failing ?? 'ok');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply(method)));
  };

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;

  return Object.assign(fake, {
    apiUrl: `${base}/api/`,
    calls,
    responseUrl: (id: string) => `${base}/response_url/${id}`,
    fail: (method: string, error: string, times = Infinity) => {
      failures.set(method, { error, left: times });
    },
    hold: (method: string) => {
      let release = (): void => undefined;
      held.set(
        method,
        new Promise<void>((resolve) => {
          release = () => {
            held.delete(method);
            resolve();
          };
        }),
      );
      return () => {
        release();
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  });
}
