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

export function reportLateWrites(watcher: Watcher, isPost: (file: string) => boolean, settleMs = SETTLE_MS): void {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const onChange = (file: string) => {
    if (!isPost(file)) return;
    const seen = contents(file);
    clearTimeout(pending.get(file));
    pending.set(
      file,
      setTimeout(() => {
        pending.delete(file);
        const now = contents(file);
        if (now !== undefined && now !== seen) watcher.emit('change', file);
      }, settleMs),
    );
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
}
