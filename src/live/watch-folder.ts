// A debounced recursive watcher: many file events from one save (or a git checkout) run one callback.
import fs from 'node:fs';
import type { Logger } from '../logger';

export interface FolderWatcher {
  close(): void;
}

export interface WatchFolderOptions {
  dir: string;
  debounceMs: number;
  logger: Logger;
  /** Runs once per burst of relevant changes, debounceMs after the last one. */
  onChange: () => void;
}

/**
 * Editors save through swap and backup files (.swp, ~, 4913); only YAML files, folders (no
 * extension) and unnamed events can change the knowledge base.
 */
export function isRelevantChange(filename: string | null): boolean {
  if (filename === null) return true;
  const base = filename.split(/[\\/]/).pop() ?? filename;
  return /\.ya?ml$/i.test(base) || (!base.includes('.') && !/^\d+$/.test(base));
}

/**
 * Watches dir and its subfolders with the real fs.watch (recursive works on Linux from Node 20).
 * Neither the watcher nor its timer keeps the process alive on its own.
 */
export function watchFolder(options: WatchFolderOptions): FolderWatcher {
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(options.dir, { recursive: true }, (_event, filename) => {
    if (!isRelevantChange(filename)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      options.onChange();
    }, options.debounceMs);
    timer.unref();
  });
  watcher.on('error', (error) => {
    options.logger.error(
      `watching ${options.dir} failed; edits are not picked up until a restart`,
      {
        error,
      },
    );
  });
  watcher.unref();
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
