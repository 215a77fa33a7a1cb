import type { ReportDocument } from "./load-report.js";

const ORDER = ["error", "warning", "info"] as const;

/** The consistency report for a terminal: documents, then their flags by severity, each with its places. */
export function renderMarkdown(docs: ReportDocument[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of docs) for (const f of d.flags) counts[f.severity]++;
  const failed = docs.filter((d) => d.status === "failed");
  const out: string[] = [
    "# yusuan consistency report",
    "",
    `${docs.length} documents · ${counts.error} errors · ${counts.warning} warnings · ${counts.info} notes · ${failed.length} failed files`,
    "",
  ];
  for (const d of docs) {
    if (d.flags.length === 0) continue;
    out.push(`## ${d.department ?? "(unknown department)"} ${d.fiscalYear ?? ""} ${kindName(d.docKind)}`.trimEnd(), "", `\`${d.path}\``, "");
    for (const severity of ORDER) {
      const flags = d.flags.filter((f) => f.severity === severity);
      if (!flags.length) continue;
      out.push(`### ${severity} (${flags.length})`, "");
      for (const f of flags) {
        out.push(`- **${f.check}** ${f.message}`);
        for (const g of f.figures) out.push(`  - ${g.raw} — ${g.label || "(no label)"} · ${d.path}:${g.page}:${g.line} (${g.source})`);
      }
      out.push("");
    }
  }
  if (failed.length) {
    out.push("## Files that could not be read", "");
    for (const d of failed) out.push(`- \`${d.path}\`: ${d.error ?? "unknown error"}`);
    out.push("");
  }
  if (counts.error + counts.warning + counts.info === 0) out.push("No flags: every check that could run found the numbers consistent.", "");
  return out.join("\n");
}

export function kindName(kind: string): string {
  return kind === "budget" ? "预算" : kind === "final_account" ? "决算" : "";
}
