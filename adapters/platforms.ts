// Which chat platforms to start, decided from their settings alone. Each adapter reads its own
// variables; a platform whose token is unset is simply not started.
import type { Assistant, Env, Logger } from '../src';
import { readDiscordConfig, startDiscord } from './discord';
import { readSlackConfig, slackSecrets, startSlack } from './slack';
import type { RunningAdapter } from './types';

export interface PlatformStart {
  name: string;
  /** Values the logger must never print. */
  secrets: string[];
  start(assistant: Assistant, logger: Logger): Promise<RunningAdapter>;
}

/** Throws ConfigError (naming the variable) when a platform's settings are incomplete. */
export function platformsFromEnv(env: Env): PlatformStart[] {
  const platforms: PlatformStart[] = [];
  const slack = readSlackConfig(env);
  if (slack) {
    platforms.push({
      name: 'slack',
      secrets: slackSecrets(slack),
      start: (assistant, logger) => startSlack(assistant, slack, logger),
    });
  }
  const discord = readDiscordConfig(env);
  if (discord) {
    platforms.push({
      name: 'discord',
      secrets: [discord.token],
      start: (assistant, logger) => startDiscord(assistant, discord, logger),
    });
  }
  return platforms;
}
