// startSlack: the composition root's entry point; connects or listens and answers until stopped.
import type { Assistant, Logger } from '../../src';
import type { RunningAdapter } from '../types';
import type { SlackConfig } from './config';
import { createSlackApp } from './create-app';

/**
 * Starts Slack in Socket Mode (SLACK_APP_TOKEN set) or HTTP mode on PORT at /slack/events.
 * Rejects, after cleaning up, when Slack refuses the tokens.
 */
export async function startSlack(
  assistant: Assistant,
  config: SlackConfig,
  logger: Logger,
): Promise<RunningAdapter> {
  const slack = createSlackApp(assistant, config, logger);
  try {
    const { port } = await slack.start();
    logger.info(
      port === null
        ? 'slack connected in Socket Mode'
        : `slack listening on port ${port} at /slack/events (HTTP mode)`,
    );
  } catch (error) {
    await slack.stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Slack start failed: ${reason} (check SLACK_BOT_TOKEN${config.appToken === null ? '' : ' and SLACK_APP_TOKEN'})`,
      { cause: error },
    );
  }
  return { name: 'slack', stop: () => slack.stop() };
}
