// Fixed snowflakes the Discord stand-in and the tests agree on.
export const DISCORD_IDS = {
  application: '100000000000000001',
  bot: '100000000000000001',
  guild: '200000000000000001',
  channel: '300000000000000001',
  dmChannel: '300000000000000009',
  user: '400000000000000001',
  otherUser: '400000000000000002',
  role: '500000000000000001',
  command: '600000000000000001',
} as const;

export const DISCORD_TOKEN = 'fake-discord-token.for-tests-only.never-real';
