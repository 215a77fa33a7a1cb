import { availableParallelism } from "node:os";
import type { OcrMode, PdfEngine } from "../model/document.js";
import type { DocumentRecords } from "../model/records.js";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES } from "../limits.js";
import type { Db } from "../store/open-database.js";
import { pruneDocuments } from "../store/prune-documents.js";
import { retryAsync, type WaitOptions } from "../store/wait-for-lock.js";
import { adoptLegacy, writeDocument, type FileIdentity } from "../store/write-document.js";
import { runCorpusChecks } from "../checks/corpus/run-corpus-checks.js";
import { Aliases } from "./byte-path.js";
import { findFiles } from "./find-files.js";
import { identity, prepareFile, unlessUnchanged, type Prepared, type PrepareOptions } from "./prepare-file.js";
import { WorkerPool } from "./worker-pool.js";

export interface BatchOptions {
  inputs: string[];
  force?: boolean;
  /** Worker threads extracting in parallel (default: the number of cores). */
  jobs?: number;
  /** Delete stored documents under the inputs whose files are gone. */
  prune?: boolean;
  /** Follow symbolic links that lead outside the inputs (default: skip them, with a notice). */
  followLinks?: boolean;
  /** How long to wait for another process's write lock, and how to tell the user (default 5 min). */
  wait?: WaitOptions;
  maxBytes?: number;
  maxPages?: number;
  /** Per-document time limit; the worker is terminated past it (default 120 s). */
  timeoutMs?: number;
  /** Which engine reads PDFs (default PDFium). */
  pdfEngine?: PdfEngine;
  /** OCR of pages without a text layer (default auto). */
  ocr?: OcrMode;
  /** Called when a page of a scan has been read by OCR (progress on long scans). */
  onOcrPage?: (path: string, page: number, pages: number) => void;
  /** Per-worker heap limit (default 2048 MB). */
  workerMemoryMb?: number;
  /** Aborting stops after the documents being processed now; they are written, the rest are not. */
  signal?: AbortSignal;
  /** Called once the files are known, before any is processed. */
  onStart?: (files: number) => void;
  /** Called after each file, in file order, with what happened to it. */
  onFile?: (event: FileEvent) => void;
  /** Called with a line for the user about something left alone on purpose (a link out of the inputs). */
  onNotice?: (line: string) => void;
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
  pruned: number;
  /** Documents --prune left because their folder could not be read. */
  keptUnreadable: number;
  seconds: number;
  /** True when the signal stopped the batch before every file was done. */
  interrupted: boolean;
}

/**
 * Ingests every file under the inputs. Workers extract in parallel; this thread is the one writer and
 * commits one transaction per document in the sorted file order, so the database does not depend
 * on --jobs, and a run killed at any moment resumes where it stopped (committed files are unchanged
 * and skipped).
 */
export async function runBatch(db: Db, options: BatchOptions): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const found = findFiles(options.inputs, { followLinks: options.followLinks === true });
  const { files, missing } = found;
  const summary: BatchSummary = { seen: files.length + missing.length, ingested: 0, skipped: 0, failed: 0, figures: 0, flags: 0, pages: 0, pruned: 0, keptUnreadable: 0, seconds: 0, interrupted: false };
  const wait = options.wait ?? {};
  for (const line of found.notices) options.onNotice?.(line);
  options.onStart?.(summary.seen);
  if (options.prune) {
    const present = new Set([...files.map((f) => f.real), ...missing.map((m) => m.real)]);
    const pruned = await retryAsync(() => pruneDocuments(db, { roots: found.roots, present, unreadable: found.unreadable }), wait);
    summary.pruned = pruned.removed;
    summary.keptUnreadable = pruned.keptUnreadable;
  }
  const write = async (path: string, prepared: Prepared) => {
    if (prepared.kind === "cancelled") return false;
    let event: FileEvent;
    if (prepared.kind === "skipped") {
      const adopt = prepared.adopt;
      if (adopt) await retryAsync(() => adoptLegacy(db, adopt.id, adopt.file), wait);
      event = skippedEvent(path);
    } else event = await retryAsync(() => writeEvent(db, prepared.records, prepared.file), wait);
    summary[event.outcome]++;
    summary.figures += event.figures;
    summary.flags += event.flags;
    summary.pages += event.pages;
    options.onFile?.(event);
    return true;
  };
  const jobs = options.jobs ?? availableParallelism();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const memoryMb = options.workerMemoryMb ?? 2048;
  const aliases = new Aliases();
  const prepare: PrepareOptions = {
    force: options.force === true,
    process: {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
      ...(options.pdfEngine && { pdfEngine: options.pdfEngine }),
      ...(options.ocr && { ocr: options.ocr }),
      // A page's OCR gives up before the pool would stop the worker (each OCR'd page restarts its limit).
      ocrPageLimitMs: Math.min(90_000, Math.round(timeoutMs * 0.75)),
    },
    worker: { timeoutMs, memoryMb },
    workerPath: (file) => aliases.path(file.given, file.real),
  };
  if (missing.length > 0) {
    const { failedRecords } = await import("../pipeline.js");
    for (const m of missing) await write(m.path, unlessUnchanged(db, failedRecords(m.path, null, "unknown", 0, m.error), prepare, identity(m)));
  }
  const pool = new WorkerPool({ size: jobs, timeoutMs, memoryMb, ...(options.onOcrPage && { onOcrPage: options.onOcrPage }) });
  const stop = () => pool.cancelQueued();
  options.signal?.addEventListener("abort", stop);
  try {
    // A bounded window of files in flight: enough to keep every worker busy while the writer waits for
    // the oldest, few enough that memory does not grow with the corpus.
    const window = jobs * 4;
    const inFlight: Array<{ path: string; prepared: Promise<Prepared> }> = [];
    let next = 0;
    while (next < files.length || inFlight.length > 0) {
      while (next < files.length && inFlight.length < window && !options.signal?.aborted) {
        const file = files[next++]!;
        inFlight.push({ path: file.path, prepared: prepareFile(db, pool, file, prepare) });
      }
      const oldest = inFlight.shift();
      if (!oldest) break;
      // Once one file is cancelled every later one is dropped too: writes stay a prefix of the order.
      if (!(await write(oldest.path, await oldest.prepared))) {
        await Promise.all(inFlight.splice(0).map((f) => f.prepared));
        break;
      }
    }
    summary.interrupted = options.signal?.aborted === true && summary.ingested + summary.skipped + summary.failed < summary.seen;
  } finally {
    options.signal?.removeEventListener("abort", stop);
    await pool.close();
    aliases.close();
  }
  // Cross-document flags: only the pairs that involve a changed document, in short transactions.
  // An interrupted batch (or checks stopped by Ctrl-C) leaves the changes noted for the next run.
  if (!summary.interrupted) {
    const corpus = await runCorpusChecks(db, { signal: options.signal, wait });
    summary.flags += corpus.flags;
    if (corpus.interrupted) summary.interrupted = true;
  }
  summary.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return summary;
}

function skippedEvent(path: string): FileEvent {
  return { path, outcome: "skipped", pages: 0, figures: 0, flags: 0 };
}

function writeEvent(db: Db, records: DocumentRecords, file?: FileIdentity): FileEvent {
  const written = writeDocument(db, records, file);
  const d = records.document;
  const outcome = d.status === "failed" ? "failed" : "ingested";
  return { path: d.path, outcome, status: d.status, error: d.error, pages: d.pages, figures: written.figures, flags: written.flags };
}
