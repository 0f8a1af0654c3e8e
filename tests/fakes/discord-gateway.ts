// A stand-in for Discord's gateway on `ws`: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs,
// RESUME, dispatches with a sequence number, and the Message Content intent rule for messages.
import type { WebSocket } from 'ws';
import { DISCORD_IDS } from './discord-ids';
import { Recorder } from './recorder';

export const MESSAGE_CONTENT_INTENT = 1 << 15;

export interface GatewayFrame {
  op: number;
  d: unknown;
  /** Which connection (1-based) sent it. */
  connection: number;
}

export interface GatewaySession {
  id: string;
  intents: number;
  /** 1-based connection number this session was identified or resumed on. */
  connection: number;
  resumed: boolean;
}

interface Connection {
  socket: WebSocket;
  number: number;
  session: SessionState | null;
}

interface SessionState {
  id: string;
  intents: number;
  seq: number;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

export function guildCreate(): Record<string, unknown> {
  const { guild, channel, bot } = DISCORD_IDS;
  return {
    id: guild,
    name: 'Test server',
    icon: null,
    owner_id: DISCORD_IDS.user,
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: '2026-11-28T00:00:00.000Z',
    features: [],
    roles: [
      {
        id: guild,
        name: '@everyone',
        permissions: '68608',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: channel,
        type: 0,
        name: 'general',
        position: 0,
        guild_id: guild,
        permission_overwrites: [],
      },
    ],
    threads: [],
    members: [
      {
        user: { id: bot, username: 'alliance-bot', discriminator: '0', avatar: null, bot: true },
        roles: [],
        joined_at: '2026-11-28T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

export class DiscordGatewayFake {
  readonly frames = new Recorder<GatewayFrame>(
    (f) => `#${String(f.connection)} op ${String(f.op)}`,
  );
  /** Connections the bot closed (or lost), with the close code. */
  readonly closes = new Recorder<{ connection: number; code: number }>(
    (c) => `#${String(c.connection)} closed ${String(c.code)}`,
  );
  readonly sessions = new Recorder<GatewaySession>(
    (s) => `session ${s.id} on #${String(s.connection)}${s.resumed ? ' (resumed)' : ''}`,
  );
  url = '';
  private current: Connection | null = null;
  private connections = 0;
  private sessionsById = new Map<string, SessionState>();

  constructor(
    private readonly token: string,
    private readonly heartbeatIntervalMs = 45_000,
  ) {}

  accept(socket: WebSocket): void {
    const connection: Connection = { socket, number: ++this.connections, session: null };
    this.current = connection;
    socket.on('close', (code: number) => {
      this.closes.push({ connection: connection.number, code });
    });
    socket.on('message', (data: Buffer) => {
      const frame = record(JSON.parse(data.toString('utf8')));
      this.frames.push({ op: Number(frame.op), d: frame.d, connection: connection.number });
      this.onFrame(connection, Number(frame.op), record(frame.d));
    });
    this.send(connection, {
      op: 10,
      d: { heartbeat_interval: this.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  /** Sends an event to the bot on the live connection; MESSAGE_CREATE obeys the Message Content intent. */
  dispatch(t: string, d: Record<string, unknown>): void {
    const connection = this.current;
    if (!connection?.session) throw new Error('no identified gateway connection to dispatch on');
    const payload = t === 'MESSAGE_CREATE' ? this.withContentRule(connection.session, d) : d;
    this.sendDispatch(connection, t, payload);
  }

  /** Closes the live connection from the server side, as Discord does (1000: reconnect, 4000: resume). */
  closeConnection(code: number): void {
    this.current?.socket.close(code, 'closed by the test');
  }

  connectionCount(): number {
    return this.connections;
  }

  private onFrame(connection: Connection, op: number, d: Record<string, unknown>): void {
    if (op === 1) this.send(connection, { op: 11, d: null, s: null, t: null });
    else if (op === 2) this.identify(connection, d);
    else if (op === 6) this.resume(connection, d);
  }

  private identify(connection: Connection, d: Record<string, unknown>): void {
    if (d.token !== this.token) {
      connection.socket.close(4004, 'Authentication failed.');
      return;
    }
    const session: SessionState = {
      id: `session-${String(this.sessionsById.size + 1)}`,
      intents: Number(d.intents),
      seq: 0,
    };
    this.sessionsById.set(session.id, session);
    connection.session = session;
    this.sendDispatch(connection, 'READY', {
      v: 10,
      user: {
        id: DISCORD_IDS.bot,
        username: 'alliance-bot',
        discriminator: '0',
        avatar: null,
        bot: true,
        global_name: null,
      },
      guilds: [{ id: DISCORD_IDS.guild, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: { id: DISCORD_IDS.application, flags: 0 },
    });
    // Without GUILD_CREATE after READY, discord.js waits 15 s before it is ready.
    this.sendDispatch(connection, 'GUILD_CREATE', guildCreate());
    this.sessions.push({
      id: session.id,
      intents: session.intents,
      connection: connection.number,
      resumed: false,
    });
  }

  private resume(connection: Connection, d: Record<string, unknown>): void {
    const session =
      typeof d.session_id === 'string' ? this.sessionsById.get(d.session_id) : undefined;
    if (d.token !== this.token || !session) {
      this.send(connection, { op: 9, d: false, s: null, t: null });
      return;
    }
    connection.session = session;
    this.sendDispatch(connection, 'RESUMED', {});
    this.sessions.push({
      id: session.id,
      intents: session.intents,
      connection: connection.number,
      resumed: true,
    });
  }

  /** Discord blanks content, embeds, attachments and components unless intent, DM or mention allow them. */
  private withContentRule(
    session: SessionState,
    d: Record<string, unknown>,
  ): Record<string, unknown> {
    const isDm = d.guild_id === undefined;
    const mentions = Array.isArray(d.mentions) ? (d.mentions as unknown[]) : [];
    const mentionsBot = mentions.some((m) => record(m).id === DISCORD_IDS.bot);
    if ((session.intents & MESSAGE_CONTENT_INTENT) !== 0 || isDm || mentionsBot) return d;
    return { ...d, content: '', embeds: [], attachments: [], components: [] };
  }

  private sendDispatch(connection: Connection, t: string, d: unknown): void {
    if (!connection.session) throw new Error('dispatch before IDENTIFY');
    connection.session.seq += 1;
    this.send(connection, { op: 0, t, s: connection.session.seq, d });
  }

  private send(connection: Connection, payload: unknown): void {
    connection.socket.send(JSON.stringify(payload));
  }
}
