import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { pdfiumCodeSync } from "../extract/pdf/pdfium-module.js";
import type { DocumentRecords } from "../model/records.js";
import type { ProcessOptions } from "../pipeline.js";
import type { ExtractReply, ExtractTask } from "./extract-worker.js";

export interface PoolOptions {
  size: number;
  /** A document still being processed after this long is abandoned and its worker terminated. */
  timeoutMs: number;
  /** V8 old-generation limit per worker: a file that needs more fails alone instead of the batch. */
  memoryMb: number;
  /** Called when a worker has read a page of a scan by OCR (each such page also restarts the time limit). */
  onOcrPage?: (path: string, page: number, pages: number) => void;
  /** The compiled worker script; tests pass their own. */
  workerUrl?: URL;
}

/** A worker's answer, or a one-line reason it gave none (crash, time or memory limit, cancelled). */
export type PoolResult = { records: DocumentRecords } | { error: string } | { cancelled: true };

interface Job {
  task: ExtractTask;
  /** File size, for starting big files early (see nextJob). */
  size: number;
  resolve: (result: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Has the worker's thread started? Its start-up (slow on a busy machine) is not the document's time. */
  online: boolean;
}

/** How many time limits a worker may take to start before its first document counts as stuck. */
const START_UP_ALLOWANCE = 4;

/**
 * The compiled worker beside this file. Under vitest this module is the .ts source, whose worker
 * cannot run as-is: point at the build instead (`npm test` builds first).
 */
function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith(".ts") ? new URL("../../dist/batch/extract-worker.js", here) : new URL("./extract-worker.js", here);
}

/**
 * A fixed set of worker threads running processFile. Jobs start oldest first while the writer waits
 * for it, else largest first (see nextJob); a worker that hangs, crashes or runs out of memory is
 * replaced and only its job fails.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  private stopping = false;

  // Workers start on the first job, not here: a re-run where every file is unchanged needs none, and
  // each one costs a module load of every extractor.
  constructor(private readonly options: PoolOptions) {}

  run(path: string, options: ProcessOptions): Promise<PoolResult> {
    return new Promise((resolve) => {
      if (this.closed || this.stopping) return resolve({ cancelled: true });
      this.queue.push({ task: { id: this.nextId++, path, options }, size: fileSize(path), resolve });
      while (this.slots.length < this.options.size) this.slots.push(this.spawn());
      this.dispatch();
    });
  }

  /** Jobs not yet started (and any asked for later) resolve as cancelled; running ones finish (SIGINT). */
  cancelQueued(): void {
    this.stopping = true;
    for (const job of this.queue.splice(0)) job.resolve({ cancelled: true });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancelQueued();
    await Promise.all(this.slots.map((s) => this.stop(s, { cancelled: true })));
  }

  private spawn(): Slot {
    tuneCompiler(this.options.size);
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
      // Only the pipeline's own worker reads PDFs (a test's stand-in worker needs no PDFium).
      ...(this.options.workerUrl ? {} : { workerData: { pdfiumCode: sharedPdfiumCode() } }),
      stdout: true, // pdf.js and friends print warnings; the progress display owns the terminal
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, online: false };
    worker.once("online", () => {
      slot.online = true;
      if (slot.job) this.arm(slot);
    });
    worker.on("message", (reply: ExtractReply) => {
      if (!slot.job || slot.job.task.id !== reply.id) return;
      if (reply.ocrPage) {
        // A long scan advancing page by page is not stuck: its time limit starts again.
        this.arm(slot);
        this.options.onOcrPage?.(slot.job.task.path, reply.ocrPage.page, reply.ocrPage.pages);
        return;
      }
      this.finish(slot, reply.records ? { records: reply.records } : { error: `the pipeline failed: ${reply.error ?? "unknown error"}` });
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const message =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `ran out of memory (limit ${this.options.memoryMb} MB per worker)`
          : `the extractor crashed: ${error.message.split("\n")[0]}`;
      this.replace(slot, { error: message });
    });
    worker.on("exit", (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, { error: `the worker stopped unexpectedly (exit code ${code})` });
    });
    worker.unref(); // an idle pool must not keep the process alive
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      if (!this.queue.length) return;
      const job = this.queue.splice(this.nextJob(), 1)[0]!;
      slot.job = job;
      this.arm(slot);
      slot.worker.ref();
      slot.worker.postMessage(job.task);
    }
  }

  /**
   * (Re)starts the time limit of the slot's job: from when the worker's thread is running (a worker
   * still starting gets a few limits' grace, so one that never starts is still given up on).
   */
  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    const limit = slot.online ? this.options.timeoutMs : START_UP_ALLOWANCE * this.options.timeoutMs;
    slot.timer = setTimeout(() => {
      this.replace(slot, { error: `gave up after ${this.options.timeoutMs / 1000} s (time limit per document)` });
    }, limit);
  }

  /**
   * Which waiting job to start. The batch writes documents in file order, so the oldest job goes
   * first while no older one is running (the writer is about to wait for it); otherwise the
   * largest, so a big file does not end up running alone after every other worker is done.
   */
  private nextJob(): number {
    const running = this.slots.map((s) => s.job?.task.id ?? Infinity);
    let oldest = 0;
    let largest = 0;
    this.queue.forEach((job, i) => {
      if (job.task.id < this.queue[oldest]!.task.id) oldest = i;
      if (job.size > this.queue[largest]!.size) largest = i;
    });
    return this.queue[oldest]!.task.id < Math.min(...running) ? oldest : largest;
  }

  private finish(slot: Slot, result: PoolResult): void {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.worker.unref();
    job?.resolve(result);
    this.dispatch();
  }

  /** Terminates a worker that misbehaved, fails its job with `result`, and starts a fresh one. */
  private replace(slot: Slot, result: PoolResult): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    void this.stop(slot, result);
    if (!this.closed) this.slots.splice(index, 0, this.spawn());
    this.dispatch();
  }

  private async stop(slot: Slot, result: PoolResult): Promise<void> {
    const job = slot.job;
    clearTimeout(slot.timer);
    slot.job = undefined;
    job?.resolve(result);
    await slot.worker.terminate().catch(() => undefined);
  }
}

/**
 * Fewer, hotter functions optimised when every core runs a worker. V8's default tiering budget
 * suits a browser tab: TurboFan compiles some 300 functions per worker on background threads.
 * With a core to spare that costs nothing and the optimised code pays off on a long run; when the
 * workers take every core, those threads take their time from the workers: on the 16 dev PDFs with
 * --jobs 2 on two cores, a third of the run's CPU (1.1 of 2.5 s). Eight times the budget keeps the
 * hot loops optimised and drops most of that compiling (2.5 → 2.1 s CPU; a worker thread ~10%
 * slower on a long run, which is why a run with a core to spare keeps the default). Set before the
 * first worker starts; it is process-wide.
 */
let tuned = false;
function tuneCompiler(workers: number): void {
  if (tuned || workers < availableParallelism()) return;
  tuned = true;
  setFlagsFromString(`--interrupt-budget=${8 * 67_584}`);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** PDFium compiled once per process for every worker; a worker compiles its own if this fails. */
function sharedPdfiumCode(): WebAssembly.Module | undefined {
  try {
    return pdfiumCodeSync();
  } catch {
    return undefined;
  }
}
