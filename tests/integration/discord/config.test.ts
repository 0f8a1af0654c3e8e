// readDiscordConfig: null without a token, a frozen config otherwise, ConfigError naming the variable.
import { readDiscordConfig } from '../../../adapters/discord';
import { ConfigError } from '../../../src';

const APP = '123456789012345678';

describe('readDiscordConfig', () => {
  it('GIVEN no DISCORD_TOKEN (or an empty one) THEN Discord is off', () => {
    expect(readDiscordConfig({})).toBeNull();
    expect(readDiscordConfig({ DISCORD_TOKEN: '  ', DISCORD_APPLICATION_ID: APP })).toBeNull();
  });

  it('GIVEN a token and an application id THEN a frozen config with defaults', () => {
    const config = readDiscordConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_APPLICATION_ID: APP });
    expect(config).toEqual({
      token: 'abc.def.ghi',
      applicationId: APP,
      guildId: null,
      apiUrl: null,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('GIVEN every variable THEN all are read; a trailing slash on the API URL is dropped', () => {
    const config = readDiscordConfig({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: '98765432109876543',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
    });
    expect(config).toMatchObject({
      guildId: '98765432109876543',
      apiUrl: 'http://127.0.0.1:8080/api',
    });
  });

  it.each([
    [{ DISCORD_TOKEN: 't' }, 'DISCORD_APPLICATION_ID'],
    [{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '12345' }, 'DISCORD_APPLICATION_ID'],
    [
      { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: 'my-server' },
      'DISCORD_GUILD_ID',
    ],
    [{ DISCORD_TOKEN: 'Bot abc', DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN'],
    [{ DISCORD_TOKEN: 'abc def', DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN'],
    [
      { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'discord.com/api' },
      'DISCORD_API_URL',
    ],
    [
      { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'ftp://discord.com/api' },
      'DISCORD_API_URL',
    ],
    [
      {
        DISCORD_TOKEN: 't',
        DISCORD_APPLICATION_ID: APP,
        DISCORD_API_URL: 'https://discord.com/api/v10',
      },
      'DISCORD_API_URL',
    ],
  ])('GIVEN %j THEN ConfigError names %s', (env, variable) => {
    let thrown: unknown;
    try {
      readDiscordConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toContain(variable);
  });
});
