// The real bot (real engine, real discord.js) against the Discord stand-in: what the
// integration tests start in beforeAll and stop in afterAll.
import type { RunningAdapter } from '../../adapters/types';
import type { DiscordConfig } from '../../adapters/discord';
import { startDiscord } from '../../adapters/discord';
import type { Assistant } from '../../src';
import { startDiscordFake } from './discord-fake';
import type { DiscordFake } from './discord-fake';
import { DISCORD_IDS, DISCORD_TOKEN } from './discord-ids';

export { FIXTURES } from './bot-harness';

import { fixtureAssistant, memoryQuestionLog, recordingLogger } from './bot-harness';

export { fixtureAssistant, memoryQuestionLog, recordingLogger };
export type { LogLine } from './bot-harness';

export function fakeConfig(
  fake: DiscordFake,
  overrides: Partial<DiscordConfig> = {},
): DiscordConfig {
  return {
    token: DISCORD_TOKEN,
    applicationId: DISCORD_IDS.application,
    guildId: null,
    apiUrl: fake.apiUrl,
    ...overrides,
  };
}

export interface RunningBot {
  fake: DiscordFake;
  adapter: RunningAdapter;
  log: ReturnType<typeof memoryQuestionLog>;
  logger: ReturnType<typeof recordingLogger>;
  stop(): Promise<void>;
}

export interface BotOptions {
  /** Fixture folder under tests/fixtures/knowledge (default "good"). */
  knowledge?: string;
  /** Only where a test needs behaviour the engine cannot produce on demand (a thrown error). */
  assistant?: (real: Assistant) => Assistant;
}

/** Starts the stand-in, then the bot against it; resolves once the bot is ready. */
export async function startBot(options: BotOptions = {}): Promise<RunningBot> {
  const fake = await startDiscordFake();
  const log = memoryQuestionLog();
  const logger = recordingLogger();
  const real = fixtureAssistant(options.knowledge ?? 'good', log, logger);
  const assistant = options.assistant ? options.assistant(real) : real;
  try {
    const adapter = await startDiscord(assistant, fakeConfig(fake), logger);
    return {
      fake,
      adapter,
      log,
      logger,
      stop: async () => {
        await adapter.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
