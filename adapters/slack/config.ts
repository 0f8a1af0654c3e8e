// The Slack adapter's settings, read from the environment in this one place into a frozen object.
import type { Env } from '../../src';
import { ConfigError, optionalEnv, optionalHttpUrl } from '../../src';

export type SlackConfig = Readonly<{
  /** Bot token (xoxb-…): OAuth & Permissions → Bot User OAuth Token. Never logged. */
  botToken: string;
  /** App-level token (xapp-…, scope connections:write): Socket Mode when set, HTTP mode otherwise. */
  appToken: string | null;
  /** Signing secret: verifies HTTP requests; required in HTTP mode only. */
  signingSecret: string | null;
  /** HTTP mode: port of the Events API endpoint /slack/events. */
  port: number;
  /** Web API base, e.g. https://slack.com/api/ (GovSlack, a proxy, tests); null → Slack's. */
  apiUrl: string | null;
  /** The bot's ids; when both are known, Bolt never calls auth.test. */
  botId: string | null;
  botUserId: string | null;
}>;

const DEFAULT_PORT = 3000;

function readBotToken(raw: string): string {
  if (!raw.startsWith('xoxb-')) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN',
      'SLACK_BOT_TOKEN must be the Bot User OAuth Token starting with "xoxb-" (OAuth & Permissions)',
    );
  }
  return raw;
}

function readAppToken(env: Env): string | null {
  const raw = optionalEnv(env, 'SLACK_APP_TOKEN');
  if (raw !== null && !raw.startsWith('xapp-')) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write); unset it for HTTP mode',
    );
  }
  return raw;
}

function readPort(env: Env): number {
  const raw = optionalEnv(env, 'PORT');
  if (raw === null) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `PORT must be a whole number from 1 to 65535; got "${raw}"`);
  }
  return port;
}

function readApiUrl(env: Env): string | null {
  const raw = optionalHttpUrl(env, 'SLACK_API_URL', 'https://slack.com/api/');
  if (raw === null) return null;
  // The Web API client appends the method name: the base must end with a slash.
  return raw.endsWith('/') ? raw : `${raw}/`;
}

function readBotIds(env: Env): { botId: string | null; botUserId: string | null } {
  const botId = optionalEnv(env, 'SLACK_BOT_ID');
  const botUserId = optionalEnv(env, 'SLACK_BOT_USER_ID');
  // One without the other would still need auth.test; a half-set pair is most likely a typo.
  if ((botId === null) !== (botUserId === null)) {
    const missing = botId === null ? 'SLACK_BOT_ID' : 'SLACK_BOT_USER_ID';
    throw new ConfigError(
      missing,
      `${missing} must be set together with ${missing === 'SLACK_BOT_ID' ? 'SLACK_BOT_USER_ID' : 'SLACK_BOT_ID'} (or neither: the bot then asks Slack with auth.test at start)`,
    );
  }
  return { botId, botUserId };
}

/**
 * Reads the Slack settings. Returns null when SLACK_BOT_TOKEN is unset (Slack is not started);
 * throws ConfigError naming the variable when a setting is missing or contradictory.
 * @example readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }) // Socket Mode
 */
export function readSlackConfig(env: Env): SlackConfig | null {
  const token = optionalEnv(env, 'SLACK_BOT_TOKEN');
  if (token === null) return null;
  const botToken = readBotToken(token);
  const appToken = readAppToken(env);
  const signingSecret = optionalEnv(env, 'SLACK_SIGNING_SECRET');
  if (appToken === null && signingSecret === null) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'SLACK_SIGNING_SECRET is required for Slack in HTTP mode (Basic Information → Signing Secret); set it, or set SLACK_APP_TOKEN for Socket Mode, or unset SLACK_BOT_TOKEN to run without Slack',
    );
  }
  return Object.freeze({
    botToken,
    appToken,
    signingSecret,
    port: readPort(env),
    apiUrl: readApiUrl(env),
    ...readBotIds(env),
  });
}

/** The values the logger must never print. */
export function slackSecrets(config: SlackConfig): string[] {
  return [config.botToken, config.appToken, config.signingSecret].filter(
    (value): value is string => value !== null,
  );
}
