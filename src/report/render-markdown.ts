import { flagMessage, messages, type Lang } from "../i18n/index.js";
import { formatWan } from "../normalise/amount.js";
import { groupFlags, summaryOf, type ReportDocument } from "./load-report.js";
import { documentStatusText, documentTitle, reportTotals } from "./report-text.js";

/** A Markdown table cell: one line, with its pipes escaped. */
const cell = (s: unknown) => String(s ?? "").replace(/\s*[\r\n]+\s*/g, " ").replace(/\|/g, "\\|");

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
      out.push(`### ${documentTitle(d, lang)}`, "", `\`${d.path}\``, "");
      for (const f of flags) {
        const amounts = f.expectedFen !== null && f.actualFen !== null ? ` (${m.expectedPrinted(formatWan(f.expectedFen), formatWan(f.actualFen))})` : "";
        out.push(`- **${m.severity[f.severity]}** \`${f.check}\` ${flagMessage(f.check, f.message, lang)}${amounts}`);
        for (const x of f.figures) out.push(`  - ${x.raw} — ${x.label || m.noLabel} · ${d.path}:${x.page}:${x.line} (${m.source[x.source] ?? x.source})`);
      }
      out.push("");
    }
  }
  if (groups.length === 0) out.push(docs.some((d) => summaryOf(d).status === "flagged") ? m.noFlagsFiltered : m.noFlags, "");
  return out.join("\n");
}
