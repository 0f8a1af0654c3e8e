// The core's configuration, read from the environment in this one place into a frozen object.
import fs from 'node:fs';
import path from 'node:path';
import type { LogLevel } from './logger';

export interface CoreConfig {
  /** Folder of the YAML knowledge base. */
  knowledgeDir: string;
  logLevel: LogLevel;
  /** SQLite path of the question log, or null when QUESTION_LOG=off. */
  questionLogPath: string | null;
  /** Days after which question text is deleted from the log. */
  questionLogDays: number;
  /** Whether running bots watch knowledge/ and reload valid edits. */
  watchKnowledge: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Loads ./.env into the process environment when it exists (variables already set win). */
export function loadDotEnv(file = '.env'): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** The repository's own knowledge/ folder, wherever the code runs from (src/ or dist/src/). */
export function defaultKnowledgeDir(): string {
  const fromHere = path.resolve(__dirname, '..', 'knowledge');
  const fromDist = path.resolve(__dirname, '..', '..', 'knowledge');
  return __dirname.includes(`${path.sep}dist${path.sep}`) ? fromDist : fromHere;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** A variable's value, trimmed; null when unset or blank. Adapters read their settings with it too. */
export function optionalEnv(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? null : raw;
}

/** An optional http(s) URL setting (an API base for a proxy or tests); ConfigError naming it otherwise. */
export function optionalHttpUrl(env: Env, name: string, example: string): string | null {
  const raw = optionalEnv(env, name);
  if (raw === null) return null;
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    throw new ConfigError(name, `${name} must be an http(s) URL such as ${example}; got "${raw}"`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new ConfigError(name, `${name} must start with http:// or https://; got "${raw}"`);
  }
  return raw;
}

function readLogLevel(env: Env): LogLevel {
  const raw = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new ConfigError(
    'LOG_LEVEL',
    `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${raw}"`,
  );
}

function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(name, `${name} must be a positive whole number of days; got "${raw}"`);
  }
  return value;
}

/** Reads the core settings; throws ConfigError naming the variable when one is invalid. */
export function readCoreConfig(env: Env): CoreConfig {
  const questionLog = env.QUESTION_LOG ?? './data/questions.db';
  return Object.freeze({
    knowledgeDir: path.resolve(env.KNOWLEDGE_DIR ?? defaultKnowledgeDir()),
    logLevel: readLogLevel(env),
    questionLogPath: questionLog.toLowerCase() === 'off' ? null : path.resolve(questionLog),
    questionLogDays: readPositiveInt(env, 'QUESTION_LOG_DAYS', 30),
    watchKnowledge: (env.WATCH_KNOWLEDGE ?? 'on').toLowerCase() !== 'off',
  });
}
