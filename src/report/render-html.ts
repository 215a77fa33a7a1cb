import { flagMessage, messages, type Lang } from "../i18n/index.js";
import { location, placeAt } from "../diagnostics/place.js";
import { formatWan } from "../normalise/amount.js";
import type { Evidence, EvidenceLine } from "./evidence/evidence.js";
import { groupFlags, summaryOf, type ReportDocument, type ReportFlag, type YearTotal } from "./load-report.js";
import { documentStatusText, documentTitle, reportTotals } from "./report-text.js";
import { renderTotalsChart } from "./totals-chart.js";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}h3{margin:1.2rem 0 .3rem}
.summary span{display:inline-block;margin-right:1rem}.path{color:#666;font-size:.85em;word-break:break-all}
table.documents{border-collapse:collapse;width:100%;font-size:.9em}table.documents th,table.documents td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
table.documents th{background:#f3f3f3}tr.failed td.status,tr.partial td.status,tr.not_a_disclosure td.status{color:#a00}tr.clean td.status{color:#286}tr.duplicate td.status{color:#666}
.flag{border-left:4px solid #999;padding:.3rem .6rem;margin:.4rem 0;background:#fafafa}.flag.error{border-color:#c00}.flag.warning{border-color:#d80}.flag.info{border-color:#38c}
.sev{font-weight:600;font-size:.75em;margin-right:.4rem}.error .sev{color:#c00}.warning .sev{color:#a60}.info .sev{color:#36a}
code{background:#eee;padding:0 .2rem;border-radius:2px}.figs{margin:.2rem 0 0 1rem;font-size:.9em;color:#444}q{quotes:"“" "”";font-weight:600}
.evidence{margin:.4rem 0 .2rem 1rem}.evidence img{max-width:100%;border:1px solid #ccc;display:block;margin:.2rem 0}.evidence .cap{font-size:.8em;color:#666}
.evidence pre{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.3rem .5rem;margin:.2rem 0;font-size:.9em}.evidence mark{background:#fe6;font-weight:600}
svg text{font-size:11px;fill:#333}svg .bar{fill:#4a7bb7}`;

export interface HtmlOptions {
  lang?: Lang;
  /** The printed evidence of each flag, by flag id (see evidence/collect-evidence.ts). */
  evidence?: Map<number, Evidence[]>;
}

/**
 * One self-contained HTML file (no scripts, no external assets; evidence images are data: URLs):
 * a table of every document with its status, the flags worst first (errors, warnings, notes, then
 * template placeholders) by department and year, each with the printed numbers, their places and
 * the print itself, and each department's totals by year where several years are stored.
 */
export function renderHtml(docs: ReportDocument[], totals: YearTotal[] = [], options: HtmlOptions = {}): string {
  const lang = options.lang ?? "en";
  const m = messages(lang);
  const c = m.columns;
  const rows = docs
    .map((d) => {
      const s = summaryOf(d);
      return `<tr class="${esc(s.status)}"><td>${esc(d.departmentKey ?? d.department ?? m.unknownDepartment)}</td><td>${esc(d.fiscalYear ?? "")}</td><td>${esc(m.kind[d.docKind] ?? d.docKind)}</td><td class="status">${esc(documentStatusText(s, lang))}</td><td class="path">${esc(d.path)}</td></tr>`;
    })
    .join("\n");
  const table = `<h2>${esc(m.documentsHeading)}</h2><table class="documents"><thead><tr><th>${esc(c.department)}</th><th>${esc(c.year)}</th><th>${esc(c.kind)}</th><th>${esc(c.status)}</th><th>${esc(c.file)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
  const groups = groupFlags(docs);
  const flags = groups
    .map((g) => {
      const n = g.documents.reduce((s, e) => s + e.flags.length, 0);
      const body = g.documents
        .map(({ document: d, flags }) => `<article data-format="${esc(d.format ?? "")}"><h3>${esc(documentTitle(d, lang))}</h3><p class="path">${esc(d.path)}</p>${flags.map((f) => renderFlag(d, f, lang, options.evidence?.get(f.id))).join("")}</article>`)
        .join("");
      return `<section class="${esc(g.section)}"><h2>${esc(m.sections[g.section])} (${n})</h2>${body}</section>`;
    })
    .join("\n");
  const empty = groups.length ? "" : `<p>${esc(docs.some((d) => summaryOf(d).status === "flagged") ? m.noFlagsFiltered : m.noFlags)}</p>`;
  const byDepartment = new Map<string, YearTotal[]>();
  for (const t of totals) (byDepartment.get(t.department) ?? byDepartment.set(t.department, []).get(t.department)!).push(t);
  const shown = new Set(docs.map((d) => d.departmentKey ?? d.department));
  const charts = [...byDepartment]
    .filter(([name, list]) => shown.has(name) && new Set(list.map((t) => t.fiscalYear)).size >= 2)
    .map(([name, list]) => `<section class="department"><h3>${esc(name)}</h3>${renderTotalsChart(name, list, m.chartCaption)}</section>`)
    .join("");
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(m.reportTitle)}</title><style>${STYLE}</style></head>
<body><h1>${esc(m.reportTitle)}</h1>
<p class="summary">${esc(m.totals(reportTotals(docs)))}</p>
${table}
${flags}${empty}
${charts ? `<h2>${esc(m.chartCaption)}</h2>${charts}` : ""}
</body></html>`;
}

function renderFlag(d: ReportDocument, f: ReportFlag, lang: Lang, evidence: Evidence[] | undefined): string {
  const m = messages(lang);
  const amounts = f.expectedFen !== null && f.actualFen !== null ? ` <span class="figs">(${esc(m.expectedPrinted(formatWan(f.expectedFen), formatWan(f.actualFen)))})</span>` : "";
  const place = f.page !== null ? ` <span class="path">${esc(location(d.path, placeAt(f.page, f.line)))}</span>` : "";
  const figures = f.figures.length
    ? `<ul class="figs">${f.figures.map((g) => `<li><q>${esc(g.raw)}</q> ${esc(g.label)} · ${esc(m.place(g.page, g.line))} (${esc(m.source[g.source] ?? g.source)})</li>`).join("")}</ul>`
    : "";
  const shown = evidence?.length ? `<div class="evidence">${evidence.map((e) => renderEvidence(e, lang)).join("")}</div>` : "";
  return `<div class="flag ${esc(f.severity)}" data-check="${esc(f.check)}"${f.page !== null ? ` data-page="${esc(f.page)}"` : ""}><span class="sev">${esc(m.severity[f.severity])}</span><code>${esc(f.check)}</code> ${quoteNumbers(flagMessage(f.check, f.message, lang))}${amounts}${place}${figures}${shown}</div>`;
}

function renderEvidence(e: Evidence, lang: Lang): string {
  const m = messages(lang);
  if (e.kind === "note") return `<p class="cap">${esc(e.text)}</p>`;
  if (e.kind === "image") {
    return `<figure><img alt="${esc(m.evidence.heading)} ${esc(m.evidence.page(e.page))}" width="${e.width}" height="${e.height}" src="data:image/png;base64,${e.png.toString("base64")}"><figcaption class="cap">${esc(m.evidence.heading)} · ${esc(m.evidence.page(e.page))}</figcaption></figure>`;
  }
  return `<p class="cap">${esc(m.evidence.heading)}</p>${e.lines.map((l) => `<pre title="${esc(m.place(l.page, l.line))}">${esc(m.place(l.page, l.line))}  ${markFigures(l)}</pre>`).join("")}`;
}

/** The line escaped, with every quoted figure in it marked. */
function markFigures(l: EvidenceLine): string {
  const marks = [...new Set(l.marks.filter((x) => x.trim()))].sort((a, b) => b.length - a.length);
  if (!marks.length) return esc(l.text);
  const pattern = new RegExp(marks.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  let out = "";
  let last = 0;
  for (const hit of l.text.matchAll(pattern)) {
    out += esc(l.text.slice(last, hit.index)) + `<mark>${esc(hit[0])}</mark>`;
    last = hit.index! + hit[0].length;
  }
  return out + esc(l.text.slice(last));
}

/** Escapes the message and sets the printed numbers it quotes (“…”) in bold. */
function quoteNumbers(message: string): string {
  return esc(message).replace(/“([^”]{1,40})”/g, "<q>$1</q>");
}
