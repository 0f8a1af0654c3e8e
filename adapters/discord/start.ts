// startDiscord: logs in, answers interactions and messages until stop() destroys the client.
import type { Client } from 'discord.js';
import { Events, RESTEvents } from 'discord.js';
import type { Assistant, Logger } from '../../src';
import type { RunningAdapter } from '../types';
import { createDiscordClient } from './client';
import type { DiscordConfig } from './config';
import type { HandlerContext } from './context';
import { APOLOGY } from './error-reply';
import { handleInteraction } from './interaction-router';
import { answerMessage } from './messages';
import { withRedaction } from './redacting-logger';
import { renderNotice } from './render';

/** Connection and rate-limit events, so an operator can see what the gateway and REST are doing. */
function logConnection(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => {
    logger.error('discord client error', { error });
  });
  client.on(Events.Warn, (message) => {
    logger.warn(`discord: ${message}`);
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.warn('discord gateway closed', { code: event.code, shard });
  });
  client.on(Events.ShardReconnecting, (shard) => {
    logger.info('discord gateway reconnecting', { shard });
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    logger.info('discord gateway resumed', { shard, replayed });
  });
  client.on(Events.ShardError, (error, shard) => {
    logger.error('discord gateway error', { error, shard });
  });
  client.rest.on(RESTEvents.RateLimited, (info) => {
    logger.warn('discord rate limit: waiting before the next request', {
      route: info.route,
      retryAfterMs: info.retryAfter,
      global: info.global,
    });
  });
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) {
      logger.warn('discord answered 429: retrying after Retry-After', {
        route: request.route,
        retryAfter: response.headers.get('retry-after'),
      });
    }
  });
}

/** Runs each handler to completion, remembering it so stop() can let it finish. */
function tracker(): { track: (work: Promise<void>) => void; settle: () => Promise<void> } {
  const inFlight = new Set<Promise<void>>();
  return {
    track: (work) => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
    settle: async () => {
      await Promise.allSettled([...inFlight]);
    },
  };
}

function routeEvents(
  client: Client,
  ctx: HandlerContext,
  track: (work: Promise<void>) => void,
): void {
  client.on(Events.InteractionCreate, (interaction) => {
    track(handleInteraction(interaction, ctx));
  });
  client.on(Events.MessageCreate, (message) => {
    const botUserId = client.user?.id;
    if (botUserId === undefined) return;
    track(
      answerMessage(message, ctx, botUserId).catch(async (error: unknown) => {
        ctx.logger.error('discord message could not be answered', { error });
        await message.reply(renderNotice(APOLOGY)).catch((apologyError: unknown) => {
          ctx.logger.error('discord apology could not be sent', { apologyError });
        });
      }),
    );
  });
}

function whenReady(client: Client): Promise<Client<true>> {
  return new Promise((resolve) => client.once(Events.ClientReady, resolve));
}

/**
 * Connects to Discord and answers until stopped. Rejects (after cleaning up) when login fails,
 * e.g. with a wrong DISCORD_TOKEN. Never registers commands: `npm run discord:register` does.
 */
export async function startDiscord(
  assistant: Assistant,
  config: DiscordConfig,
  logger: Logger,
): Promise<RunningAdapter> {
  const log = withRedaction(logger, [config.token]);
  const client = createDiscordClient(config);
  const work = tracker();
  logConnection(client, log);
  routeEvents(client, { assistant, logger: log }, work.track);

  const ready = whenReady(client);
  let readyClient: Client<true>;
  try {
    await client.login(config.token);
    readyClient = await ready;
  } catch (error) {
    await client.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Discord login failed: ${reason} (check DISCORD_TOKEN)`, { cause: error });
  }
  const applicationId = readyClient.application.id;
  if (applicationId !== config.applicationId) {
    log.warn(
      'DISCORD_APPLICATION_ID does not match the application of DISCORD_TOKEN; commands may be registered for another bot',
      { applicationId },
    );
  }
  log.info(`discord connected as ${readyClient.user.tag}`);

  let stopping: Promise<void> | null = null;
  return {
    name: 'discord',
    stop: () => {
      stopping ??= work.settle().then(() => client.destroy());
      return stopping;
    },
  };
}
