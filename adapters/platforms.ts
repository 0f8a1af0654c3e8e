// Which chat platforms to start, decided from their settings alone. Each adapter reads its own
// variables; a platform whose token is unset is simply not started.
import type { Assistant, Env, Logger } from '../src';
import { readDiscordConfig, startDiscord } from './discord';
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
