// `npm run discord:register`: puts the bot's commands on Discord once (guild-scoped with
// DISCORD_GUILD_ID, otherwise global). The bot itself never registers on start: Discord allows
// 200 command creates per day and server, and global changes take a while to appear.
import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Env } from '../../src';
import { ConfigError, loadDotEnv, redact } from '../../src';
import { commandDefinitions } from './commands';
import type { DiscordConfig } from './config';
import { readDiscordConfig } from './config';

export interface RegisterResult {
  scope: 'guild' | 'global';
  names: string[];
}

export interface RegisterIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** PUTs every command (a bulk overwrite: commands no longer defined disappear). */
export async function registerCommands(config: DiscordConfig): Promise<RegisterResult> {
  const rest = new REST(config.apiUrl === null ? {} : { api: config.apiUrl }).setToken(
    config.token,
  );
  const route =
    config.guildId === null
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  const body = commandDefinitions();
  try {
    await rest.put(route, { body });
  } finally {
    rest.clearHandlerSweeper();
    rest.clearHashSweeper();
  }
  return {
    scope: config.guildId === null ? 'global' : 'guild',
    names: body.map((command) => command.name),
  };
}

/** A failure as one actionable sentence. */
export function explainFailure(error: unknown, config: DiscordConfig): string {
  if (error instanceof DiscordAPIError) {
    const detail = `Discord answered HTTP ${String(error.status)} (${error.message})`;
    if (error.status === 401)
      return `${detail}. DISCORD_TOKEN is not accepted (mistyped, or reset since); copy it again (Developer Portal → Bot → Reset Token).`;
    if (error.status === 403) {
      return `${detail}. The bot may not manage commands there: invite it to server ${config.guildId ?? '(none)'} with the applications.commands scope, or unset DISCORD_GUILD_ID.`;
    }
    if (error.status === 404)
      return `${detail}. Check DISCORD_APPLICATION_ID${config.guildId === null ? '' : ' and DISCORD_GUILD_ID'}.`;
    return `${detail}.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Could not reach Discord at ${config.apiUrl ?? 'https://discord.com/api'}: ${message}`;
}

/** The script: returns the exit code (0 registered, 1 Discord refused or unreachable, 2 configuration). */
export async function runRegisterCommands(env: Env, io: RegisterIo): Promise<number> {
  let config: DiscordConfig | null;
  try {
    config = readDiscordConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`configuration error: ${error.message}`);
    return 2;
  }
  if (config === null) {
    io.err(
      'configuration error: DISCORD_TOKEN is required to register commands; set it (and DISCORD_APPLICATION_ID) in .env',
    );
    return 2;
  }
  try {
    const result = await registerCommands(config);
    const names = result.names.map((name) => `/${name}`).join(', ');
    io.out(
      result.scope === 'guild'
        ? `Registered ${names} in server ${config.guildId ?? ''}: usable there now.`
        : `Registered ${names} globally: Discord can take up to an hour to show it in every server.`,
    );
    return 0;
  } catch (error) {
    io.err(
      `Registering the commands failed. ${redact(explainFailure(error, config), [config.token])}`,
    );
    return 1;
  }
}

if (require.main === module) {
  // Same settings as `npm start`: a local .env when there is one.
  loadDotEnv();
  runRegisterCommands(process.env, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
