import { lstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { BatchSummary } from "../batch/run-batch.js";
import { createProgress } from "../batch/progress.js";
import { openDatabase, resolveDbPath } from "../store/open-database.js";
import { DatabaseBusy } from "../store/wait-for-lock.js";
import { parseVerbArgs, UsageError } from "./args.js";
import { terminalLine } from "./safe-text.js";
import { langFromEnv, messages } from "../i18n/index.js";

export const ingestHelp = `yusuan ingest <file-or-folder>… [--db PATH] [--jobs N] [--force] [--prune] [--quiet]
              [--max-size MB] [--max-pages N] [--timeout SECONDS] [--follow-links] [--wait SECONDS]
              [--pdf-engine pdfium|pdfjs] [--ocr auto|off] [--fail-on error|warning]
  Extracts, normalises, checks and stores every .txt .docx .pdf .html .htm .doc .xls .xlsx file.
  --jobs N        worker threads (default and most: the number of cores, unless --force-jobs);
                  the result does not depend on it
  --force         re-ingest files whose sha256 is unchanged (otherwise they are skipped unparsed)
  --prune         delete stored documents under the inputs whose files no longer exist (never those
                  under a folder that could not be read this time)
  --follow-links  walk symbolic links to folders outside the inputs (default: skip them, saying so;
                  a link to a document is always read)
  --wait S        wait up to S seconds for another process writing the database (default 300)
  --max-size MB   record larger files as failed without reading them (default 200)
  --max-pages N   record documents with more pages as failed (default 5000)
  --timeout S     stop a document after S seconds and record it as failed (default 120)
  --pdf-engine E  pdfium (default, fast; pdf.js takes over for a file it cannot read) or pdfjs
  --ocr auto|off  auto (default): read PDF pages without a text layer (scans) by OCR; off: leave
                  them empty. OCR figures count only where the tables' own arithmetic confirms them
  --fail-on S     exit 3 when the database then holds flags of severity S (error, or warning: errors
                  and warnings), for scripted audits
  An input path that does not exist is a usage error (exit 2) and nothing is stored.
  Ctrl-C stops after the documents in progress (exit 130); run the same command again to finish.`;

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, {
    db: { type: "string" },
    jobs: { type: "string" },
    force: { type: "boolean" },
    prune: { type: "boolean" },
    quiet: { type: "boolean", short: "q" },
    "max-size": { type: "string" },
    "max-pages": { type: "string" },
    timeout: { type: "string" },
    "follow-links": { type: "boolean" },
    wait: { type: "string" },
    "force-jobs": { type: "boolean" },
    "pdf-engine": { type: "string" },
    ocr: { type: "string" },
    "fail-on": { type: "string" },
  });
  if (positionals.length === 0) throw new UsageError("ingest needs at least one file or folder");
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "error" && failOn !== "warning") throw new UsageError(`--fail-on must be error or warning (got "${failOn}")`);
  // A mistyped path (or an unquoted one with spaces) is the user's to fix, not a document to store.
  const absent = positionals.filter((p) => !exists(p));
  if (absent.length) throw new UsageError(messages(langFromEnv()).cli.noSuchInput(absent.map((p) => `"${terminalLine(p)}"`).join(", ")) + spacedPath(positionals));
  const cores = availableParallelism();
  const asked = positiveNumber(values.jobs, "--jobs", true);
  // Each worker may take up to 2 GB: more workers than cores only add memory, not speed.
  const jobs = asked === undefined ? cores : values["force-jobs"] ? asked : Math.min(asked, cores);
  if (asked !== undefined && jobs < asked && values.quiet !== true) process.stderr.write(`yusuan: --jobs ${asked} is more than the ${cores} cores: using ${jobs} (--force-jobs uses ${asked})\n`);
  const waitSeconds = values.wait === "0" ? 0 : positiveNumber(values.wait, "--wait", false);
  const maxSizeMb = positiveNumber(values["max-size"], "--max-size", false);
  const maxPages = positiveNumber(values["max-pages"], "--max-pages", true);
  const timeout = positiveNumber(values.timeout, "--timeout", false);
  const pdfEngine = values["pdf-engine"];
  if (pdfEngine !== undefined && pdfEngine !== "pdfium" && pdfEngine !== "pdfjs") throw new UsageError(`--pdf-engine must be pdfium or pdfjs (got "${pdfEngine}")`);
  const ocr = values.ocr;
  if (ocr !== undefined && ocr !== "auto" && ocr !== "off") throw new UsageError(`--ocr must be auto or off (got "${ocr}")`);
  const path = resolveDbPath(values.db);
  const quiet = values.quiet === true;
  const progress = createProgress(quiet ? "quiet" : "auto");
  const wait = { onWait: (ms: number) => progress.waiting(ms), ...(waitSeconds !== undefined && { maxWaitMs: waitSeconds * 1000 }) };
  let db;
  try {
    db = openDatabase(path, wait);
  } catch (error) {
    process.stderr.write(`yusuan: cannot use the database ${terminalLine(path)}: ${terminalLine((error as Error).message)}\n`);
    return 1;
  }
  // First Ctrl-C: finish the documents in progress, write them, close the database. A second one
  // exits at once, which is still safe: every document is its own transaction.
  const controller = new AbortController();
  const onSigint = () => (controller.signal.aborted ? process.exit(130) : controller.abort());
  process.on("SIGINT", onSigint);
  try {
    // Loaded here, not at the top: it brings every extractor, which the other verbs never need.
    const { runBatch } = await import("../batch/run-batch.js");
    const s = await runBatch(db, {
      inputs: positionals,
      force: values.force === true,
      prune: values.prune === true,
      followLinks: values["follow-links"] === true,
      wait,
      jobs,
      ...(maxSizeMb !== undefined && { maxBytes: Math.round(maxSizeMb * 1024 * 1024) }),
      ...(maxPages !== undefined && { maxPages }),
      ...(timeout !== undefined && { timeoutMs: Math.round(timeout * 1000) }),
      ...(pdfEngine !== undefined && { pdfEngine }),
      ...(ocr !== undefined && { ocr }),
      onOcrPage: (file, page, pages) => progress.ocrPage(file, page, pages),
      signal: controller.signal,
      onStart: (files) => progress.start(files),
      onFile: (e) => progress.file(e),
      onNotice: (line) => progress.notice(line),
    });
    progress.stop();
    if (!quiet) process.stdout.write(summaryLine(s, path, values.prune === true));
    if (s.interrupted) return 130;
    return failOn !== undefined && flagsOfSeverity(db, failOn) > 0 ? 3 : 0;
  } catch (error) {
    if (!(error instanceof DatabaseBusy)) throw error;
    progress.stop();
    process.stderr.write(`yusuan: ${terminalLine(error.message)}; run the same command again to finish\n`);
    return 1;
  } finally {
    process.off("SIGINT", onSigint);
    db.close();
  }
}

function summaryLine(s: BatchSummary, path: string, pruned: boolean): string {
  const counts = { ...s, pruned: pruned ? s.pruned : null, keptUnreadable: pruned ? s.keptUnreadable : 0 };
  return `${messages(langFromEnv()).cli.ingestSummary(counts)}  → ${terminalLine(path)}\n`;
}

/** A hint when words the shell split were one path with spaces: `ingest my docs` for "my docs". */
function spacedPath(args: string[]): string {
  for (let i = 0; i < args.length; i++) {
    for (let j = i + 2; j <= Math.min(args.length, i + 8); j++) {
      const joined = args.slice(i, j).join(" ");
      if (exists(joined)) return messages(langFromEnv()).cli.spacedPath(terminalLine(joined));
    }
  }
  return "";
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Flags of this severity or worse in the database (--fail-on). */
function flagsOfSeverity(db: ReturnType<typeof openDatabase>, severity: "error" | "warning"): number {
  return db.prepare(`SELECT count(*) FROM flags WHERE severity IN (${severity === "error" ? "'error'" : "'error', 'warning'"})`).pluck().get() as number;
}

function positiveNumber(value: string | undefined, flag: string, whole: boolean): number | undefined {
  if (value === undefined) return undefined;
  const ok = whole ? /^[1-9]\d*$/.test(value) : /^(\d+\.?\d*|\.\d+)$/.test(value) && Number(value) > 0;
  if (!ok) throw new UsageError(`${flag} must be a positive ${whole ? "whole " : ""}number (got "${value}")`);
  return Number(value);
}
