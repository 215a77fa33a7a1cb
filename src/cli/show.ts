import { existsSync } from "node:fs";
import { loadDocument, renderDocumentMarkdown } from "../report/show-document.js";
import { openReadOnly, resolveDbPath } from "../store/open-database.js";
import { findOne, oneOf, parseVerbArgs, UsageError } from "./args.js";

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
    const doc = findOne(() => loadDocument(db, ref));
    if (!doc) throw new UsageError(`no document ${ref} in ${path}`);
    process.stdout.write((format === "json" ? JSON.stringify(doc, null, 2) : renderDocumentMarkdown(doc)) + "\n");
    return 0;
  } finally {
    db.close();
  }
}

