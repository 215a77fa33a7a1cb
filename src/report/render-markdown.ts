import { flagMessage, messages, type Lang } from "../i18n/index.js";
import { location } from "../diagnostics/place.js";
import { formatWan } from "../normalise/amount.js";
import { groupFlags, summaryOf, type ReportDocument } from "./load-report.js";
import { documentStatusText, documentTitle, reportTotals } from "./report-text.js";

/** A Markdown table cell: one line, inert (see md), pipes escaped. */
const cell = (s: unknown) => md(String(s ?? ""));

/**
 * The consistency report for a terminal or a Markdown viewer: a table of every document with its
 * status, then the flags worst first (errors, warnings, notes, template placeholders), each with
 * the printed numbers and their places (file:page:line).
 */
export function renderMarkdown(docs: ReportDocument[], lang: Lang = "en"): string {
  const m = messages(lang);
  const c = m.columns;
  const out: string[] = [`# ${m.reportTitle}`, "", m.totals(reportTotals(docs)), "", `## ${m.documentsHeading}`, ""];
  out.push(`| ${c.department} | ${c.year} | ${c.kind} | ${c.status} | ${c.file} |`, "|---|---|---|---|---|");
  for (const d of docs) {
    out.push(`| ${cell(d.departmentKey ?? d.department ?? m.unknownDepartment)} | ${cell(d.fiscalYear ?? "")} | ${cell(m.kind[d.docKind] ?? d.docKind)} | ${cell(documentStatusText(summaryOf(d), lang))} | ${cell(d.path)} |`);
  }
  out.push("");
  const groups = groupFlags(docs);
  for (const g of groups) {
    const n = g.documents.reduce((s, e) => s + e.flags.length, 0);
    out.push(`## ${m.sections[g.section]} (${n})`, "");
    for (const { document: d, flags } of g.documents) {
      out.push(`### ${md(documentTitle(d, lang))}`, "", code(d.path), "");
      for (const f of flags) {
        const amounts = f.expectedFen !== null && f.actualFen !== null ? ` (${m.expectedPrinted(formatWan(f.expectedFen), formatWan(f.actualFen))})` : "";
        out.push(`- **${m.severity[f.severity]}** ${code(f.check)} ${md(flagMessage(f.check, f.message, lang))}${amounts}`);
        for (const x of f.figures) out.push(`  - ${md(x.raw)} — ${x.label ? md(x.label) : m.noLabel} · ${code(location(d.path, { page: x.page, line: x.line }))} (${m.source[x.source] ?? x.source})`);
      }
      out.push("");
    }
  }
  if (groups.length === 0) out.push(docs.some((d) => summaryOf(d).status === "flagged") ? m.noFlagsFiltered : m.noFlags, "");
  return out.join("\n");
}

/**
 * Document text as Markdown text inside a line: HTML cannot open (`<script>`, `<img onerror>` print
 * as written), and the characters that make emphasis, links, tables or code are escaped, so
 * `[a](javascript:…)` in a message or a file name stays text. Newlines become spaces (the text never
 * starts a line, so list and heading markers need no escape).
 */
export function md(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
}

/**
 * A code span that holds any text: fenced by one backtick more than the longest run inside, padded
 * when the text starts or ends with one (CommonMark), so a backtick in a file name cannot end it.
 */
export function code(text: string): string {
  const line = text.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$|^ .* $/.test(line) ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
