import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, SEED, tempDir } from "../helpers.js";
import { dumpDatabase, makeTextCorpus } from "./batch-helpers.js";

describe("--jobs changes the speed, not the database", () => {
  it("gives the same content with --jobs 1 and --jobs 2", () => {
    const dir = tempDir();
    const corpus = join(dir, "corpus");
    makeTextCorpus(corpus, 20);
    // Every format, broken files among them, and one file given directly.
    const inputs = [join(ROOT, "fixtures", "formats"), join(ROOT, "fixtures", "bad"), corpus, SEED];
    const dumps = ["1", "2"].map((jobs) => {
      const db = join(dir, `jobs-${jobs}.sqlite`);
      const r = cli(["ingest", ...inputs, "--db", db, "--jobs", jobs, "--quiet"]);
      expect(r.code, r.stderr).toBe(0);
      return dumpDatabase(db);
    });
    expect(dumps[0]!.length).toBeGreaterThan(10_000);
    expect(dumps[1]).toBe(dumps[0]);
  });
});
