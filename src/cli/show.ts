import { existsSync } from "node:fs";
import { loadDocument, renderDocumentMarkdown } from "../report/show-document.js";
import { openReadOnly, resolveDbPath } from "../store/open-database.js";
import { findOne, oneOf, parseVerbArgs, UsageError } from "./args.js";
import { jsonText, terminalLine, terminalText } from "./safe-text.js";
import { realpathSync } from "node:fs";
import type { Db } from "../store/open-database.js";

/** A path typed as it names a file from here: that file's document id (the same spelling may name another file elsewhere). */
function byFile(db: Db, ref: string): string | undefined {
  let real: Buffer;
  try {
    real = realpathSync(ref, { encoding: "buffer" });
  } catch {
    return undefined;
  }
  const id = db.prepare("SELECT id FROM documents WHERE file_key = ?").pluck().get(real) as number | undefined;
  return id === undefined ? undefined : String(id);
}

/** The file key (bytes) is shown as its text, real_path; JSON would print a Buffer's bytes one by one. */
function toText(key: string, value: unknown): unknown {
  return key === "file_key" ? undefined : value;
}

export const showHelp = `yusuan show <document-id-or-path> [--db PATH] [--format md|json]
  One document as extracted: its sections, tables and figures.`;

export async function showCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseVerbArgs(args, { db: { type: "string" }, format: { type: "string" } });
  const ref = positionals[0];
  if (!ref) throw new UsageError("show needs a document id or path");
  const format = oneOf(values.format, ["md", "json"] as const, "md", "--format");
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run yusuan ingest first)`);
  const db = openReadOnly(path);
  try {
    const doc = findOne(() => loadDocument(db, byFile(db, ref) ?? ref));
    if (!doc) throw new UsageError(`no document ${terminalLine(ref)} in ${terminalLine(path)}`);
    process.stdout.write((format === "json" ? jsonText(JSON.stringify(doc, toText, 2)) : terminalText(renderDocumentMarkdown(doc))) + "\n");
    return 0;
  } finally {
    db.close();
  }
}

