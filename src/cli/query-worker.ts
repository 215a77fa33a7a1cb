import { once } from "node:events";
import { openReadOnly } from "../store/open-database.js";
import { RowWriter, type RowFormat } from "./output.js";
import { terminalLine } from "./safe-text.js";

/** What `query` hands its runner process (as JSON in argv): one checked statement and how to print its rows. */
export interface QueryTask {
  path: string;
  sql: string;
  format: RowFormat;
  columns: string[];
}

/** Output goes to stdout in chunks of about this many characters, each waiting until stdout has taken the last. */
const CHUNK = 64 * 1024;

/**
 * Runs one query and streams its rows to stdout in constant memory. A process of its own, so the
 * `query` verb can stop it at its time limit even inside one long SQLite step (no signal a thread
 * can send interrupts that).
 */
export async function runQuery(task: QueryTask): Promise<number> {
  try {
    const db = openReadOnly(task.path);
    let buffer = "";
    const writer = new RowWriter(task.format, task.columns, (text) => (buffer += text), process.stdout.isTTY === true);
    for (const row of db.prepare(task.sql).raw(true).iterate() as Iterable<unknown[]>) {
      writer.row(row);
      if (buffer.length >= CHUNK) {
        const full = !process.stdout.write(buffer);
        buffer = "";
        if (full) await once(process.stdout, "drain");
      }
    }
    writer.end();
    process.stdout.write(buffer);
    db.close();
    return 0;
  } catch (error) {
    process.stderr.write(`yusuan query: ${terminalLine(error instanceof Error ? error.message.split("\n")[0]! : String(error))}\n`);
    return 1;
  }
}

if (process.argv[2] === "--run-query") {
  runQuery(JSON.parse(process.argv[3]!) as QueryTask).then((code) => (process.exitCode = code));
}
