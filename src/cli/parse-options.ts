// Option parsing on node:util's parseArgs, with usage errors turned into CliError (exit 2).
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliError } from './command';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const KB_OPTION = { kb: { type: 'string' } } as const;

export function parseOptions<T extends OptionSpec>(args: string[], options: T, usage: string) {
  try {
    return parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${message}\nusage: ${usage}`, 2);
  }
}
