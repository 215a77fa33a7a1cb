import { formatWan } from "../normalise/amount.js";
import type { ReportDocument, ReportFlag, YearTotal } from "./load-report.js";
import { kindName } from "./render-markdown.js";
import { renderTotalsChart } from "./totals-chart.js";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const ORDER = ["error", "warning", "info"] as const;
const NAMES = { error: "Errors — the printed numbers contradict each other", warning: "Warnings — likely problems", info: "Notes" };

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}h3{margin:1.2rem 0 .3rem}
.summary span{display:inline-block;margin-right:1rem}.path{color:#666;font-size:.85em;word-break:break-all}
.flag{border-left:4px solid #999;padding:.3rem .6rem;margin:.4rem 0;background:#fafafa}.flag.error{border-color:#c00}.flag.warning{border-color:#d80}.flag.info{border-color:#38c}
.sev{font-weight:600;text-transform:uppercase;font-size:.75em;margin-right:.4rem}.error .sev{color:#c00}.warning .sev{color:#a60}.info .sev{color:#36a}
code{background:#eee;padding:0 .2rem;border-radius:2px}.figs{margin:.2rem 0 0 1rem;font-size:.9em;color:#444}q{quotes:"“" "”";font-weight:600}
svg text{font-size:11px;fill:#333}svg .bar{fill:#4a7bb7}`;

/**
 * One self-contained HTML file (no scripts, no external assets): flags grouped by department, then
 * by document (year, kind) and severity, each with the printed numbers and their places, and a
 * chart of the department's totals by year where several years are in the database.
 */
export function renderHtml(docs: ReportDocument[], totals: YearTotal[] = []): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of docs) for (const f of d.flags) counts[f.severity]++;
  const departments = new Map<string, ReportDocument[]>();
  for (const d of docs) {
    const name = d.department ?? "(unknown department)";
    (departments.get(name) ?? departments.set(name, []).get(name)!).push(d);
  }
  const body = [...departments]
    .map(([name, list]) => renderDepartment(name, list, totals.filter((t) => t.department === name)))
    .filter((s) => s)
    .join("\n");
  const failed = docs.filter((d) => d.status === "failed");
  const failedHtml = failed.length ? `<h2>Files that could not be read</h2><ul>${failed.map((d) => `<li><span class="path">${esc(d.path)}</span>: ${esc(d.error)}</li>`).join("")}</ul>` : "";
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>yusuan consistency report</title><style>${STYLE}</style></head>
<body><h1>yusuan consistency report</h1>
<p class="summary"><span>${docs.length} documents</span><span>${counts.error} errors</span><span>${counts.warning} warnings</span><span>${counts.info} notes</span><span>${failed.length} failed files</span></p>
${body || "<p>No flags: every check that could run found the numbers consistent.</p>"}
${failedHtml}
</body></html>`;
}

function renderDepartment(name: string, docs: ReportDocument[], totals: YearTotal[]): string {
  const flagged = docs.filter((d) => d.flags.length);
  if (!flagged.length) return "";
  const chart = new Set(totals.map((t) => t.fiscalYear)).size >= 2 ? renderTotalsChart(name, totals) : "";
  return `<section class="department"><h2>${esc(name)}</h2>${chart}${flagged.map(renderDocument).join("")}</section>`;
}

function renderDocument(d: ReportDocument): string {
  const groups = ORDER.map((severity) => {
    const flags = d.flags.filter((f) => f.severity === severity);
    return flags.length ? `<h4>${esc(NAMES[severity])} (${flags.length})</h4>${flags.map((f) => renderFlag(d, f)).join("")}` : "";
  }).join("");
  return `<article><h3>${esc(d.fiscalYear ?? "")} ${esc(kindName(d.docKind))}</h3><p class="path">${esc(d.path)}</p>${groups}</article>`;
}

function renderFlag(d: ReportDocument, f: ReportFlag): string {
  const amounts = f.expectedFen !== null && f.actualFen !== null ? ` <span class="figs">(expected ${esc(formatWan(f.expectedFen))} 万元, printed ${esc(formatWan(f.actualFen))} 万元)</span>` : "";
  const place = f.page !== null ? ` <span class="path">${esc(d.path)}:${esc(f.page)}:${esc(f.line ?? "")}</span>` : "";
  const figures = f.figures.length
    ? `<ul class="figs">${f.figures.map((g) => `<li><q>${esc(g.raw)}</q> ${esc(g.label)} · p.${esc(g.page)} l.${esc(g.line)} (${esc(g.source)})</li>`).join("")}</ul>`
    : "";
  return `<div class="flag ${esc(f.severity)}"><span class="sev">${esc(f.severity)}</span><code>${esc(f.check)}</code> ${quoteNumbers(f.message)}${amounts}${place}${figures}</div>`;
}

/** Escapes the message and sets the printed numbers it quotes (“…”) in bold. */
function quoteNumbers(message: string): string {
  return esc(message).replace(/“([^”]{1,40})”/g, "<q>$1</q>");
}
