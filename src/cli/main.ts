// The alliance-bot CLI: picks the subcommand, runs it with injected I/O, turns errors into exit codes.
import { loadDotEnv } from '../config';
import type { CliCommand, CliIo } from './command';
import { CliError } from './command';
import { askCommand } from './commands/ask';
import { checkCommand } from './commands/check';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { gapsCommand } from './commands/gaps';
import { statsCommand } from './commands/stats';

export const COMMANDS: readonly CliCommand[] = [
  askCommand,
  checkCommand,
  evalCommand,
  exportCommand,
  gapsCommand,
  statsCommand,
];

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: alliance-bot <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Every command takes --kb DIR (default: KNOWLEDGE_DIR, else the repository's knowledge/).",
  ].join('\n');
}

/** Runs the CLI and returns the exit code: 0 ok, 1 invalid knowledge or a failed check, 2 usage. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    if (name === undefined) {
      io.stderr(usage() + '\n');
      return 2;
    }
    io.stdout(usage() + '\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`alliance-bot ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

/** The bin's entry: real process streams; only sets the exit code, so output is flushed. */
export function runFromProcess(): void {
  loadDotEnv();
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
    env: process.env,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
