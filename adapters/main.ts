// The composition root: the only place that knows every adapter. Loads .env, the knowledge base
// (watched for edits), the question log and the assistant, then starts Slack and/or Discord when
// their tokens are set, otherwise the terminal chat.
import type { Assistant, CoreConfig, Env, Logger } from '../src';
import {
  ConfigError,
  createAssistant,
  createConsoleLogger,
  loadDotEnv,
  readCoreConfig,
} from '../src';
import { startKnowledge } from './knowledge-runtime';
import { platformsFromEnv } from './platforms';
import type { PlatformStart } from './platforms';
import { runTerminalChat } from './terminal';
import type { RunningAdapter } from './types';

interface Setup {
  core: CoreConfig;
  platforms: PlatformStart[];
}

/** Reads every setting first, so a wrong one stops the start before anything connects. */
function readSetup(env: Env): Setup {
  return { core: readCoreConfig(env), platforms: platformsFromEnv(env) };
}

function stopOnSignals(adapters: RunningAdapter[], close: () => void, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing what is in flight, then exiting`);
    Promise.allSettled(adapters.map((a) => a.stop())).then(
      () => {
        close();
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
}

async function startPlatforms(
  setup: Setup,
  assistant: Assistant,
  logger: Logger,
  close: () => void,
): Promise<void> {
  const adapters: RunningAdapter[] = [];
  for (const platform of setup.platforms) {
    adapters.push(await platform.start(assistant, logger));
    logger.info(`${platform.name} is running`);
  }
  stopOnSignals(adapters, close, logger);
}

export async function main(env: Env = process.env): Promise<number> {
  let setup: Setup;
  try {
    setup = readSetup(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`configuration error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const logger = createConsoleLogger({
    level: setup.core.logLevel,
    secrets: setup.platforms.flatMap((p) => p.secrets),
  });
  // isTTY is undefined when stdin is a pipe or a file.
  const interactive = setup.platforms.length === 0 && process.stdin.isTTY;
  const knowledge = startKnowledge(setup.core, logger, {
    watch: setup.platforms.length > 0 || interactive,
  });
  if (!knowledge) return 1;
  const assistant = createAssistant({ engine: knowledge.engine, log: knowledge.log, logger });

  if (setup.platforms.length > 0) {
    await startPlatforms(setup, assistant, logger, knowledge.close);
    return -1; // keep running until a signal
  }
  await runTerminalChat({ assistant, input: process.stdin, output: process.stdout, interactive });
  knowledge.close();
  return 0;
}

if (require.main === module) {
  loadDotEnv();
  main().then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
