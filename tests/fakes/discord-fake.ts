// Discord on 127.0.0.1: the REST stand-in and the gateway stand-in on one port (ws upgrades).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { DiscordGatewayFake } from './discord-gateway';
import { DISCORD_TOKEN } from './discord-ids';
import { DiscordRestFake } from './discord-rest';

export interface DiscordFake {
  /** REST base for DISCORD_API_URL / rest.api: http://127.0.0.1:PORT/api (no version). */
  apiUrl: string;
  rest: DiscordRestFake;
  gateway: DiscordGatewayFake;
  close(): Promise<void>;
}

export async function startDiscordFake(options: { token?: string } = {}): Promise<DiscordFake> {
  const token = options.token ?? DISCORD_TOKEN;
  const rest = new DiscordRestFake(token);
  const gateway = new DiscordGatewayFake(token);
  const server = http.createServer((req, res) => {
    rest.handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: String(error), code: 0 }));
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => {
    gateway.accept(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  rest.gatewayUrl = `ws://127.0.0.1:${String(port)}`;
  gateway.url = rest.gatewayUrl;

  return {
    apiUrl: `http://127.0.0.1:${String(port)}/api`,
    rest,
    gateway,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => {
        wss.close(() => {
          resolve();
        });
      });
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
