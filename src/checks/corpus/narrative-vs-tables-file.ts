import type { Db } from "../../store/open-database.js";
import { printedUnitFen, wan } from "../precision.js";
import { fullScope, type CorpusCheck, type CorpusFlag } from "./run-corpus-checks.js";
import { disagreements, figureFlag, figureReader, type StoredDocument, type StoredFigure } from "./stored-documents.js";
import { citeAt } from "../check.js";

/** Quantities both files of a split publication print: the totals, “三公”, 机关运行经费, 政府采购. */
const SHARED = ["revenue_total", "expenditure_total", "three_public_total", "three_public_overseas", "three_public_vehicle", "three_public_vehicle_purchase", "three_public_vehicle_operation", "three_public_reception", "operating_expenses", "procurement_total"];

/** A tables file holds the standard set (DOMAIN §2: 8 or 9 tables); a narrative file a few at most. */
const TABLES_FILE = 5;

/**
 * A budget published as two files, the 说明 and the 公开表 (Jiangsu 2017–2019: "…部门预算公开文件.pdf"
 * + "…公开表格.pdf", DOMAIN §2 "Split documents"): the figures the 说明 states must be the tables
 * file's, within the 说明's rounding (a 说明 rounded to whole 万元 may be 0.5 万元 off). Same body,
 * year, kind and scope; flagged on the 说明. Only a quantity on which no stated value fits any of
 * the tables file's values is flagged, so one mis-tagged sentence does not raise a false alarm.
 */
export const narrativeVsTablesFile: CorpusCheck = {
  id: "narrative-vs-tables-file",
  description: "The narrative file states a total that its separate tables file does not print",
  run(db: Db, scope = fullScope(db)): CorpusFlag[] {
    const { docs, only } = scope;
    const figures = figureReader(db, SHARED);
    const read = (d: StoredDocument, source: string) => figures(d).filter((f) => f.source === source);
    const flags: CorpusFlag[] = [];
    const sameBody = scope.partners;
    for (const narrative of docs.filter((d) => d.tables < TABLES_FILE && (!only || only.has(d.id)))) {
      const partners = sameBody(narrative, (t) => t.tables >= TABLES_FILE && sameScope(t, narrative));
      if (partners.length !== 1) continue;
      const tablesFile = partners[0]!;
      const misfit = (x: StoredFigure, y: StoredFigure) => !fits(x, y);
      for (const [x, y] of disagreements(read(narrative, "text"), read(tablesFile, "table"), SHARED, misfit)) {
        const message = `${x.label}${citeAt(x.raw, x.page, x.line)}, but the tables file ${tablesFile.path} prints ${y.label} ${citeAt(y.raw, y.page, y.line)}: off by ${wan(Math.abs(x.fen - y.fen))}`;
        flags.push(figureFlag(narrative.id, "narrative-vs-tables-file", message, x, y));
      }
    }
    return flags;
  },
};

/** Within the 说明's rounding (half its last printed digit) and the table's (one unit of its last digit; a blank is 0 exactly). */
function fits(s: StoredFigure, t: StoredFigure): boolean {
  const table = t.raw.trim() ? printedUnitFen(t.raw, t.unit ?? "万元") : 0;
  return Math.abs(s.fen - t.fen) <= Math.ceil(printedUnitFen(s.raw, s.unit) / 2) + table;
}

/** 部门 and 单位 files are different bodies' figures; an unknown scope pairs with either. */
function sameScope(a: StoredDocument, b: StoredDocument): boolean {
  return a.scope === null || b.scope === null || a.scope === b.scope;
}
