// A four-method logger that never prints a secret: every message and field passes through redact().
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

// Slack tokens (xoxb-, xapp-, xoxp-…), Discord bot tokens (three dot-separated base64 parts), bearer headers.
const SECRET_PATTERNS: RegExp[] = [
  /\bxox[a-z]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /\b[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}\b/g,
  /\b(Bearer|Bot)\s+[A-Za-z0-9._-]{8,}/g,
];

const SECRET_KEY = /token|secret|password|authorization/i;

/** Masks token-like substrings so that no log line carries a credential. */
export function redact(text: string, knownSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out;
}

/** Redacts field values, and whole values under secret-looking keys. */
export function redactFields(
  fields: Record<string, unknown>,
  knownSecrets: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (typeof value === 'string') out[key] = redact(value, knownSecrets);
    else if (value instanceof Error) out[key] = redact(value.stack ?? value.message, knownSecrets);
    else out[key] = value;
  }
  return out;
}

export interface ConsoleLoggerOptions {
  level: LogLevel;
  /** Values (tokens from the environment) that must never appear in a log line. */
  secrets?: readonly string[];
  /** Where lines go; stderr by default so stdout stays clean for CLI output. */
  write?: (line: string) => void;
}

/** A logger writing one line per message, filtered by level, with secrets redacted. */
export function createConsoleLogger(options: ConsoleLoggerOptions): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const log =
    (level: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (LEVEL_ORDER[level] < LEVEL_ORDER[options.level]) return;
      const extra = fields ? ' ' + JSON.stringify(redactFields(fields, secrets)) : '';
      write(`${level.toUpperCase()} ${redact(message, secrets)}${extra}`);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
