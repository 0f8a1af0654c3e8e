// Temporary folders for tests, removed when the test file is done: one place for what six test
// files each wrote for themselves (mkdtempSync, some with no clean-up at all).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

// Jest loads this module afresh for each test file, at the file's top level, where a hook may be
// registered: the folders a file made are removed after its last test.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temp folder, named with the prefix. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
