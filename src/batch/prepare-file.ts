import { stat } from "node:fs/promises";
import type { DocumentRecords } from "../model/records.js";
import type { ProcessOptions } from "../pipeline.js";
import { NO_TEXT_OCR_OFF } from "../limits.js";
import type { Db } from "../store/open-database.js";
import { storedHash, type FileIdentity, type StoredState } from "../store/write-document.js";
import { bytesOf, displayPath } from "./byte-path.js";
import type { FoundFile } from "./find-files.js";
import { hashFile } from "./hash-file.js";
import type { WorkerPool } from "./worker-pool.js";

/** What became of one file before the writer sees it. */
export type Prepared =
  | { kind: "skipped"; adopt?: { id: number; file: FileIdentity } }
  | { kind: "records"; records: DocumentRecords; file?: FileIdentity }
  | { kind: "cancelled" };

export interface PrepareOptions {
  force: boolean;
  process: ProcessOptions & { maxBytes: number };
  /** The worker limits of this run: a file that failed on a different one is tried again. */
  worker?: { timeoutMs: number; memoryMb: number };
  /** A path the worker can open for a file whose name is not UTF-8 (see Aliases). */
  workerPath?: (file: FoundFile) => string;
}

/** A file's identity as the store keeps it. */
export function identity(file: { real: string }): FileIdentity {
  return { key: bytesOf(file.real), realPath: displayPath(file.real) };
}

/**
 * Hash first, parse only if needed: an unchanged file (same sha256 as stored) is skipped without
 * being parsed; otherwise a worker turns it into records. Files that cannot even be hashed (gone,
 * unreadable, too big) become failed records here, without a worker.
 */
export async function prepareFile(db: Db, pool: WorkerPool, file: FoundFile, options: PrepareOptions): Promise<Prepared> {
  const id = identity(file);
  const path = file.path;
  const fsPath = bytesOf(file.given);
  // The pipeline (every extractor) loads only when a file needs it here: an unchanged corpus never does.
  const pipeline = () => import("../pipeline.js");
  const failed = async (size: number, message: string | ((reason: (e: unknown) => string) => string)) => {
    const { failedRecords, reason } = await pipeline();
    const text = typeof message === "string" ? message : message(reason);
    return unlessUnchanged(db, failedRecords(path, null, "unknown", size, text), options, id);
  };
  let size: number;
  try {
    const stats = await stat(fsPath);
    if (!stats.isFile()) return failed(0, "not a regular file");
    size = stats.size;
  } catch (error) {
    return failed(0, (reason) => `cannot read the file: ${reason(error)}`);
  }
  // Over the size limit: recorded as failed from its size alone, without reading it.
  if (size > options.process.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0); // as pipeline.ts words it
    return failed(size, `file is ${mb(size)} MB, over the ${mb(options.process.maxBytes)} MB limit`);
  }
  let hash;
  try {
    hash = await hashFile(fsPath, size);
  } catch (error) {
    return failed(size, (reason) => `cannot read the file: ${reason(error)}`);
  }
  const stored = storedHash(db, path, id);
  if (!options.force && stored?.sha256 === hash.sha256 && !limitChanged(stored, options)) {
    return stored.keyed === false && stored.id !== undefined ? { kind: "skipped", adopt: { id: stored.id, file: id } } : { kind: "skipped" };
  }
  const workerPath = options.workerPath?.(file) ?? path;
  const result = await pool.run(workerPath, options.process);
  if ("cancelled" in result) return { kind: "cancelled" };
  if ("records" in result) {
    const records = result.records;
    return { kind: "records", records: { ...records, document: { ...records.document, path } }, file: id };
  }
  // The worker gave no answer (time or memory limit, crash): record the file under its hash, so an
  // unchanged hostile file is not retried on every run (--force, or another limit, retries it).
  const [{ detectFormat }, { failedRecords }] = await Promise.all([import("../extract/index.js"), pipeline()]);
  const format = detectFormat(workerPath, hash.head) ?? "unknown";
  return { kind: "records", records: failedRecords(path, hash.sha256, format, size, result.error), file: id };
}

/**
 * A stored failure caused by a limit (pages, time, memory) other than this run's: the file may
 * pass now, so it is read again even though it is unchanged.
 */
export function limitChanged(stored: StoredState, options: PrepareOptions): boolean {
  if (!stored.error) return false;
  const e = stored.error;
  // A scan stored before OCR (or with --ocr off) is read again once OCR is on.
  if (options.process.ocr !== "off" && (e === NO_TEXT_OCR_OFF || e.includes("OCR is not supported yet"))) return true;
  if (stored.status !== "failed") return false;
  const pages = /over the (\d+)-page limit/.exec(e);
  if (pages) return Number(pages[1]) !== (options.process.maxPages ?? Number(pages[1]));
  const time = /gave up after ([\d.]+) s \(time limit/.exec(e);
  if (time && options.worker) return Number(time[1]) * 1000 !== options.worker.timeoutMs;
  const memory = /ran out of memory \(limit (\d+) MB/.exec(e);
  if (memory && options.worker) return Number(memory[1]) !== options.worker.memoryMb;
  return false;
}

/**
 * A file that failed before it could be hashed is skipped when the stored failure is the same, so a
 * re-run does not renumber its row (and the database stays identical to an uninterrupted run).
 */
export function unlessUnchanged(db: Db, records: DocumentRecords, options: PrepareOptions, file?: FileIdentity): Prepared {
  const stored = storedHash(db, records.document.path, file);
  const d = records.document;
  const same = stored && stored.sha256 === d.sha256 && stored.status === d.status && stored.error === d.error;
  if (same && !options.force) return stored.keyed === false && stored.id !== undefined && file ? { kind: "skipped", adopt: { id: stored.id, file } } : { kind: "skipped" };
  return { kind: "records", records, file };
}
