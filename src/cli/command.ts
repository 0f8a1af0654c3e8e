// The shape of a CLI subcommand and its injected I/O, so commands run in tests without a process.
import type { Env } from '../config';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Lines of standard input, read lazily (ask --jsonl, piped chat). */
  stdin: NodeJS.ReadableStream;
  env: Env;
}

export interface CliCommand {
  name: string;
  /** One line for the usage text. */
  summary: string;
  /** Returns the exit code. Throws CliError for usage errors. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A user-facing error: only its message is printed, and the process exits with exitCode. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
