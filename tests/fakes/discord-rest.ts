// A stand-in for Discord's REST API (v10) on node:http: records every request, answers the routes
// discord.js uses, checks the bot token, and plays scripted answers (429 + Retry-After, errors).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { DISCORD_IDS } from './discord-ids';
import { Recorder } from './recorder';

export interface RestRequest {
  method: string;
  /** Decoded, without the /api/v10 prefix: /channels/3…/messages, /webhooks/…/messages/@original. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or null. */
  body: unknown;
  /** Date.now() when it arrived. */
  at: number;
}

export interface ScriptedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Script {
  matches: (request: RestRequest) => boolean;
  responses: ScriptedResponse[];
}

const PREFIX = '/api/v10';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export class DiscordRestFake {
  readonly requests = new Recorder<RestRequest>((r) => `${r.method} ${r.path}`);
  gatewayUrl = '';
  private scripts: Script[] = [];
  private messageIds = 700000000000000000n;

  constructor(private readonly token: string) {}

  /** The next `responses.length` requests matching get these answers instead of the default ones. */
  script(matches: (request: RestRequest) => boolean, ...responses: ScriptedResponse[]): void {
    this.scripts.push({ matches, responses: [...responses] });
  }

  /** A request that arrives (or arrived) matching method and path (a string is a path prefix or a RegExp). */
  waitFor(
    method: string,
    path: string | RegExp,
    extra: (request: RestRequest) => boolean = () => true,
  ): Promise<RestRequest> {
    return this.requests.waitFor(
      (r) => r.method === method && matchesPath(r.path, path) && extra(r),
    );
  }

  all(method: string, path: string | RegExp): RestRequest[] {
    return this.requests.filter((r) => r.method === method && matchesPath(r.path, path));
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const contentType = req.headers['content-type'] ?? '';
    const body: unknown =
      raw !== '' && contentType.includes('application/json') ? JSON.parse(raw) : null;
    const path = decodeURIComponent(
      url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) : url.pathname,
    );
    const request: RestRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      at: Date.now(),
    };
    this.requests.push(request);
    const reply = this.scripted(request) ?? this.route(request);
    // Like Discord, no content type on an empty answer (a JSON type with no body fails to parse).
    const type: Record<string, string> =
      reply.body === undefined ? {} : { 'content-type': 'application/json' };
    res.writeHead(reply.status, { ...type, ...reply.headers });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  private scripted(request: RestRequest): ScriptedResponse | undefined {
    const script = this.scripts.find((s) => s.responses.length > 0 && s.matches(request));
    return script?.responses.shift();
  }

  private route(request: RestRequest): ScriptedResponse {
    const { method, path } = request;
    // Interaction callbacks and webhooks authenticate by their token in the path, not the bot token.
    const tokenInPath = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!tokenInPath && request.headers.authorization !== `Bot ${this.token}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    }
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path))
      return { status: 204 };
    const webhook = /^\/webhooks\/(\d+)\/[^/]+(\/messages\/@original)?$/.exec(path);
    if (webhook && (method === 'PATCH' || method === 'POST')) {
      return {
        status: 200,
        body: this.message(DISCORD_IDS.channel, request.body, {
          webhook_id: webhook[1],
          application_id: webhook[1],
        }),
      };
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel?.[1] && method === 'POST')
      return { status: 200, body: this.message(channel[1], request.body, {}) };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const commands = Array.isArray(request.body) ? (request.body as unknown[]) : [];
      return {
        status: 200,
        body: commands.map((c, i) => ({
          ...asRecord(c),
          id: `80000000000000000${String(i)}`,
          version: '1',
          application_id: DISCORD_IDS.application,
        })),
      };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private message(
    channelId: string,
    body: unknown,
    extra: Record<string, unknown>,
  ): Record<string, unknown> {
    const sent = asRecord(body);
    this.messageIds += 1n;
    return {
      id: this.messageIds.toString(),
      channel_id: channelId,
      author: {
        id: DISCORD_IDS.bot,
        username: 'alliance-bot',
        discriminator: '0',
        avatar: null,
        bot: true,
      },
      content: typeof sent.content === 'string' ? sent.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(sent.embeds) ? sent.embeds : [],
      components: Array.isArray(sent.components) ? sent.components : [],
      pinned: false,
      type: sent.message_reference ? 19 : 0,
      flags: typeof sent.flags === 'number' ? sent.flags : 0,
      ...extra,
    };
  }
}

function matchesPath(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual.startsWith(expected) : expected.test(actual);
}
