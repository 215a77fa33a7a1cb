import { existsSync } from "node:fs";
import { openReadOnly, resolveDbPath } from "../store/open-database.js";
import { oneOf, parseVerbArgs, UsageError } from "./args.js";
import { formatRows, type Row } from "./output.js";

export const queryHelp = `yusuan query "<SQL>" [--db PATH] [--format table|csv|json]
  Runs one read-only SQL statement and prints the rows.`;

export async function queryCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, { db: { type: "string" }, format: { type: "string" } });
  const sql = positionals.join(" ").trim();
  if (!sql) throw new UsageError("query needs one SQL statement");
  const format = oneOf(values.format, ["table", "csv", "json"] as const, "table", "--format");
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run yusuan ingest first)`);
  const db = openReadOnly(path);
  try {
    const rows = runReadOnly(db, sql);
    process.stdout.write(formatRows(rows, format) + "\n");
    return 0;
  } finally {
    db.close();
  }
}

/** Runs SQL that only reads; anything that would write, attach or change settings is refused. */
export function runReadOnly(db: ReturnType<typeof openReadOnly>, sql: string): Row[] {
  let statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(/more than one statement/.test(message) ? "query runs one statement at a time" : `SQL error: ${message}`);
  }
  const writes = /^\s*(attach|detach|vacuum|insert|update|delete|replace|create|drop|alter|reindex|analyze|begin|commit)/i.test(sql);
  const setsPragma = /^\s*pragma\b/i.test(sql) && /=|\(\s*\d/.test(sql);
  if (!statement.reader || writes || setsPragma) {
    throw new UsageError("query is read-only: only SELECT / WITH statements that return rows are allowed");
  }
  return statement.all() as Row[];
}
