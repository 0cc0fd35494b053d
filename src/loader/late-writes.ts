/**
 * `npm run dev`: a save that reaches the disk in more than one write is seen to its end.
 *
 * The dev server's watcher (chokidar, through Vite) drops a second `change` of a file that comes within
 * 50 ms of the first. An editor that saves in place truncates the file and then writes it; on a busy
 * machine the watcher can report the empty file, and the write that follows falls inside those 50 ms:
 * glob() parses the empty post, the browser shows "title is required", and the text the author saved is
 * never read until the next save. So, once the throttle has passed, each changed post is read again, and
 * if it is not what it was when the change was reported, the change is reported once more.
 */
import { readFileSync } from 'node:fs';
import type { LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

/** Longer than chokidar's 50 ms throttle of `change`, short enough that nobody waits for it. */
const SETTLE_MS = 120;

function contents(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Deleted or being replaced: its own `unlink`/`add` events follow.
    return undefined;
  }
}

export interface LateWrites {
  /** Reports a change of the file again once the throttle has passed (a parse of it went stale). */
  reportAgain(file: string): void;
}

export function watchLateWrites(watcher: Watcher, isPost: (file: string) => boolean): LateWrites {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** After SETTLE_MS, reports the file's change again if `changedSince` says so of its text then. */
  const later = (file: string, changedSince: (now: string) => boolean) => {
    clearTimeout(pending.get(file));
    const timer = setTimeout(() => {
      pending.delete(file);
      const now = contents(file);
      if (now !== undefined && changedSince(now)) watcher.emit('change', file);
    }, SETTLE_MS);
    // A timer left when the dev server stops must not keep the process alive.
    timer.unref();
    pending.set(file, timer);
  };
  const onChange = (file: string) => {
    if (!isPost(file)) return;
    const seen = contents(file);
    later(file, (now) => now !== seen);
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  return { reportAgain: (file) => later(file, () => true) };
}
