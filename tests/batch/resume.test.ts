import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tempDir } from "../helpers.js";
import { countDocuments, dumpDatabase, integrityCheck, makeTextCorpus, spawnCli, waitFor } from "./batch-helpers.js";

/**
 * Killing an ingest at any moment and running the same command again must end with the same
 * database as a run that was never interrupted: every document is one transaction, written in file
 * order, and committed files are skipped by their sha256.
 */
describe("an interrupted ingest resumes to the same database", () => {
  const dir = tempDir();
  const corpus = join(dir, "corpus");
  const N = 200;
  let reference = "";

  beforeAll(() => {
    makeTextCorpus(corpus, N);
    const db = join(dir, "reference.sqlite");
    const r = cli(["ingest", corpus, "--db", db, "--jobs", "2", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    reference = dumpDatabase(db);
    expect(countDocuments(db)).toBe(N);
  });

  it("after kill -9 (twice, at different points)", async () => {
    const db = join(dir, "killed.sqlite");
    for (const atLeast of [5, 80]) {
      const run = spawnCli(["ingest", corpus, "--db", db, "--jobs", "2", "--quiet"]);
      await waitFor(() => countDocuments(db) >= atLeast);
      run.child.kill("SIGKILL");
      const { signal } = await run.done;
      expect(signal).toBe("SIGKILL");
      expect(integrityCheck(db)).toBe("ok");
    }
    expect(countDocuments(db)).toBeLessThan(N); // it really was cut short
    const r = cli(["ingest", corpus, "--db", db, "--jobs", "2"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/skipped [1-9]\d*/);
    expect(integrityCheck(db)).toBe("ok");
    expect(dumpDatabase(db)).toBe(reference);
  });

  it("after Ctrl-C, which stops cleanly with exit code 130 and the summary", async () => {
    const db = join(dir, "interrupted.sqlite");
    const run = spawnCli(["ingest", corpus, "--db", db, "--jobs", "2"]);
    await waitFor(() => countDocuments(db) >= 10);
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    expect(result.stdout).toMatch(/^files 200 {2}ingested \d+ .*\(interrupted: run again to finish\)/);
    expect(integrityCheck(db)).toBe("ok");
    const stored = countDocuments(db);
    expect(stored).toBeLessThan(N);
    expect(result.stdout).toContain(`ingested ${stored} `);
    expect(cli(["ingest", corpus, "--db", db, "--jobs", "1", "--quiet"]).code).toBe(0);
    expect(dumpDatabase(db)).toBe(reference);
  });
});
