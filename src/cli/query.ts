import { existsSync, readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { openReadOnly, resolveDbPath, type Db } from "../store/open-database.js";
import { oneOf, parseVerbArgs, UsageError } from "./args.js";
import type { Row } from "./output.js";
import type { QueryTask } from "./query-worker.js";

export const queryHelp = `yusuan query '<SQL>' [--db PATH] [--format table|csv|json] [--timeout SECONDS] [--bom]
yusuan query --file FILE.sql …  |  yusuan query - …   (the SQL from a file, or from standard input)
  Runs one read-only SQL statement and prints the rows as they come (any number, in little memory).
  In a shell, quote the SQL in single quotes (double quotes inside it, as in "check", then survive).
  --timeout S     stop a query still running after S seconds (default 60; 0 for no limit)
  --bom           CSV that starts with a UTF-8 byte-order mark, so Excel shows Chinese text correctly`;

export const DEFAULT_QUERY_TIMEOUT_S = 60;

export async function queryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, {
    db: { type: "string" },
    format: { type: "string" },
    timeout: { type: "string" },
    file: { type: "string" },
    bom: { type: "boolean" },
  });
  const sql = sqlFrom(values.file, positionals);
  if (!sql) throw new UsageError("query needs one SQL statement (as an argument, --file FILE, or - to read standard input)");
  const format = oneOf(values.format, ["table", "csv", "json"] as const, "table", "--format");
  const timeout = values.timeout === undefined ? DEFAULT_QUERY_TIMEOUT_S : Number(values.timeout);
  if (!/^\d+(\.\d+)?$/.test(values.timeout ?? "0")) throw new UsageError(`--timeout must be a number of seconds (got "${values.timeout}")`);
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run yusuan ingest first)`);
  const db = openReadOnly(path);
  let columns: string[];
  try {
    columns = checkedStatement(db, sql).columns().map((c) => c.name);
  } finally {
    db.close();
  }
  // Excel reads CSV as the system's code page unless it starts with a byte-order mark.
  if (values.bom === true && format === "csv") await new Promise((done) => process.stdout.write("\uFEFF", done));
  return streamQuery({ path, sql, format, columns }, timeout);
}

/** The SQL from --file, from standard input (`-`), or from the arguments. */
function sqlFrom(file: string | undefined, positionals: string[]): string {
  if (file !== undefined) {
    if (positionals.length) throw new UsageError("give the SQL either with --file or as an argument, not both");
    try {
      return readFileSync(file, "utf8").trim();
    } catch (error) {
      throw new UsageError(`cannot read --file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  if (positionals.length === 1 && positionals[0] === "-") return readFileSync(0, "utf8").trim();
  return positionals.join(" ").trim();
}

/**
 * The statement, if SQLite says it only reads and returns rows (sqlite3_stmt_readonly, which
 * better-sqlite3 exposes as `readonly`): anything that writes (`WITH … INSERT`), changes settings
 * (`PRAGMA journal_mode(…)`), attaches or opens a transaction is refused with a clear message.
 */
export function checkedStatement(db: Db, sql: string) {
  let statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(/more than one statement/.test(message) ? "query runs one statement at a time" : `SQL error: ${message}`);
  }
  if (!statement.readonly) throw new UsageError("query is read-only: this statement would change the database (or its settings); only statements that read are run");
  if (!statement.reader) throw new UsageError("query is read-only and prints rows: this statement returns none (BEGIN, ATTACH, PRAGMA x = y and the like are not run)");
  return statement;
}

/** Runs SQL that only reads and returns all its rows (small results: the benchmarks, tests). */
export function runReadOnly(db: Db, sql: string): Row[] {
  return checkedStatement(db, sql).all() as Row[];
}

/** The compiled runner beside this file (under vitest this module is the .ts source: use the build). */
function runnerPath(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith(".ts") ? new URL("../../dist/cli/query-worker.js", here) : new URL("./query-worker.js", here));
}

/**
 * The query runs in a process of its own that writes its rows straight to our stdout as they come
 * (constant memory for any number of rows). This process stays free to stop it at the time limit,
 * even inside one long SQLite step, which nothing short of ending its process interrupts.
 */
async function streamQuery(task: QueryTask, timeoutSeconds: number): Promise<number> {
  const child = spawn(process.execPath, [runnerPath(), "--run-query", JSON.stringify(task)], { stdio: ["ignore", "inherit", "inherit"] });
  let timedOut = false;
  const timer =
    timeoutSeconds > 0
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, timeoutSeconds * 1000)
      : undefined;
  const [code] = (await once(child, "exit")) as [number | null];
  if (timer) clearTimeout(timer);
  if (timedOut) {
    process.stderr.write(`yusuan query: stopped after ${timeoutSeconds} s (--timeout SECONDS allows more, 0 no limit)\n`);
    return 1;
  }
  return code ?? 1;
}
