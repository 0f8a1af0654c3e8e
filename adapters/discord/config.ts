// The Discord adapter's settings, read from the environment in this one place into a frozen object.
import type { Env } from '../../src';
import { ConfigError, optionalEnv, optionalHttpUrl } from '../../src';

export interface DiscordConfig {
  /** The bot token (Developer Portal → Bot), without the "Bot " prefix. Never logged. */
  readonly token: string;
  /** The application id (Developer Portal → General Information); commands are registered under it. */
  readonly applicationId: string;
  /** Register commands in this one server only (instant; for development); null → global. */
  readonly guildId: string | null;
  /** REST base without the version, e.g. https://discord.com/api (a proxy, tests); null → Discord's. */
  readonly apiUrl: string | null;
}

// Discord ids are 64-bit integers written in decimal: 17 to 20 digits today.
const SNOWFLAKE = /^\d{17,20}$/;

function readToken(raw: string): string {
  if (/^bot\s/i.test(raw)) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'DISCORD_TOKEN must be the bare bot token, without the "Bot " prefix',
    );
  }
  if (/\s/.test(raw)) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'DISCORD_TOKEN must not contain spaces; copy it again from the Developer Portal (Bot → Reset Token)',
    );
  }
  return raw;
}

function readSnowflake(env: Env, name: string, what: string): string | null {
  const raw = optionalEnv(env, name);
  if (raw !== null && !SNOWFLAKE.test(raw)) {
    throw new ConfigError(
      name,
      `${name} must be ${what}: a Discord id of 17 to 20 digits; got "${raw}"`,
    );
  }
  return raw;
}

function readApiUrl(env: Env): string | null {
  const raw = optionalHttpUrl(env, 'DISCORD_API_URL', 'https://discord.com/api');
  if (raw === null) return null;
  const base = raw.replace(/\/+$/, '');
  // discord.js appends /v10 itself: a base that already ends in a version would call /v10/v10/….
  if (/\/v\d+$/.test(base)) {
    throw new ConfigError(
      'DISCORD_API_URL',
      `DISCORD_API_URL is the base without the API version (e.g. https://discord.com/api, not …/api/v10); got "${raw}"`,
    );
  }
  return base;
}

/**
 * Reads the Discord settings. Returns null when DISCORD_TOKEN is unset (Discord is not started);
 * throws ConfigError naming the variable when a setting is missing or invalid.
 * @example readDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' })
 */
export function readDiscordConfig(env: Env): DiscordConfig | null {
  const token = optionalEnv(env, 'DISCORD_TOKEN');
  if (token === null) return null;
  const applicationId = readSnowflake(
    env,
    'DISCORD_APPLICATION_ID',
    'the application id from the Developer Portal (General Information)',
  );
  if (applicationId === null) {
    throw new ConfigError(
      'DISCORD_APPLICATION_ID',
      'DISCORD_APPLICATION_ID is required for Discord (Developer Portal → General Information → Application ID); set it in .env or unset DISCORD_TOKEN to run without Discord',
    );
  }
  return Object.freeze({
    token: readToken(token),
    applicationId,
    guildId: readSnowflake(
      env,
      'DISCORD_GUILD_ID',
      'the id of the server to register commands in (optional)',
    ),
    apiUrl: readApiUrl(env),
  });
}
