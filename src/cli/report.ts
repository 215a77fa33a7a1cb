import { existsSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { CHECK_IDS, LANGS, langFromEnv, messages, type Lang } from "../i18n/index.js";
import { loadReport, loadYearTotals, storedChecks } from "../report/load-report.js";
import { renderHtml } from "../report/render-html.js";
import { renderMarkdown } from "../report/render-markdown.js";
import { openReadOnly, resolveDbPath } from "../store/open-database.js";
import { findOne, oneOf, parseVerbArgs, UsageError } from "./args.js";
import { jsonText, terminalLine, terminalText } from "./safe-text.js";

export const reportHelp = `yusuan report [--db PATH] [--format md|html|json] [--out FILE] [--lang zh|en] [--severity S] [--check ID]
              [--document ID|PATH] [--max-evidence MB] [--no-evidence]
  The consistency report: a table of every document (checked and clean, its flags by severity, partial,
  failed, not a disclosure, duplicate), then every flag worst first with the figures and places it rests on.
  --out FILE       write to FILE; the format follows its extension (.html, .md, .json) unless --format says
  --lang zh|en     the language (default from LANG / LC_ALL: zh… → 中文, else English)
  --severity and --check may be repeated or comma-separated (--severity error,warning); --document takes
  a document id, its path, the end of its path or any part of it that only one document has.
  --max-evidence MB  HTML: stop adding page images beside the flags past this total size (default 20)
  --no-evidence      HTML: no page images or quoted lines beside the flags`;

const SEVERITIES = ["error", "warning", "info"] as const;
const FORMATS = ["md", "html", "json"] as const;
type Format = (typeof FORMATS)[number];

/** "--severity error,warning --severity info" → ["error", "warning", "info"]. */
function list(values: string[] | undefined): string[] | undefined {
  const out = values?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return out?.length ? out : undefined;
}

/** The format from --format, else from the --out extension, else Markdown. */
function formatOf(flag: string | undefined, out: string | undefined, lang: Lang): Format {
  if (flag !== undefined) {
    if (!(FORMATS as readonly string[]).includes(flag)) throw new UsageError(messages(lang).cli.oneOf("--format", FORMATS, flag));
    return flag as Format;
  }
  const ext = out ? extname(out).toLowerCase() : "";
  return ext === ".html" || ext === ".htm" ? "html" : ext === ".json" ? "json" : "md";
}

export async function reportCommand(args: string[]): Promise<number> {
  const { values } = parseVerbArgs(args, {
    db: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    lang: { type: "string" },
    severity: { type: "string", multiple: true },
    check: { type: "string", multiple: true },
    document: { type: "string" },
    "max-evidence": { type: "string" },
    "no-evidence": { type: "boolean" },
  });
  const lang = oneOf(values.lang, LANGS, langFromEnv(), "--lang");
  const m = messages(lang);
  const format = formatOf(values.format, values.out, lang);
  const severity = list(values.severity);
  for (const s of severity ?? []) if (!(SEVERITIES as readonly string[]).includes(s)) throw new UsageError(m.cli.oneOf("--severity", SEVERITIES, s));
  const maxEvidence = values["max-evidence"];
  if (maxEvidence !== undefined && !/^(\d+\.?\d*|\.\d+)$/.test(maxEvidence)) throw new UsageError(m.cli.positive("--max-evidence", maxEvidence));
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new UsageError(m.cli.noDatabase(path));
  const db = openReadOnly(path);
  try {
    const checks = list(values.check);
    if (checks) {
      const valid = [...new Set([...CHECK_IDS, ...storedChecks(db)])];
      for (const id of checks) if (!valid.includes(id)) throw new UsageError(m.cli.unknownCheck(id, valid));
    }
    const docs = findOne(() => loadReport(db, { severity, check: checks, document: values.document }));
    if (values.document && docs.length === 0) throw new UsageError(m.cli.noDocument(terminalLine(values.document)));
    // Document text never drives a terminal: control characters are escaped (losslessly in JSON), in a
    // file too (it will be printed some day); HTML is escaped by its renderer and escaped here on stdout.
    let text: string;
    if (format === "json") text = jsonText(JSON.stringify(docs, null, 2));
    else if (format === "md") text = terminalText(renderMarkdown(docs, lang));
    else {
      const evidence =
        values["no-evidence"] === true
          ? undefined
          : await (await import("../report/evidence/collect-evidence.js")).collectEvidence(db, docs, {
              lang,
              maxBytes: Math.round(Number(maxEvidence ?? 20) * 1024 * 1024),
            });
      text = renderHtml(docs, loadYearTotals(db), { lang, evidence });
      if (!values.out) text = terminalText(text);
    }
    if (values.out) {
      writeFileSync(values.out, text + (text.endsWith("\n") ? "" : "\n"));
      process.stderr.write(terminalLine(m.cli.wrote(values.out, format === "md" ? "Markdown" : format.toUpperCase())) + "\n");
    } else process.stdout.write(text + "\n");
    return 0;
  } finally {
    db.close();
  }
}
