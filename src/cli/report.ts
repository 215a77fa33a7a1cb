import { existsSync, writeFileSync } from "node:fs";
import { loadReport } from "../report/load-report.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { openReadOnly, resolveDbPath } from "../store/open-database.js";
import { oneOf, parseVerbArgs, UsageError } from "./args.js";

export const reportHelp = `yusuan report [--db PATH] [--format md|html|json] [--out FILE] [--severity S] [--check ID] [--document ID|PATH]
  The consistency report: every flag, grouped by document and severity, with the figures and places it rests on.`;

export async function reportCommand(args: string[]): Promise<number> {
  const { values } = parseVerbArgs(args, {
    db: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    severity: { type: "string", multiple: true },
    check: { type: "string", multiple: true },
    document: { type: "string" },
  });
  const format = oneOf(values.format, ["md", "html", "json"] as const, "md", "--format");
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run yusuan ingest first)`);
  const db = openReadOnly(path);
  try {
    const docs = loadReport(db, { severity: values.severity, check: values.check, document: values.document });
    const text = format === "json" ? JSON.stringify(docs, null, 2) : format === "html" ? (await import("../report/render-html.js")).renderHtml(docs) : renderMarkdown(docs);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text + "\n");
    return 0;
  } finally {
    db.close();
  }
}
