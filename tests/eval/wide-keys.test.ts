import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, ROOT, tempDir } from "../helpers.js";

/** Hand-made answer keys for documents of the wide corpus (keys only; the documents stay in ../shared). */
const KEYS = join(ROOT, "tests", "eval", "wide-keys");
const WIDE = join(ROOT, "..", "shared", "corpus", "wide");
const SCORER = join(ROOT, "..", "shared", "eval", "score.py");
const hasPython = spawnSync("python3", ["--version"]).status === 0;

/** Every key file below `dir`, at any depth. */
function keyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return keyFiles(path);
    return entry.name.endsWith(".json") ? [path] : [];
  });
}

/** The wide-corpus document each key describes (its `file` is a path below corpus/wide). */
const documents = keyFiles(KEYS).map((path) => join(WIDE, JSON.parse(readFileSync(path, "utf8")).file as string));

describe.skipIf(!existsSync(WIDE) || !hasPython || !existsSync(SCORER) || documents.length === 0)(
  "accuracy on the hand-keyed documents of the wide corpus",
  () => {
    it("finds every keyed document in the wide corpus", () => {
      expect(documents.filter((path) => !existsSync(path))).toEqual([]);
    });

    it("scores the keyed wide documents at 97% or more with no wrong value", () => {
      const db = join(tempDir(), "wide-keys.sqlite");
      const r = cli(["ingest", ...documents.filter((path) => existsSync(path)), "--db", db, "--quiet"]);
      expect(r.code, r.stderr).toBe(0);
      const s = spawnSync("python3", [SCORER, "--db", db, "--answers", KEYS, "-v"], { encoding: "utf8" });
      const last = s.stdout.trim().split("\n").at(-1) ?? "";
      const overall = Number(/overall ([\d.]+)%/.exec(last)?.[1]);
      const wrong = Number(/wrong (\d+) \|/.exec(last)?.[1]);
      expect(wrong, s.stdout).toBe(0);
      expect(overall, s.stdout).toBeGreaterThanOrEqual(97);
    }, 600_000);
  },
);
