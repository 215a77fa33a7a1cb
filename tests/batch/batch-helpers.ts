import Database from "better-sqlite3";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { ROOT, SEED } from "../helpers.js";

/** Every user-visible table in a stable order, without ingested_at (the one column that must differ). */
const TABLES: Record<string, string> = {
  documents: "SELECT id, path, sha256, format, title, department, fiscal_year, doc_kind, scope, status, error, pages, size_bytes FROM documents ORDER BY id",
  diagnostics: "SELECT * FROM diagnostics ORDER BY document_id, rowid",
  sections: "SELECT * FROM sections ORDER BY id",
  tables: "SELECT * FROM tables ORDER BY id",
  cells: "SELECT * FROM cells ORDER BY table_id, row, col",
  line_items: "SELECT * FROM line_items ORDER BY id",
  figures: "SELECT * FROM figures ORDER BY id",
  flags: "SELECT * FROM flags ORDER BY id",
};

/** A canonical dump of a database's content: equal dumps mean equal databases for a user. */
export function dumpDatabase(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return Object.entries(TABLES)
      .map(([name, sql]) => `## ${name}\n${db.prepare(sql).raw().all().map((r) => JSON.stringify(r)).join("\n")}`)
      .join("\n");
  } finally {
    db.close();
  }
}

export function integrityCheck(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return String(db.pragma("integrity_check", { simple: true }));
  } finally {
    db.close();
  }
}

export function countDocuments(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return Number(db.prepare("SELECT count(*) FROM documents").pluck().get());
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema is not there yet
  }
}

/** `n` disclosures made from the seed with different numbers, so each has its own sha256 and figures. */
export function makeTextCorpus(dir: string, n: number): void {
  const seed = readFileSync(SEED, "utf8");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const text = seed.replace(/\d+\.\d\d/g, (m) => (Number(m) + (i % 97) / 100).toFixed(2));
    writeFileSync(join(dir, `doc-${String(i).padStart(4, "0")}.txt`), text);
  }
}

/** Starts the compiled CLI without waiting, for tests that signal it mid-run. */
export function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, "bin", "yusuan.js"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Polls until `test` holds (or fails the test after `ms`). */
export async function waitFor(test: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}
