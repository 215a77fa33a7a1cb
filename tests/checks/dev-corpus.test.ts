import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, CORPUS, hasCorpus, tempDir } from "../helpers.js";

interface Key {
  file: string;
  flags?: string[][];
}

function keys(dir: string): Key[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return keys(path);
    return name.endsWith(".json") ? [JSON.parse(readFileSync(path, "utf8")) as Key] : [];
  });
}

/**
 * The hand-made answer keys of ../shared/corpus/dev: every inconsistency they list is flagged, and a
 * document whose key lists none gets no `error` flag (a false alarm there costs a user's trust).
 */
describe.skipIf(!hasCorpus)("checks on the dev corpus", () => {
  let messages: (file: string, severity?: string) => string[];
  beforeAll(() => {
    const db = join(tempDir(), "dev.sqlite");
    expect(cli(["ingest", CORPUS, "--db", db, "-q"]).code).toBe(0);
    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT d.path, f.severity, f.message FROM flags f JOIN documents d ON d.id = f.document_id').all() as Array<{ path: string; severity: string; message: string }>;
    conn.close();
    messages = (file, severity) => rows.filter((r) => r.path.endsWith(file) && (!severity || r.severity === severity)).map((r) => `${r.severity}: ${r.message}`);
  });

  const all = hasCorpus ? keys(join(CORPUS, "answers")) : [];
  for (const key of all.filter((k) => k.flags?.length)) {
    it(`finds every listed inconsistency in ${key.file}`, () => {
      const found = messages(key.file);
      for (const expected of key.flags!) expect(found.some((m) => expected.every((s) => m.includes(s))), `${expected.join(" / ")} in:\n${found.join("\n")}`).toBe(true);
    });
  }
  it("raises no error on documents whose keys list no inconsistency", () => {
    const clean = all.filter((k) => !k.flags?.length);
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.flatMap((k) => messages(k.file, "error").map((m) => `${k.file}: ${m}`))).toEqual([]);
  });
});
