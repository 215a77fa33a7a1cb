import { placeNote } from "../diagnostics/diagnostic.js";
import type { TableKind } from "../domain/table-kinds.js";
import type { FlagRecord, TableRecord } from "../model/records.js";
import { flag, type Check } from "./check.js";

/**
 * The eight tables every 部门预算/决算 publishes (财预〔2016〕143号; DOMAIN §2, rows 1–8; the 国有资本
 * 经营 table, row 9, is regional and not required). Keyed on the recogniser's kinds, which read both
 * the 预算 and the 决算 names.
 */
const REQUIRED: Array<[kind: TableKind, name: string]> = [
  ["budget_summary", "收支总表"],
  ["revenue_summary", "收入总表"],
  ["expenditure_summary", "支出总表"],
  ["appropriation_summary", "财政拨款收支总表"],
  ["general_budget_expenditure", "一般公共预算支出表"],
  ["general_budget_basic", "一般公共预算基本支出表"],
  ["three_public", "“三公”经费支出表"],
  ["gov_fund_expenditure", "政府性基金预算支出表"],
];

/**
 * The standard tables a tables file must hold, and an empty one marked as empty ("注：本部门无该
 * 项目", 政协 2019). Only a document that is a set of tables is judged: at least five tables, three of
 * them standard; a narrative file (its tables published separately) or a 说明 with a few project
 * tables (鹿泉区委编办 2020) stays silent. A missing table is a warning, an unmarked empty one a note.
 */
export const requiredTables: Check = {
  id: "required-tables",
  description: "A standard table is missing from a tables file, or an empty table is not marked as empty",
  run(doc) {
    const kinds = new Set(doc.tables.map((t) => t.kind));
    const standard = REQUIRED.filter(([kind]) => kinds.has(kind));
    if (doc.tables.length < 5 || standard.length < 3) return [];
    const flags: FlagRecord[] = [];
    const missing = REQUIRED.filter(([kind]) => !kinds.has(kind)).map(([, name]) => name);
    if (missing.length) {
      flags.push(flag("required-tables", "warning", `${missing.join("、")} not found among the ${doc.tables.length} tables (${doc.document.docKind === "final_account" ? "决算" : "预算"} tables required by 财预〔2016〕143号)`));
    }
    // Every table empty is a blank form (the templates): one missing-table list is enough.
    const blankForm = doc.tables.every(isEmpty);
    for (const t of doc.tables) {
      if (blankForm || !REQUIRED.some(([kind]) => kind === t.kind) || t.emptyNote || !isEmpty(t)) continue;
      flags.push(flag("required-tables", "info", `${t.title ?? t.kind} ${placeNote({ page: t.pageFirst, line: t.line })} prints no amounts and no note that it is empty (such as “本部门无该项目”)`, { page: t.pageFirst, line: t.line }));
    }
    return flags;
  },
};

/** No amount other than 0 in the table's body. */
function isEmpty(t: TableRecord): boolean {
  return t.cells.every((c) => c.isHeader || !c.amountFen);
}
