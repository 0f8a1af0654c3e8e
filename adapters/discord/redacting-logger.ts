// A logger wrapper that masks the bot token even if the logger it wraps was not told about it.
import type { Logger } from '../../src';
import { redact } from '../../src';

function clean(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (value instanceof Error) return redact(value.stack ?? value.message, secrets);
  return value;
}

export function withRedaction(logger: Logger, secrets: readonly string[]): Logger {
  const wrap =
    (write: Logger['info']) =>
    (message: string, fields?: Record<string, unknown>): void => {
      const cleaned = fields
        ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, clean(v, secrets)]))
        : undefined;
      write(redact(message, secrets), cleaned);
    };
  return {
    debug: wrap(logger.debug.bind(logger)),
    info: wrap(logger.info.bind(logger)),
    warn: wrap(logger.warn.bind(logger)),
    error: wrap(logger.error.bind(logger)),
  };
}
