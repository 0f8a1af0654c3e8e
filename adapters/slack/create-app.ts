// createSlackApp: a Bolt App with the /ask command, mentions, DMs and buttons wired to the assistant.
import type { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import type { AnyMiddlewareArgs, webApi } from '@slack/bolt';
import { App } from '@slack/bolt';
import type { Assistant, Logger } from '../../src';
import { ConfigError } from '../../src';
import { toBoltLogger, withRedaction } from './bolt-logger';
import type { SlackConfig } from './config';
import { slackSecrets } from './config';
import type { HandlerContext } from './handler-context';
import { registerAskCommand } from './listeners/ask-command';
import { registerButtons } from './listeners/buttons';
import { registerDirectMessage } from './listeners/direct-message';
import { registerMention } from './listeners/mention';
import { createSeenEvents } from './seen-events';
import { createShareStore } from './share-store';
import { createWorkTracker } from './work-tracker';

export interface SlackAppOptions {
  /** HTTP mode: where to listen (tests: port 0 on 127.0.0.1). Default: config.port, all interfaces. */
  listen?: { port: number; host?: string };
  /** Web API client settings laid over the defaults (tests: `retryConfig: { retries: 0 }`). */
  clientOptions?: webApi.WebClientOptions;
  /** How many event ids to remember for retry deduplication. */
  seenEventsCapacity?: number;
}

export interface SlackAdapter {
  readonly app: App;
  readonly mode: 'socket' | 'http';
  /** Connects (Socket Mode) or listens (HTTP); resolves with the HTTP port, null in Socket Mode. */
  start(): Promise<{ port: number | null }>;
  /** Stops taking events, lets the handlers in flight finish, closes the server or socket. */
  stop(): Promise<void>;
}

/**
 * A chat bot should give up on Slack quickly rather than answer half an hour late (the Web API's
 * default retries for about 30 minutes); Socket Mode would otherwise set 100 retries.
 */
const DEFAULT_CLIENT_OPTIONS: webApi.WebClientOptions = {
  retryConfig: { retries: 2, maxTimeout: 5000 },
  timeout: 10_000,
};

function eventIdOf(body: AnyMiddlewareArgs['body']): string | null {
  return 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : null;
}

function buildApp(config: SlackConfig, logger: Logger, options: SlackAppOptions): App {
  const secrets = slackSecrets(config);
  const ids =
    config.botId !== null && config.botUserId !== null
      ? { botId: config.botId, botUserId: config.botUserId }
      : null;
  const common = {
    token: config.botToken,
    ...ids,
    // With both ids known no auth.test is needed; otherwise init() runs it once, at start.
    tokenVerificationEnabled: ids === null,
    deferInitialization: true,
    clientOptions: {
      ...DEFAULT_CLIENT_OPTIONS,
      ...(config.apiUrl === null ? {} : { slackApiUrl: config.apiUrl }),
      ...options.clientOptions,
    },
    logger: toBoltLogger(logger, secrets),
  };
  if (config.appToken !== null) {
    return new App({ ...common, socketMode: true, appToken: config.appToken });
  }
  if (config.signingSecret === null) {
    throw new ConfigError('SLACK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET is required in HTTP mode');
  }
  return new App({ ...common, signingSecret: config.signingSecret });
}

/** Builds the app without starting it; `startSlack` is the production entry point. */
export function createSlackApp(
  assistant: Assistant,
  config: SlackConfig,
  logger: Logger,
  options: SlackAppOptions = {},
): SlackAdapter {
  const log = withRedaction(logger, slackSecrets(config));
  const app = buildApp(config, log, options);
  const work = createWorkTracker();
  const seen = createSeenEvents(options.seenEventsCapacity);
  const ctx: HandlerContext = { assistant, logger: log, shares: createShareStore(), work };

  // Slack re-delivers an event it thinks was lost; Bolt does not deduplicate, so we do.
  app.use(async ({ body, next }) => {
    const id = eventIdOf(body);
    if (id !== null && !seen.firstTime(id)) {
      log.info('slack event delivered again; already answered', { eventId: id });
      return;
    }
    await next();
  });
  registerAskCommand(app, ctx);
  registerMention(app, ctx);
  registerDirectMessage(app, ctx);
  registerButtons(app, ctx);
  // Listeners catch their own errors; this is for what fails around them (middleware, acks).
  app.error((error) => {
    log.error('slack event failed', { error });
    return Promise.resolve();
  });

  const mode = config.appToken === null ? 'http' : 'socket';
  let started = false;
  let stopping: Promise<void> | null = null;
  return {
    app,
    mode,
    async start() {
      await app.init();
      const listening: unknown =
        mode === 'http'
          ? await app.start(options.listen ?? { port: config.port })
          : await app.start();
      started = true;
      const port = listening instanceof Server ? (listening.address() as AddressInfo).port : null;
      return { port };
    },
    stop() {
      stopping ??= (async () => {
        if (started) await app.stop();
        await work.settle();
      })();
      return stopping;
    },
  };
}
