import { isProjectBudgetLabel } from "../domain/performance.js";
import { says } from "../domain/statements.js";
import type { CellRecord, FigureRecord, FlagRecord } from "../model/records.js";
import { groupAt } from "../model/typed-table.js";
import { flag, citeAt, type Check, type CheckInput } from "./check.js";
import { printedUnitFen } from "./precision.js";
import { figureIndexAt, layoutOf, quoteCell } from "./table-layout.js";
import { inUnit } from "./table-sums.js";
import { CHANGE_WORDS, isPriorYear } from "./text-figures.js";


interface Project {
  tableIndex: number;
  row: number;
  col: number;
  fen: number;
  tolerance: number;
}

/**
 * The budgets of the projects a document lists (one 绩效目标表 per project, its 预算数) against its
 * 项目支出 (鹿泉区委编办 2020: 3 + 12 + 5 = 20 = 项目支出). Projects adding up to more than 项目支出
 * are a likely slip (warning, not error: a project's 预算数 may count other funds or years). Less
 * than 项目支出 is flagged only when the text says how many projects there are and all are listed;
 * otherwise the list may simply be partial, and the check stays silent.
 */
export const projectBudgets: Check = {
  id: "project-budgets",
  description: "The budgets of the listed projects do not add up to 项目支出",
  run(doc) {
    const projects = listedProjects(doc);
    const total = projectTotal(doc);
    if (!projects || projects.length === 0 || !total) return [];
    const sum = projects.reduce((s, p) => s + p.fen, 0);
    const tolerance = projects.reduce((s, p) => s + p.tolerance, 0) + total.tolerance;
    const diff = sum - total.figure.amountFen!;
    if (Math.abs(diff) <= tolerance) return [];
    if (diff < 0 && statedProjectCount(doc) !== projects.length) return [];
    const layouts = projects.map((p) => layoutOf(doc, p.tableIndex)!);
    const listed = projects.map((p, k) => `${doc.tables[p.tableIndex]!.title ?? "项目"} ${quoteCell(layouts[k]!, p.row, p.col)}`);
    const f = total.figure;
    return [
      flag("project-budgets", "warning", `the ${projects.length} projects listed add up to ${inUnit(sum, "万元")} (${listed.join(" + ")}), but ${f.label} ${citeAt(f.raw, f.page, f.line)} is ${diff > 0 ? "less" : "more"}`, { page: f.page, line: f.line, figures: [total.index, ...projects.flatMap((p) => figureIndexAt(doc, p.tableIndex, p.row, p.col))], expectedFen: sum, actualFen: f.amountFen }),
    ];
  },
};

/** Each 绩效目标表's 预算数; undefined when one of them prints none (the sum would be partial). */
function listedProjects(doc: CheckInput): Project[] | undefined {
  const out: Project[] = [];
  for (const [tableIndex, table] of doc.tables.entries()) {
    if (table.kind !== "performance_targets") continue;
    const layout = layoutOf(doc, tableIndex);
    // The first amount of each row whose own labels name the project's budget (预算数 | 3.00).
    const firstOfRow = new Map<number, CellRecord>();
    for (const c of [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
      if (!c.isHeader && c.amountFen !== null && !firstOfRow.has(c.row) && groupAt(table, c.row, c.col)?.names.some(isProjectBudgetLabel)) firstOfRow.set(c.row, c);
    }
    const amounts = [...firstOfRow.values()];
    if (!layout || amounts.length === 0) return undefined;
    for (const c of amounts) out.push({ tableIndex, row: c.row, col: c.col, fen: c.amountFen!, tolerance: layout.termTolerance });
  }
  return out;
}

/** The document's 项目支出 this year: the table's when printed, else the text's. */
function projectTotal(doc: CheckInput): { figure: FigureRecord; index: number; tolerance: number } | undefined {
  const candidates = doc.figures
    .map((figure, index) => ({ figure, index }))
    .filter(({ figure: f }) => f.metric === "expenditure_project" && f.amountFen !== null && !CHANGE_WORDS.test(f.label) && !isPriorYear(f.label, doc.document.fiscalYear));
  const pick = candidates.find((x) => x.figure.source === "table") ?? candidates[0];
  if (!pick) return undefined;
  // A text rounded to whole 万元 is within half a unit of the exact value (20万元 ∈ [19.5, 20.5)).
  const unit = printedUnitFen(pick.figure.raw, pick.figure.unit);
  return { ...pick, tolerance: pick.figure.source === "text" ? Math.ceil(unit / 2) : unit };
}

/** "共3个项目" / "3个项目": how many projects the text says the document has. */
function statedProjectCount(doc: CheckInput): number | undefined {
  const f = doc.figures.find((x) => x.source === "text" && x.count !== null && says("projectCount", x.after) && says("projectContext", x.context));
  return f?.count ?? undefined;
}
