import type { FlagRecord } from "../model/records.js";
import type { Check, CheckInput } from "./check.js";
import { countMismatch } from "./count-mismatch.js";
import { statedChange } from "./stated-change.js";
import { statedShare } from "./stated-share.js";
import { narrativeVsTable } from "./narrative-vs-table.js";
import { threePublicSum } from "./three-public-sum.js";
import { codeHierarchy } from "./code-hierarchy.js";
import { placeholders } from "./placeholders.js";
import { tableTotals } from "./table-totals.js";
import { threePublicTableSum } from "./three-public-table-sum.js";
import { projectBudgets } from "./project-budgets.js";
import { spendingPlan } from "./spending-plan.js";
import { requiredTables } from "./required-tables.js";
import { ocrSeverity } from "./ocr-trust.js";

/** Every per-document check, in the order their flags are listed. */
export const checks: Check[] = [countMismatch, statedChange, statedShare, narrativeVsTable, threePublicSum, codeHierarchy, placeholders, tableTotals, threePublicTableSum, projectBudgets, spendingPlan, requiredTables];

/** Every check's flags; an error resting on figures read by OCR is a warning (ocr-trust.ts). */
export function runChecks(doc: CheckInput): FlagRecord[] {
  return checks.flatMap((check) => check.run(doc)).map((flag) => ocrSeverity(doc, flag));
}
