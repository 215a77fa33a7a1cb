import cliProgress from "cli-progress";
import type { FileEvent } from "./run-batch.js";
import { basename } from "node:path";
import { terminalLine } from "../cli/safe-text.js";

/** What the ingest verb shows while a batch runs. */
export interface Progress {
  start(files: number): void;
  file(event: FileEvent): void;
  /** Another process holds the database's write lock: say so (at most every few seconds). */
  waiting(waitedMs: number): void;
  /** A line about something left alone on purpose (a link out of the inputs). */
  notice(line: string): void;
  /** A page of a scan was read by OCR (long scans take seconds a page: show that they advance). */
  ocrPage(path: string, page: number, pages: number): void;
  stop(): void;
}

/** "waiting for the database…" at most this often. */
const WAIT_EVERY_MS = 2_000;

function waitReporter(stream: NodeJS.WriteStream, before: () => void = () => {}) {
  let last = -Infinity;
  return (waited: number) => {
    if (Date.now() - last < WAIT_EVERY_MS) return;
    last = Date.now();
    before();
    stream.write(`waiting for the database: another process is writing it (${Math.round(waited / 1000)} s so far)\n`);
  };
}

/** Plain lines at most this often when stderr is not a terminal (logs, CI): enough to see it is alive. */
const LINE_EVERY_MS = 5_000;

/**
 * A bar on a terminal (files, pages, rate, ETA), periodic plain lines otherwise, nothing with
 * --quiet. Failed files are reported as `path  error  message`, one line each.
 */
export function createProgress(mode: "quiet" | "auto", stream: NodeJS.WriteStream = process.stderr): Progress {
  if (mode === "quiet") return { start() {}, file() {}, waiting() {}, notice() {}, ocrPage() {}, stop() {} };
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function failureLine(e: FileEvent): string {
  return `${terminalLine(e.path)}  error  ${terminalLine(e.error ?? "failed")}\n`;
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "ingest [{bar}] {value}/{total} files | {pages} pages | {rate} files/s | ETA {eta_formatted}{ocr}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  // Failures are held until the bar is gone: writing under a live bar garbles both.
  const failures: string[] = [];
  const waiting = waitReporter(stream, () => (bar as unknown as { isActive: boolean }).isActive && stream.write("\n"));
  let pages = 0;
  let done = 0;
  let started = 0;
  return {
    start(files) {
      started = Date.now();
      bar.start(files, 0, { pages: 0, rate: "0.0", ocr: "" });
    },
    file(e) {
      pages += e.pages;
      done++;
      if (e.outcome === "failed") failures.push(failureLine(e));
      bar.increment({ pages, rate: rate(done, started), ocr: "" });
    },
    waiting,
    notice(line) {
      failures.push(`${terminalLine(line)}\n`);
    },
    ocrPage(path, page, pages) {
      bar.update({ ocr: ` | OCR ${terminalLine(basename(path))} p${page}/${pages}` });
    },
    stop() {
      bar.stop();
      for (const line of failures) stream.write(line);
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let done = 0;
  let pages = 0;
  let started = 0;
  let last = 0;
  return {
    start(files) {
      total = files;
      started = last = Date.now();
    },
    file(e) {
      done++;
      pages += e.pages;
      if (e.outcome === "failed") stream.write(failureLine(e));
      if (Date.now() - last < LINE_EVERY_MS || done === total) return;
      last = Date.now();
      const perSecond = Number(rate(done, started));
      const eta = perSecond > 0 ? Math.round((total - done) / perSecond) : 0;
      stream.write(`ingest: ${done}/${total} files, ${pages} pages, ${perSecond.toFixed(1)} files/s, ETA ${eta} s\n`);
    },
    waiting: waitReporter(stream),
    notice(line) {
      stream.write(`${terminalLine(line)}\n`);
    },
    ocrPage(path, page, pages) {
      if (Date.now() - last < LINE_EVERY_MS) return;
      last = Date.now();
      stream.write(`ingest: OCR ${terminalLine(path)} page ${page}/${pages}\n`);
    },
    stop() {},
  };
}

function rate(done: number, since: number): string {
  const seconds = (Date.now() - since) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(1) : "0.0";
}
