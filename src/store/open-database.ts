import Database from "better-sqlite3";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { retrySync, type WaitOptions } from "./wait-for-lock.js";

export type Db = Database.Database;

// URI file names let a read-only open fall back to `immutable=1` (a database in a folder the user
// cannot write, where SQLite cannot create its -shm file). Read once, when the addon first loads.
process.env.SQLITE_USE_URI ??= "1";

/** db/migrations beside the package (works from dist/ and from a clone). */
const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "db", "migrations");

export const DEFAULT_DB = "db/yusuan.sqlite";

/** The database path from --db, then $YUSUAN_DB, then db/yusuan.sqlite. */
export function resolveDbPath(flag?: string): string {
  return flag ?? process.env.YUSUAN_DB ?? DEFAULT_DB;
}

/** A path SQLite reads as a file name even with URIs on ("file:x" would be a URI). */
function fileName(path: string): string {
  return path === ":memory:" || !path.startsWith("file:") ? path : `./${path}`;
}

/** The database is another application's: refused before anything is written to it. */
export class ForeignDatabase extends Error {}

/**
 * Opens (creating if needed) the database for writing and applies pending migrations. Another
 * application's SQLite file is refused before anything is written to it; a write lock held by
 * another process is waited for (bounded, reported through `onWait`); two runs starting on a new
 * database at once both succeed (migrations run in one IMMEDIATE transaction each).
 */
export function openDatabase(path: string, wait: WaitOptions = {}): Db {
  if (path !== ":memory:") {
    refuseForeign(path);
    mkdirSync(dirname(path) || ".", { recursive: true });
  }
  const db = new Database(fileName(path));
  try {
    db.pragma("busy_timeout = 1000");
    if (path !== ":memory:") retrySync(() => db.pragma("journal_mode = WAL"), wait);
    db.pragma("synchronous = NORMAL");
    migrate(db, wait);
    db.pragma("foreign_keys = ON");
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens an existing database read-only: the `query`, `report` and `show` verbs cannot write. A
 * database in a folder the user cannot write is opened immutable (SQLite cannot make its -shm file).
 */
export function openReadOnly(path: string): Db {
  const open = (name: string) => {
    const db = new Database(name, { readonly: true, fileMustExist: true });
    db.pragma("query_only = ON");
    db.prepare("SELECT count(*) FROM sqlite_master").get(); // fails here, not later, when the -shm is needed
    return db;
  };
  try {
    return open(fileName(path));
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!/^SQLITE_(CANTOPEN|READONLY)/.test(code) || !existsSync(path)) throw error;
    return open(`file:${encodeURI(resolve(path)).replace(/[?#]/g, encodeURIComponent)}?immutable=1`);
  }
}

/**
 * A file that is not empty must already be a yusuan database (it has schema_migrations) or an
 * empty SQLite database: anything else is another application's data and is left untouched.
 */
function refuseForeign(path: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats || stats.size === 0) return;
  if (stats.isDirectory()) throw new ForeignDatabase(`${path} is a folder`);
  let tables: string[];
  try {
    const db = new Database(fileName(path), { readonly: true, fileMustExist: true });
    try {
      tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code === "SQLITE_NOTADB") throw new ForeignDatabase(`${path} is not an SQLite database: refusing to change it`);
    if (code.startsWith("SQLITE_BUSY")) return; // another yusuan run is creating it: the migration waits
    throw error;
  }
  if (tables.length === 0 || tables.includes("schema_migrations")) return;
  const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
  throw new ForeignDatabase(`${path} is another application's SQLite database (tables ${shown}), not a yusuan database: refusing to change it`);
}

/**
 * Applies db/migrations/NNN_*.sql in order, each once, recorded in schema_migrations. They run in
 * one IMMEDIATE transaction that re-reads what is applied, so concurrent first runs apply each
 * migration once; foreign keys are off meanwhile (a migration may rebuild a table).
 */
export function migrate(db: Db, wait: WaitOptions = {}): void {
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  const pending = () => {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    const applied = new Set(exists ? (db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]) : []);
    return files.filter((f) => !applied.has(Number(f.split("_")[0])));
  };
  if (pending().length === 0) return; // the common case takes no write lock
  db.pragma("foreign_keys = OFF");
  retrySync(
    () =>
      db.transaction(() => {
        db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        for (const file of pending()) {
          db.exec(readFileSync(join(MIGRATIONS, file), "utf8"));
          db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))").run(Number(file.split("_")[0]), file);
        }
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`a migration left ${broken.length} rows without their parent`);
      }).immediate(),
    wait,
  );
}
