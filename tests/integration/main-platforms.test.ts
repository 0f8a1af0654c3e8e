// `npm start` with Slack and Discord tokens: both adapters run in one process (the built
// composition root in a child process), against the stand-ins on 127.0.0.1, and SIGTERM ends it
// cleanly with exit code 0.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { startDiscordFake } from '../fakes/discord-fake';
import type { DiscordFake } from '../fakes/discord-fake';
import { DISCORD_IDS, DISCORD_TOKEN } from '../fakes/discord-ids';
import { askInteraction } from '../fakes/discord-payloads';
import { BOT_TOKEN } from '../fakes/slack-harness';
import { eventPost, mentionEvent, postSigned, SIGNING_SECRET } from '../fakes/slack-signing';
import { startFakeSlackWebApi } from '../fakes/slack-web-api';
import type { FakeSlackWebApi } from '../fakes/slack-web-api';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

/** Resolves when the child's output contains every marker (the child logs at info to stderr). */
function waitForOutput(child: ChildProcess, markers: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const check = (chunk: Buffer) => {
      output += chunk.toString();
      if (markers.every((m) => output.includes(m))) resolve();
    };
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      reject(new Error(`exited with ${String(code)} before ready:\n${output}`));
    });
  });
}

describe('npm start with Slack and Discord tokens', () => {
  let discord: DiscordFake;
  let slack: FakeSlackWebApi;
  let child: ChildProcess;
  let port: number;

  beforeAll(async () => {
    [discord, slack, port] = await Promise.all([
      startDiscordFake(),
      startFakeSlackWebApi(),
      freePort(),
    ]);
    child = spawn(process.execPath, [path.join('dist', 'adapters', 'main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        KNOWLEDGE_DIR: path.join('tests', 'fixtures', 'knowledge', 'good'),
        QUESTION_LOG: 'off',
        WATCH_KNOWLEDGE: 'off',
        LOG_LEVEL: 'info',
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: DISCORD_IDS.application,
        DISCORD_API_URL: discord.apiUrl,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        SLACK_BOT_ID: 'BBOT',
        SLACK_BOT_USER_ID: 'UBOT',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForOutput(child, ['slack is running', 'discord is running']);
  });

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await Promise.all([discord.close(), slack.close()]);
  });

  it('answers a Slack mention in its thread', async () => {
    const post = await postSigned(
      `http://127.0.0.1:${String(port)}/slack/events`,
      eventPost('EvMain1', mentionEvent('what are the four goals', '1700000000.000100')),
    );
    expect(post.status).toBe(200);
    const call = await slack.calls.waitFor((c) => c.method === 'chat.postMessage');
    expect(call.body.thread_ts).toBe('1700000000.000100');
    expect(JSON.stringify(call.body)).toContain('four shared goals');
  });

  it('answers a Discord /ask from the same process', async () => {
    const interaction = askInteraction('what are the four goals');
    discord.gateway.dispatch('INTERACTION_CREATE', interaction);
    const edit = await discord.rest.waitFor(
      'PATCH',
      `/webhooks/${DISCORD_IDS.application}/${String(interaction.token)}/messages/@original`,
    );
    expect(JSON.stringify(edit.body)).toContain('four shared goals');
  });

  it('stops on SIGTERM and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => {
        resolve(code);
      }),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
