import { existsSync, writeFileSync } from "node:fs";
import { loadReport, loadYearTotals } from "../report/load-report.js";
import { renderHtml } from "../report/render-html.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { openReadOnly, resolveDbPath } from "../store/open-database.js";
import { findOne, oneOf, parseVerbArgs, UsageError } from "./args.js";

export const reportHelp = `yusuan report [--db PATH] [--format md|html|json] [--out FILE] [--severity S] [--check ID] [--document ID|PATH]
  The consistency report: every flag, grouped by document and severity, with the figures and places it rests on.
  --severity and --check may be repeated or comma-separated (--severity error,warning); --document takes
  a document id, its path, the end of its path or any part of it that only one document has.`;

const SEVERITIES = ["error", "warning", "info"] as const;

/** "--severity error,warning --severity info" → ["error", "warning", "info"]. */
function list(values: string[] | undefined): string[] | undefined {
  const out = values?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return out?.length ? out : undefined;
}

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
  const severity = list(values.severity);
  for (const s of severity ?? []) oneOf(s, SEVERITIES, "error", "--severity");
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (run yusuan ingest first)`);
  const db = openReadOnly(path);
  try {
    const docs = findOne(() => loadReport(db, { severity, check: list(values.check), document: values.document }));
    if (values.document && docs.length === 0) throw new UsageError(`no document matches --document ${values.document}`);
    const text = format === "json" ? JSON.stringify(docs, null, 2) : format === "html" ? renderHtml(docs, loadYearTotals(db)) : renderMarkdown(docs);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text + "\n");
    return 0;
  } finally {
    db.close();
  }
}
