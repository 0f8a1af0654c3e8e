// Bolt's logger interface on top of ours, so the library's own messages are redacted like ours.
import { inspect } from 'node:util';
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from '../../src';
import { redact } from '../../src';

function line(parts: unknown[], secrets: readonly string[]): string {
  const text = parts
    .map((part) =>
      typeof part === 'string' ? part : inspect(part, { depth: 3, breakLength: Infinity }),
    )
    .join(' ');
  return redact(text, secrets);
}

/**
 * Wraps a Logger for Bolt and the Socket Mode client. Bolt's level stays at INFO: its DEBUG
 * output dumps whole payloads, user text included, which the logs must not hold.
 */
export function toBoltLogger(logger: Logger, secrets: readonly string[]): BoltLogger {
  let name = 'slack';
  return {
    debug: (...parts: unknown[]) => {
      logger.debug(`${name}: ${line(parts, secrets)}`);
    },
    info: (...parts: unknown[]) => {
      logger.info(`${name}: ${line(parts, secrets)}`);
    },
    warn: (...parts: unknown[]) => {
      logger.warn(`${name}: ${line(parts, secrets)}`);
    },
    error: (...parts: unknown[]) => {
      logger.error(`${name}: ${line(parts, secrets)}`);
    },
    setLevel: () => {
      // Level filtering is the wrapped logger's job (LOG_LEVEL).
    },
    getLevel: () => LogLevel.INFO,
    setName: (next: string) => {
      name = next;
    },
  };
}

/** Our Logger with the Slack secrets redacted, whatever logger the composition root passes in. */
export function withRedaction(logger: Logger, secrets: readonly string[]): Logger {
  const wrap =
    (log: Logger['info']): Logger['info'] =>
    (message, fields) => {
      const safeFields =
        fields === undefined
          ? undefined
          : Object.fromEntries(
              Object.entries(fields).map(([key, value]) => [
                key,
                typeof value === 'string'
                  ? redact(value, secrets)
                  : value instanceof Error
                    ? redact(value.stack ?? value.message, secrets)
                    : value,
              ]),
            );
      log(redact(message, secrets), safeFields);
    };
  return {
    debug: wrap(logger.debug.bind(logger)),
    info: wrap(logger.info.bind(logger)),
    warn: wrap(logger.warn.bind(logger)),
    error: wrap(logger.error.bind(logger)),
  };
}
