// `npm run discord:register` against the Discord stand-in (DISCORD_API_URL): guild or global PUT.
import { runRegisterCommands } from '../../../adapters/discord/register-commands';
import type { DiscordFake } from '../../fakes/discord-fake';
import { startDiscordFake } from '../../fakes/discord-fake';
import { DISCORD_IDS, DISCORD_TOKEN } from '../../fakes/discord-ids';

interface SentCommand {
  name: string;
  description: string;
  contexts?: number[];
  options?: {
    name: string;
    type: number;
    required?: boolean;
    autocomplete?: boolean;
    max_length?: number;
  }[];
}

let fake: DiscordFake;

beforeAll(async () => {
  fake = await startDiscordFake();
});

afterAll(async () => {
  await fake.close();
});

async function run(
  env: Record<string, string>,
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRegisterCommands(env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const baseEnv = (): Record<string, string> => ({
  DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: DISCORD_IDS.application,
  DISCORD_API_URL: fake.apiUrl,
});

describe('GIVEN DISCORD_GUILD_ID is set', () => {
  it('THEN /ask is PUT to that server only, with autocomplete on the question', async () => {
    const result = await run({ ...baseEnv(), DISCORD_GUILD_ID: DISCORD_IDS.guild });
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out[0]).toMatch(/Registered \/ask in server 200000000000000001/);
    const request = await fake.rest.waitFor(
      'PUT',
      `/applications/${DISCORD_IDS.application}/guilds/${DISCORD_IDS.guild}/commands`,
    );
    expect(request.headers.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
    const commands = request.body as SentCommand[];
    expect(commands.map((c) => c.name)).toEqual(['ask']);
    const [ask] = commands;
    expect(ask?.description.length).toBeLessThanOrEqual(100);
    expect(ask?.contexts).toEqual([0, 1]);
    expect(ask?.options?.[0]).toMatchObject({
      name: 'question',
      type: 3,
      required: true,
      autocomplete: true,
      max_length: 2000,
    });
    expect(ask?.options?.[1]).toMatchObject({ name: 'private', type: 5 });
  });
});

describe('GIVEN no DISCORD_GUILD_ID', () => {
  it('THEN /ask is PUT globally', async () => {
    const result = await run(baseEnv());
    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/Registered \/ask globally/);
    const request = await fake.rest.waitFor(
      'PUT',
      `/applications/${DISCORD_IDS.application}/commands`,
    );
    expect((request.body as SentCommand[]).map((c) => c.name)).toEqual(['ask']);
  });

  it('THEN a 429 is waited out and the PUT succeeds', async () => {
    const path = `/applications/${DISCORD_IDS.application}/commands`;
    const before = fake.rest.all('PUT', path).length;
    fake.rest.script((r) => r.method === 'PUT' && r.path === path, {
      status: 429,
      headers: { 'retry-after': '0.05' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    expect((await run(baseEnv())).code).toBe(0);
    expect(fake.rest.all('PUT', path).length).toBe(before + 2);
  });
});

describe('GIVEN registration cannot succeed', () => {
  it('THEN a wrong token exits 1 naming DISCORD_TOKEN, without printing the token', async () => {
    const wrong = 'not-the-right-token.at-all.sorry';
    const result = await run({ ...baseEnv(), DISCORD_TOKEN: wrong });
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toMatch(/401.*DISCORD_TOKEN/s);
    expect(result.err.join('\n')).not.toContain(wrong);
  });

  it('THEN an unknown application exits 1 naming DISCORD_APPLICATION_ID', async () => {
    fake.rest.script((r) => r.method === 'PUT', {
      status: 404,
      body: { message: 'Unknown Application', code: 10002 },
    });
    const result = await run(baseEnv());
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/HTTP 404 \(Unknown Application\).*DISCORD_APPLICATION_ID/);
  });

  it('THEN an unreachable API exits 1 with the address', async () => {
    const result = await run({ ...baseEnv(), DISCORD_API_URL: 'http://127.0.0.1:9/api' });
    expect(result.code).toBe(1);
    expect(result.err[0]).toMatch(/Could not reach Discord at http:\/\/127\.0\.0\.1:9\/api/);
  });

  it.each([
    [{ DISCORD_APPLICATION_ID: DISCORD_IDS.application }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN, DISCORD_APPLICATION_ID: 'my-app' }, 'DISCORD_APPLICATION_ID'],
    [
      { DISCORD_TOKEN, DISCORD_APPLICATION_ID: DISCORD_IDS.application, DISCORD_GUILD_ID: 'guild' },
      'DISCORD_GUILD_ID',
    ],
  ])('THEN settings %j exit 2 naming %s', async (env, variable) => {
    const result = await run(env);
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain(variable);
  });
});
