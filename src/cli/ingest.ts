import { runBatch, type FileEvent } from "../batch/run-batch.js";
import { openDatabase, resolveDbPath } from "../store/open-database.js";
import { parseVerbArgs, UsageError } from "./args.js";

export const ingestHelp = `yusuan ingest <file-or-folder>… [--db PATH] [--jobs N] [--force] [--quiet]
  Extracts, normalises, checks and stores every .txt .docx .pdf .html .htm .doc .xls .xlsx file.`;

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, {
    db: { type: "string" },
    jobs: { type: "string" },
    force: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
  });
  if (positionals.length === 0) throw new UsageError("ingest needs at least one file or folder");
  if (values.jobs !== undefined && !/^[1-9]\d*$/.test(values.jobs)) throw new UsageError("--jobs must be a positive whole number");
  const path = resolveDbPath(values.db);
  let db;
  try {
    db = openDatabase(path);
  } catch (error) {
    process.stderr.write(`yusuan: cannot use the database ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  const quiet = values.quiet === true;
  const onFile = (e: FileEvent) => {
    if (e.outcome === "failed" && !quiet) process.stderr.write(`${e.path}  error  ${e.error}\n`);
  };
  try {
    const s = await runBatch(db, { inputs: positionals, force: values.force === true, onFile });
    if (!quiet) {
      process.stdout.write(
        `files ${s.seen}  ingested ${s.ingested}  skipped ${s.skipped}  failed ${s.failed}  pages ${s.pages}  figures ${s.figures}  flags ${s.flags}  seconds ${s.seconds.toFixed(2)}  → ${path}\n`,
      );
    }
    return 0;
  } finally {
    db.close();
  }
}
