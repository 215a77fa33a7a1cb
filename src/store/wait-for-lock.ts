/** How a writer waits for a database another process is writing. */
export interface WaitOptions {
  /** Called on each retry while waiting, with the time waited so far: the caller says "waiting…". */
  onWait?: (waitedMs: number) => void;
  /** Give up (with a clear error) after this long (default 5 minutes). */
  maxWaitMs?: number;
}

export const DEFAULT_MAX_WAIT_MS = 5 * 60_000;

/** The database stayed locked by another writer for longer than the caller would wait. */
export class DatabaseBusy extends Error {}

/** SQLITE_BUSY (another connection holds the write lock) or SQLITE_LOCKED, in any extended form. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Back-off between attempts: 50 ms doubling to 1 s (SQLite's busy_timeout adds its own wait). */
function backoff(attempt: number): number {
  return Math.min(1000, 50 * 2 ** attempt);
}

/**
 * After a failed attempt: the pause before the next one, or the error to throw (not a lock, or
 * waited long enough). Reports the wait through onWait.
 */
function afterFailure(error: unknown, started: number, attempt: number, options: WaitOptions): number {
  if (!isBusy(error)) throw error;
  const waited = Date.now() - started;
  if (waited >= (options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS)) {
    throw new DatabaseBusy(`the database is locked by another process (waited ${Math.round(waited / 1000)} s): ${(error as Error).message}`);
  }
  options.onWait?.(waited);
  return backoff(attempt);
}

/**
 * Runs `fn` (a write: a transaction, a pragma), retrying while another connection holds the lock,
 * for at most `maxWaitMs`. Synchronous: for opening and migrating, before a batch starts.
 */
export function retrySync<T>(fn: () => T, options: WaitOptions = {}): T {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (error) {
      Atomics.wait(pause, 0, 0, afterFailure(error, started, attempt, options));
    }
  }
}

/** The same, sleeping between attempts without blocking the event loop (Ctrl-C is still heard). */
export async function retryAsync<T>(fn: () => T, options: WaitOptions = {}): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (error) {
      const ms = afterFailure(error, started, attempt, options);
      await new Promise((r) => setTimeout(r, ms));
    }
  }
}
