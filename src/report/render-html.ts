import type { ReportDocument } from "./load-report.js";
import { kindName } from "./render-markdown.js";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One self-contained HTML file: flags grouped by document and severity, with their places. */
export function renderHtml(docs: ReportDocument[]): string {
  const sections = docs
    .filter((d) => d.flags.length)
    .map(
      (d) => `<section><h2>${esc(d.department ?? "(unknown)")} ${esc(d.fiscalYear ?? "")} ${esc(kindName(d.docKind))}</h2><p class="path">${esc(d.path)}</p><ul>${d.flags
        .map(
          (f) => `<li class="${esc(f.severity)}"><b>${esc(f.severity)}</b> <code>${esc(f.check)}</code> ${esc(f.message)}<ul>${f.figures
            .map((g) => `<li>${esc(g.raw)} — ${esc(g.label)} · p.${esc(g.page)} l.${esc(g.line)}</li>`)
            .join("")}</ul></li>`,
        )
        .join("")}</ul></section>`,
    )
    .join("\n");
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>yusuan report</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}li.error b{color:#b00}li.warning b{color:#a60}.path{color:#666;font-size:.9em}</style></head><body><h1>yusuan consistency report</h1>${sections || "<p>No flags.</p>"}</body></html>`;
}
