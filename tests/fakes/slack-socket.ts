// A stand-in for Slack's Socket Mode server: says hello, sends envelopes and records the acks.
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { Recorder } from './recorder';

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface FakeSlackSocket {
  readonly url: string;
  readonly acks: Recorder<SocketAck>;
  /** Resolves when the app has connected (and been sent hello). */
  connected(): Promise<void>;
  send(envelope: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const acks = new Recorder<SocketAck>((a) => JSON.stringify(a));
  let socket: WebSocket | null = null;
  const ready = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data: Buffer) => {
        const parsed = JSON.parse(data.toString('utf8')) as SocketAck;
        if (typeof parsed.envelope_id === 'string') acks.push(parsed);
      });
      // The client's start() resolves only once the server says hello.
      ws.send(
        JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }),
      );
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${String(port)}/link/?ticket=test`,
    acks,
    connected: () => ready,
    send: (envelope) => {
      if (socket === null) throw new Error('no Socket Mode client is connected');
      socket.send(JSON.stringify(envelope));
    },
    close: async () => {
      // Let a client that is closing finish its close handshake (else the Socket Mode client keeps
      // a handshake timer alive after the tests); terminate one that does not within a second.
      await Promise.all(
        [...server.clients].map(
          (client) =>
            new Promise<void>((resolve) => {
              if (client.readyState === client.CLOSED) {
                resolve();
                return;
              }
              client.once('close', () => {
                resolve();
              });
              setTimeout(() => {
                client.terminate();
              }, 1000).unref();
            }),
        ),
      );
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
