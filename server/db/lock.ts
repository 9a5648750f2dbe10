// An exclusive lock on a data folder. PGlite takes none, and two processes writing one
// folder lose data. The lock is a file in the folder holding the owner's pid, made
// atomically (a hard link of a fully written file: it never exists half-written). A lock
// whose process is gone is taken over; it is removed on release and when the process exits.
import { hostname } from 'node:os';
import { join } from 'node:path';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

export const LOCK_FILE = 'buurtkit.lock';

interface Owner {
  pid: number;
  hostname: string;
  since: string;
}

export class FolderLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: Owner,
  ) {
    super(`${dir} is locked by process ${owner.pid} on ${owner.hostname}`);
  }
}

export interface FolderLock {
  release(): void;
}

/**
 * Locks `dir` (which must exist) for this process. Throws FolderLockedError when a live
 * process holds it, and the file system's error (EACCES, EROFS…) when the folder cannot
 * be written.
 */
export function lockFolder(dir: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  const mine: Owner = { pid: process.pid, hostname: hostname(), since: new Date().toISOString() };
  const text = JSON.stringify(mine) + '\n';
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, text);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      }
      const held = readOwner(path);
      if (held && isAlive(held.owner)) throw new FolderLockedError(dir, held.owner);
      if (held) removeStale(path, held.text);
    }
  } finally {
    unlinkSync(draft);
  }

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock: never remove one another process has taken over since.
    try {
      if (readOwner(path)?.text === text) unlinkSync(path);
    } catch {} // the folder is gone or unreadable: nothing left to release

  };
  process.on('exit', release);
  return { release };
}

function readOwner(path: string): { owner: Owner; text: string } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Owner;
    if (Number.isInteger(owner.pid)) return { owner, text };
  } catch {}
  // Not written by us: treat as held by nobody we can check, which is taken over.
  return { owner: { pid: 0, hostname: hostname(), since: '' }, text };
}

function isAlive(owner: Owner): boolean {
  // A process on another machine (a shared network folder) cannot be checked: assume alive.
  if (owner.hostname !== hostname()) return true;
  // Our own pid in a lock we have not taken: left by an earlier process that had our pid.
  if (owner.pid <= 0 || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but someone else's
  }
}

/**
 * Removes a stale lock, but only the stale one: it is first moved aside atomically, and if
 * what was moved is not what we judged stale (another process took over meanwhile), it is
 * put back.
 */
function removeStale(path: string, staleText: string) {
  const aside = `${path}.stale.${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // gone already
    throw error;
  }
  if (readFileSync(aside, 'utf8') !== staleText) {
    try {
      linkSync(aside, path);
    } catch {}
  }
  unlinkSync(aside);
}
