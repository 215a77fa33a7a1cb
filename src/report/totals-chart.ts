import { formatWan } from "../normalise/amount.js";
import type { YearTotal } from "./load-report.js";

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A small inline SVG bar chart of one department's 支出 totals by year (万元), so a reader sees at
 * a glance whether a flagged year stands out. Bar heights are scaled from exact fen; only the
 * drawing uses floating point.
 */
export function renderTotalsChart(department: string, totals: YearTotal[], caption = "支出总计 by year, 万元"): string {
  const rows = [...totals].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const max = Math.max(...rows.map((r) => r.amountFen), 1);
  const barWidth = 56;
  const gap = 24;
  const height = 140;
  const top = 20;
  const width = rows.length * (barWidth + gap) + gap;
  const bars = rows
    .map((r, k) => {
      const h = Math.max(1, Math.round((r.amountFen / max) * (height - top)));
      const x = gap + k * (barWidth + gap);
      const y = top + (height - top) - h;
      return `<rect class="bar" x="${x}" y="${y}" width="${barWidth}" height="${h}"><title>${esc(r.fiscalYear)}: ${esc(formatWan(r.amountFen))} 万元</title></rect>` +
        `<text x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${esc(formatWan(r.amountFen))}</text>` +
        `<text x="${x + barWidth / 2}" y="${height + 14}" text-anchor="middle">${esc(r.fiscalYear)}</text>`;
    })
    .join("");
  return `<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height + 20}" viewBox="0 0 ${width} ${height + 20}" aria-label="${esc(department)} ${esc(caption)}">${bars}</svg><figcaption>${esc(caption)}</figcaption></figure>`;
}
