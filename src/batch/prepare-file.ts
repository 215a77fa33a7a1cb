import { stat } from "node:fs/promises";
import type { DocumentRecords } from "../model/records.js";
import type { ProcessOptions } from "../pipeline.js";
import type { Db } from "../store/open-database.js";
import { storedHash } from "../store/write-document.js";
import { hashFile } from "./hash-file.js";
import type { WorkerPool } from "./worker-pool.js";

/** What became of one file before the writer sees it. */
export type Prepared = { kind: "skipped" } | { kind: "records"; records: DocumentRecords } | { kind: "cancelled" };

export interface PrepareOptions {
  force: boolean;
  process: ProcessOptions & { maxBytes: number };
}

/**
 * Hash first, parse only if needed: an unchanged file (same sha256 as stored) is skipped without
 * being parsed; otherwise a worker turns it into records. Files that cannot even be hashed (gone,
 * unreadable, too big) become failed records here, without a worker.
 */
export async function prepareFile(db: Db, pool: WorkerPool, path: string, options: PrepareOptions): Promise<Prepared> {
  // The pipeline (every extractor) loads only when a file needs it here: an unchanged corpus never does.
  const pipeline = () => import("../pipeline.js");
  const failed = async (size: number, message: string | ((reason: (e: unknown) => string) => string)) => {
    const { failedRecords, reason } = await pipeline();
    const text = typeof message === "string" ? message : message(reason);
    return unlessUnchanged(db, failedRecords(path, null, "unknown", size, text), options);
  };
  let size: number;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return failed(0, "not a regular file");
    size = stats.size;
  } catch (error) {
    return failed(0, (reason) => `cannot read the file: ${reason(error)}`);
  }
  // Over the size limit: processFile records it as failed from its size alone, without reading it.
  if (size > options.process.maxBytes) return unlessUnchanged(db, await (await pipeline()).processFile(path, options.process), options);
  let hash;
  try {
    hash = await hashFile(path, size);
  } catch (error) {
    return failed(size, (reason) => `cannot read the file: ${reason(error)}`);
  }
  if (!options.force && storedHash(db, path)?.sha256 === hash.sha256) return { kind: "skipped" };
  const result = await pool.run(path, options.process);
  if ("cancelled" in result) return { kind: "cancelled" };
  if ("records" in result) return { kind: "records", records: result.records };
  // The worker gave no answer (time or memory limit, crash): record the file under its hash, so an
  // unchanged hostile file is not retried on every run (--force retries it).
  const [{ detectFormat }, { failedRecords }] = await Promise.all([import("../extract/index.js"), pipeline()]);
  const format = detectFormat(path, hash.head) ?? "unknown";
  return { kind: "records", records: failedRecords(path, hash.sha256, format, size, result.error) };
}

/**
 * A file that failed before it could be hashed is skipped when the stored failure is the same, so a
 * re-run does not renumber its row (and the database stays identical to an uninterrupted run).
 */
export function unlessUnchanged(db: Db, records: DocumentRecords, options: PrepareOptions): Prepared {
  const stored = storedHash(db, records.document.path);
  const d = records.document;
  const same = stored && stored.sha256 === d.sha256 && stored.status === d.status && stored.error === d.error;
  return same && !options.force ? { kind: "skipped" } : { kind: "records", records };
}
