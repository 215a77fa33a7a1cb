import type { Db } from "../../store/open-database.js";
import { printedUnitFen, wan } from "../precision.js";
import { fullScope, type CorpusCheck, type CorpusFlag } from "./run-corpus-checks.js";
import { disagreements, figureFlag, figureReader, type StoredFigure } from "./stored-documents.js";
import { citeAt } from "../check.js";

/** Totals a 部门 adds up over its 单位: none of them can be smaller in the whole than in a part. */
const ADDITIVE = ["revenue_total", "expenditure_total", "expenditure_basic", "expenditure_project", "three_public_total", "operating_expenses", "procurement_total"];

/**
 * A 部门预算 covers the 单位预算 of its 本级 and its units (上海普陀区政府办 2025 publishes both), so a
 * unit's totals cannot exceed its department's for the same year and kind. Flagged on the unit
 * document, and only when every value the unit states for a quantity exceeds every value its
 * department states beyond their rounding (a mis-tagged sentence on either side stays silent).
 */
export const departmentVsUnit: CorpusCheck = {
  id: "department-vs-unit",
  description: "A 单位 document's total exceeds its 部门 document's for the same year",
  run(db: Db, scope = fullScope(db)): CorpusFlag[] {
    const { docs, only } = scope;
    const read = figureReader(db, ADDITIVE);
    const exceeds = (x: StoredFigure, y: StoredFigure) => x.fen - y.fen > tolerance(x) + tolerance(y);
    const flags: CorpusFlag[] = [];
    const partners = scope.partners;
    for (const unit of docs.filter((d) => d.scope === "unit" && (!only || only.has(d.id)))) {
      const departments = partners(unit, (d) => d.scope === "department");
      if (departments.length !== 1) continue;
      const department = departments[0]!;
      for (const [x, y] of disagreements(read(unit), read(department), ADDITIVE, exceeds)) {
        const message = `the unit's ${x.label} ${citeAt(x.raw, x.page, x.line)} exceeds its department's ${y.label} ${citeAt(y.raw, y.page, y.line, department.path)} by ${wan(x.fen - y.fen)}`;
        flags.push(figureFlag(unit.id, "department-vs-unit", message, x, y));
      }
    }
    return flags;
  },
};

/** Half the last printed digit: the most a printed value can be off the exact one (a blank is exact). */
function tolerance(f: StoredFigure): number {
  return f.raw.trim() ? Math.ceil(printedUnitFen(f.raw, f.unit ?? "万元") / 2) : 0;
}
