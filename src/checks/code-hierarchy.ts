import type { FlagRecord } from "../model/records.js";
import { flag, type Check } from "./check.js";
import { codeOf } from "./classification-names.js";
import { isUncertainTable } from "./table-totals.js";
import { inUnit } from "./table-sums.js";
import { amountCells, atCell, cellPrecision, cellUnit, continuedFrom, figureIndexOf, type AmountCell } from "./table-cells.js";

/**
 * 类 = Σ 款 and 款 = Σ 项 by code prefix (201 ⊇ 20101 ⊇ 2010101) in every column of a classified
 * table (DOMAIN §5.4–5.5). Children that add up to more than their parent contradict it (error);
 * children short of it may be rows the extraction missed (warning).
 */
export const codeHierarchy: Check = {
  id: "code-hierarchy",
  description: "A 类 or 款 amount is not the sum of its 款 or 项 in the same column",
  run(doc) {
    const columns = new Map<string, Map<string, AmountCell>>();
    const repeated = new Set<string>();
    for (const c of amountCells(doc)) {
      const code = codeOf(c);
      if (!code || isUncertainTable(doc, c.tableIndex)) continue;
      const key = `${continuedFrom(doc, c.tableIndex)}:${c.cell.col}`;
      const column = columns.get(key) ?? columns.set(key, new Map()).get(key)!;
      if (column.has(code)) repeated.add(key);
      else column.set(code, c);
    }
    const flags: FlagRecord[] = [];
    for (const [key, column] of columns) {
      // A code on several rows of one column (each unit's rows of a 部门 table, a 政府采购 table's
      // items) does not name one row: which 款 belong to which 类 row is not read.
      if (repeated.has(key)) continue;
      for (const [code, parent] of column) {
        if (code.length >= 7) continue;
        const children = [...column].filter(([k]) => k.length === code.length + 2 && k.startsWith(code)).map(([, c]) => c);
        if (!children.length) continue;
        const sum = children.reduce((s, c) => s + c.fen, 0);
        const tol = [parent, ...children].reduce((t, c) => t + cellPrecision(c), 0);
        const diff = sum - parent.fen;
        if (Math.abs(diff) <= tol) continue;
        flags.push(flag("code-hierarchy", diff > 0 ? "error" : "warning", `${code} ${parent.rowLabel} ${atCell(parent)} ≠ Σ ${children.map((c) => `${codeOf(c)} “${c.cell.text.trim()}”`).join(" + ")} = ${inUnit(sum, cellUnit(parent))} (column ${parent.column || parent.cell.col})`, { page: parent.cell.page, line: parent.cell.line, figures: [parent, ...children].flatMap((c) => figureIndexOf(doc, c)), expectedFen: sum, actualFen: parent.fen }));
      }
    }
    return flags;
  },
};
