// A debounced watcher of a folder tree: many file events from one save (or a git checkout) run one
// callback. One plain fs.watch per folder, not `recursive: true`: on Linux, Node 20's recursive
// watcher watches each file's inode, so after an editor's atomic save (write a temp file, rename it
// over the old one) it never sees that file change again, and its unref() does nothing.
import fs from 'node:fs';
import path from 'node:path';
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

/** dir and every folder below it, hidden ones (.git) excepted, like the loader. */
export function listFolders(dir: string): string[] {
  const folders = [dir];
  for (const dirent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (dirent.isDirectory() && !dirent.name.startsWith('.')) {
      folders.push(...listFolders(path.join(dir, dirent.name)));
    }
  }
  return folders;
}

/** While dir is missing (deleted, about to be created again), how often to look for it. */
const MISSING_POLL_MS = 1000;

/**
 * What tells a folder from one deleted and created again under the same name: its inode, and its
 * birth time, since a file system may hand the freed inode number straight to the new folder.
 */
function identityOf(folder: string): string | undefined {
  try {
    const stat = fs.statSync(folder);
    return `${stat.ino}/${stat.birthtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * Watches dir and its subfolders, including folders created later, and dir itself when it is
 * deleted and created again (a script that rebuilds the knowledge folder): a watcher follows the
 * folder it was opened on, not its name. The watchers are not persistent and the timers are
 * unref'd: watching never keeps the process alive on its own.
 */
export function watchFolder(options: WatchFolderOptions): FolderWatcher {
  const watchers = new Map<string, { watcher: fs.FSWatcher; identity: string | undefined }>();
  let timer: NodeJS.Timeout | undefined;
  let missingPoll: NodeJS.Timeout | undefined;
  let closed = false;

  const fire = (): void => {
    timer = undefined;
    if (closed) return;
    // Folders first, then the reload: a file written after this is seen by a watcher, one
    // written before it is read by the reload.
    syncFolders();
    options.onChange();
  };

  const closeWatchers = (): void => {
    for (const { watcher } of watchers.values()) watcher.close();
    watchers.clear();
  };

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, options.debounceMs);
    timer.unref();
  };

  const onEvent = (folder: string, filename: string | null): void => {
    const relative =
      filename === null ? null : path.join(path.relative(options.dir, folder), filename);
    if (closed || !isRelevantChange(relative)) return;
    schedule();
  };

  /** Looks for a missing dir until it is back, then watches it and reloads. */
  const waitForDir = (): void => {
    if (missingPoll || closed) return;
    missingPoll = setInterval(() => {
      if (closed || !fs.existsSync(options.dir)) return;
      clearInterval(missingPoll);
      missingPoll = undefined;
      // Every watcher opened before was on the deleted tree: the next sync watches the new one.
      closeWatchers();
      schedule();
    }, MISSING_POLL_MS);
    missingPoll.unref();
  };

  const watchOne = (folder: string): void => {
    const watcher = fs.watch(folder, { persistent: false }, (_event, filename) => {
      onEvent(folder, filename);
    });
    // A deleted folder ends its watcher; the next sync forgets it.
    watcher.on('error', () => {
      watcher.close();
      if (watchers.get(folder)?.watcher === watcher) watchers.delete(folder);
    });
    watchers.set(folder, { watcher, identity: identityOf(folder) });
  };

  function syncFolders(): void {
    let folders: Set<string>;
    try {
      folders = new Set(listFolders(options.dir));
    } catch (error) {
      const missing = !fs.existsSync(options.dir);
      options.logger.error(
        missing
          ? `${options.dir} is gone; watching for it to come back`
          : `cannot list ${options.dir}; edits may not be picked up`,
        { error },
      );
      if (missing) waitForDir();
      return;
    }
    for (const [folder, { watcher, identity }] of watchers) {
      // Gone, or deleted and created again: a watcher on the old folder sees nothing new.
      if (!folders.has(folder) || identityOf(folder) !== identity) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        watchOne(folder);
      } catch (error) {
        options.logger.error(`cannot watch ${folder}; edits there are not picked up`, { error });
      }
    }
  }

  syncFolders();
  return {
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      if (missingPoll) clearInterval(missingPoll);
      closeWatchers();
    },
  };
}
