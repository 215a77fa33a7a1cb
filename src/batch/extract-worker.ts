import { parentPort, workerData } from "node:worker_threads";
import { usePdfiumCode } from "../extract/pdf/pdfium-module.js";
import { processFile, type ProcessOptions } from "../pipeline.js";
import type { DocumentRecords } from "../model/records.js";

/** What the pool sends a worker: one file to turn into records. */
export interface ExtractTask {
  id: number;
  path: string;
  options: ProcessOptions;
}

/** What a worker sends back: the records of that file (processFile never throws for bad input). */
export interface ExtractReply {
  id: number;
  records?: DocumentRecords;
  /** A programmer error escaped the pipeline: the pool records the file as failed with this line. */
  error?: string;
  /** Sent while the file is in progress: a page was read by OCR (not the final reply). */
  ocrPage?: { page: number; pages: number };
}

// Runs inside a worker thread (compiled to dist/batch/extract-worker.js): extraction, recognition and
// checks happen here, so a parser that hangs, crashes or eats memory takes down only this thread.
const port = parentPort;
// The pool compiles PDFium once and shares it: a worker then starts without compiling 7 MB of WebAssembly.
const shared = (workerData as { pdfiumCode?: unknown } | null)?.pdfiumCode;
if (shared instanceof WebAssembly.Module) usePdfiumCode(shared);
if (port) {
  port.on("message", (task: ExtractTask) => {
    const onOcrPage = (page: number, pages: number) => port.postMessage({ id: task.id, ocrPage: { page, pages } } satisfies ExtractReply);
    processFile(task.path, { ...task.options, onOcrPage }).then(
      (records) => port.postMessage({ id: task.id, records } satisfies ExtractReply),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ id: task.id, error: message.split("\n")[0] } satisfies ExtractReply);
      },
    );
  });
}
