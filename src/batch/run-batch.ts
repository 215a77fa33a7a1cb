import { readFile } from "node:fs/promises";
import { failedRecords, processBytes, processFile, sha256 } from "../pipeline.js";
import type { Db } from "../store/open-database.js";
import { storedHash, writeDocument } from "../store/write-document.js";
import { runCorpusChecks } from "../checks/corpus/run-corpus-checks.js";
import { findFiles } from "./find-files.js";

export interface BatchOptions {
  inputs: string[];
  force?: boolean;
  /** Called after each file with what happened to it. */
  onFile?: (event: FileEvent) => void;
}

export interface FileEvent {
  path: string;
  outcome: "ingested" | "skipped" | "failed";
  status?: string;
  error?: string | null;
  pages: number;
  figures: number;
  flags: number;
}

export interface BatchSummary {
  seen: number;
  ingested: number;
  skipped: number;
  failed: number;
  figures: number;
  flags: number;
  pages: number;
  seconds: number;
}

/** Ingests every file under the inputs, one transaction per document; unchanged files are skipped. */
export async function runBatch(db: Db, options: BatchOptions): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const { files, missing } = findFiles(options.inputs);
  const summary: BatchSummary = { seen: files.length + missing.length, ingested: 0, skipped: 0, failed: 0, figures: 0, flags: 0, pages: 0, seconds: 0 };
  const record = (event: FileEvent) => {
    summary[event.outcome]++;
    summary.figures += event.figures;
    summary.flags += event.flags;
    summary.pages += event.pages;
    options.onFile?.(event);
  };
  for (const m of missing) {
    writeDocument(db, failedRecords(m.path, null, "unknown", 0, m.error));
    record({ path: m.path, outcome: "failed", error: m.error, pages: 0, figures: 0, flags: 0 });
  }
  for (const path of files) {
    let bytes: Buffer | undefined;
    try {
      bytes = await readFile(path);
    } catch {
      bytes = undefined;
    }
    if (bytes && !options.force && storedHash(db, path)?.sha256 === sha256(bytes)) {
      record({ path, outcome: "skipped", pages: 0, figures: 0, flags: 0 });
      continue;
    }
    const records = bytes ? await processBytes(path, bytes) : await processFile(path);
    const written = writeDocument(db, records);
    const failed = records.document.status === "failed";
    record({ path, outcome: failed ? "failed" : "ingested", status: records.document.status, error: records.document.error, pages: records.document.pages, figures: written.figures, flags: written.flags });
  }
  summary.flags += runCorpusChecks(db);
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}
