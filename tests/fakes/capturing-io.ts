// The CLI's injected I/O for tests: what a command prints is kept, standard input is empty.
import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/command';

export function capturingIo(
  env: Record<string, string> = {},
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: new PassThrough(),
    env,
  };
}
