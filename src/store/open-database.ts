import Database from "better-sqlite3";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export type Db = Database.Database;

/** db/migrations beside the package (works from dist/ and from a clone). */
const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "db", "migrations");

export const DEFAULT_DB = "db/yusuan.sqlite";

/** The database path from --db, then $YUSUAN_DB, then db/yusuan.sqlite. */
export function resolveDbPath(flag?: string): string {
  return flag ?? process.env.YUSUAN_DB ?? DEFAULT_DB;
}

/** Opens (creating if needed) the database for writing and applies pending migrations. */
export function openDatabase(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path) || ".", { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

/** Opens an existing database read-only: the `query`, `report` and `show` verbs cannot write. */
export function openReadOnly(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma("query_only = ON");
  return db;
}

/** Applies db/migrations/NNN_*.sql in order, each once, recorded in schema_migrations. */
export function migrate(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set(db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
  const files = readdirSync(MIGRATIONS).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  for (const file of files) {
    const version = Number(file.split("_")[0]);
    if (applied.has(version)) continue;
    const sql = readFileSync(join(MIGRATIONS, file), "utf8");
    db.transaction(() => {
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))").run(version, file);
    })();
  }
}
