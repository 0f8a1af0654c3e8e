// The Discord adapter's surface for the composition root (adapters/main.ts).
export { readDiscordConfig } from './config';
export type { DiscordConfig } from './config';
export { startDiscord } from './start';
