// The Slack adapter's surface for the composition root (adapters/main.ts) and the tests.
export { readSlackConfig, slackSecrets } from './config';
export type { SlackConfig } from './config';
export { createSlackApp } from './create-app';
export type { SlackAdapter, SlackAppOptions } from './create-app';
export { startSlack } from './start';
