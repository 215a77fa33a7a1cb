import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

export const ROOT = resolve(import.meta.dirname, "..");
/** The shared real-document corpus; tests that read it skip cleanly when it is absent. */
export const CORPUS = resolve(ROOT, "..", "shared", "corpus", "dev");
export const hasCorpus = existsSync(CORPUS);
export const SEED = join(ROOT, "fixtures", "鹿泉区委编办2020年部门预算.txt");

export function tempDir(prefix = "yusuan-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the compiled CLI (npm test builds first) and returns its exit code and output. */
export function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "yusuan.js"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
