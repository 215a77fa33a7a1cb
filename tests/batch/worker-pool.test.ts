import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/batch/worker-pool.js";
import { tempDir } from "../helpers.js";

/** A stand-in worker: hangs, crashes or answers depending on the file name it is given. */
const worker = `
import { parentPort } from "node:worker_threads";
parentPort.on("message", (task) => {
  if (task.path === "hang") for (;;) {}
  if (task.path === "crash") throw new Error("boom\\n    at somewhere (x.js:1:1)");
  if (task.path === "exit") process.exit(3);
  if (task.path === "oom") { const keep = []; for (;;) keep.push(new Array(1e6).fill(1)); }
  parentPort.postMessage({ id: task.id, records: { document: { path: task.path } } });
});`;

describe("the worker pool contains extractors that hang, crash or eat memory", () => {
  const dir = tempDir();
  const file = join(dir, "worker.mjs");
  writeFileSync(file, worker);

  it("fails only the bad job, with a one-line reason, and keeps working", async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 1500, memoryMb: 64, workerUrl: pathToFileURL(file) });
    const [hang, crash, exit, oom, fine] = await Promise.all(["hang", "crash", "exit", "oom", "fine"].map((p) => pool.run(p, {})));
    expect(hang).toEqual({ error: "gave up after 1.5 s (time limit per document)" });
    expect(crash).toEqual({ error: "the extractor crashed: boom" });
    expect(exit).toEqual({ error: "the worker stopped unexpectedly (exit code 3)" });
    expect(oom).toEqual({ error: "ran out of memory (limit 64 MB per worker)" });
    expect(fine).toMatchObject({ records: { document: { path: "fine" } } });
    expect(await pool.run("after", {})).toMatchObject({ records: { document: { path: "after" } } });
    await pool.close();
  });

  it("cancels the jobs not yet started when asked to stop", async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 5000, memoryMb: 64, workerUrl: pathToFileURL(file) });
    const running = pool.run("first", {});
    const queued = pool.run("second", {});
    pool.cancelQueued();
    expect(await running).toMatchObject({ records: { document: { path: "first" } } });
    expect(await queued).toEqual({ cancelled: true });
    expect(await pool.run("third", {})).toEqual({ cancelled: true });
    await pool.close();
  });
});
