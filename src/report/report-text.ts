import { messages, reasonText, type Lang } from "../i18n/index.js";
import { summaryOf, type DocumentSummary, type ReportDocument } from "./load-report.js";

/** The counts of the report's first line: documents, the flags shown by severity, failed files. */
export function reportTotals(docs: ReportDocument[]) {
  const count = (s: string) => docs.reduce((n, d) => n + d.flags.filter((f) => f.severity === s).length, 0);
  return {
    documents: docs.length,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("info"),
    failed: docs.filter((d) => summaryOf(d).status === "failed").length,
  };
}

/** A document's status in the summary table: checked and clean, flags by severity, partial, failed… */
export function documentStatusText(s: DocumentSummary, lang: Lang): string {
  const t = messages(lang).status;
  const reason = s.reason === null ? null : reasonText(s.reason, lang);
  const flags = s.errors + s.warnings + s.notes ? t.flagged(s) : "";
  switch (s.status) {
    case "clean":
      return t.clean;
    case "flagged":
      return flags;
    case "failed":
      return t.failed(reason);
    case "duplicate":
      return t.duplicate(s.duplicateOf);
    case "not_a_disclosure":
      return [t.not_a_disclosure(reason), flags].filter(Boolean).join(lang === "zh" ? "；" : "; ");
    case "partial":
      return [t.partial(reason), flags].filter(Boolean).join(lang === "zh" ? "；" : "; ");
  }
}

/** "江苏省委办公厅 · 2019 · 预算": the heading a document's flags appear under. */
export function documentTitle(d: ReportDocument, lang: Lang): string {
  const m = messages(lang);
  return [d.departmentKey ?? d.department ?? m.unknownDepartment, d.fiscalYear, m.kind[d.docKind] ?? d.docKind].filter((x) => x !== null && x !== "").join(" · ");
}
