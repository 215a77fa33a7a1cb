import { matchKey } from "../normalise/text.js";
import type { FlagRecord } from "../model/records.js";
import type { Check, CheckInput } from "./check.js";
import { printedUnitFen, wan } from "./precision.js";
import { amountCells, atCell, cellUnit, figureIndexOf, findCells, type AmountCell } from "./table-cells.js";
import { at, CHANGE_WORDS, isMoney, isPriorYear, textFigures, type Indexed } from "./text-figures.js";
import { classificationMatches, stripNumbering } from "./classification-names.js";

/**
 * A quantity the text states and a table also prints must agree within both printings' rounding
 * (Shanghai tables in 元 against text in 万元 rounded to 0.01 or to whole 万元). Two kinds of
 * quantity are matched, both only where the text names them unambiguously:
 * - a classification item named by its 类/款/项 names ("人大事务行政运行（项）支出10528.33万元" vs
 *   the 2010101 行政运行 row 4,545.94, 江苏人大 2017);
 * - a total whose fund scope the text states ("一般公共预算财政拨款基本支出5377.64万元" vs the
 *   一般公共预算 table's 5364.75, 普陀规划局 2024; "财政拨款收入支出总计0.3万元" vs 总计 2,961.68,
 *   普陀财政局 2024). Comparing across 口径 (部门 all funds vs 一般公共预算) would be wrong (DOMAIN §5.5).
 */
export const narrativeVsTable: Check = {
  id: "narrative-vs-table",
  description: "An amount stated in the text differs from the same quantity in a table",
  run(doc) {
    const cells = amountCells(doc);
    if (!cells.length) return [];
    const flags: FlagRecord[] = [];
    const all = textFigures(doc);
    for (const x of all) {
      if (!isMoney(x.f) || CHANGE_WORDS.test(x.f.label) || isPriorYear(x.f.label, doc.document.fiscalYear)) continue;
      const candidates = scopedTotal(all, x, cells) ?? classificationMatches(doc, x.f.label, cells);
      if (!candidates?.length) continue;
      const flag = compare(doc, x, candidates);
      if (flag) flags.push(flag);
    }
    return flags;
  },
};

interface Anchor {
  text: RegExp;
  kinds: string[];
  row: RegExp;
  column?: RegExp;
  /** The label alone does not give the scope: an earlier 基本支出 figure of the section must name it. */
  scopeFromParent?: RegExp;
}

/** Totals whose fund scope is named in the text, and where the standard tables print them (DOMAIN §2). */
const ANCHORS: Anchor[] = [
  { text: /财政拨款收入?支出?(总计|合计)$/, kinds: ["appropriation_summary"], row: /^(总计|收入总计|支出总计)$/ },
  { text: /一般公共预算(财政拨款)?基本支出(预算|决算)?$/, kinds: ["general_budget_expenditure"], row: /^(合计|总计)$/, column: /基本支出/ },
  { text: /^人员经费(合计)?$/, kinds: ["general_budget_basic"], row: /^人员经费(合计)?$/, scopeFromParent: /一般公共预算/ },
  { text: /^(日常)?公用经费(合计)?$/, kinds: ["general_budget_basic"], row: /^(日常)?公用经费(合计)?$/, scopeFromParent: /一般公共预算/ },
];

function scopedTotal(all: Indexed[], x: Indexed, cells: AmountCell[]): AmountCell[] | undefined {
  const key = stripNumbering(matchKey(x.f.label));
  for (const a of ANCHORS) {
    if (!a.text.test(key)) continue;
    if (a.scopeFromParent) {
      const before = all.filter((y) => y.i < x.i && y.f.sectionIndex === x.f.sectionIndex && isMoney(y.f)).slice(-3);
      const parent = before.reverse().find((y) => /基本支出/.test(y.f.label));
      if (!parent || !a.scopeFromParent.test(parent.f.label)) return undefined;
    }
    const found = findCells(cells.filter((c) => a.kinds.includes(c.table.kind)), a.row, a.column);
    return found.length ? found : undefined;
  }
  return undefined;
}

function compare(doc: CheckInput, x: Indexed, candidates: AmountCell[]): FlagRecord | undefined {
  const text = x.f.amountFen!;
  const fits = (c: AmountCell) => Math.abs(c.fen - text) <= printedUnitFen(x.f.raw, x.f.unit) + printedUnitFen(c.cell.text, cellUnit(c));
  if (candidates.some(fits)) return undefined;
  const shown = [...new Map(candidates.map((c) => [c.fen, c])).values()].slice(0, 3);
  // In BigInt: 分 × 10,000 leaves the safe-integer range for the largest budgets.
  const tenThousandTimes = (a: number, b: number, tolerance: number) => {
    const gap = BigInt(a) * 10_000n - BigInt(b);
    return (gap < 0n ? -gap : gap) <= 10_000n * BigInt(tolerance);
  };
  const slip = shown.find((c) => c.fen !== 0 && (tenThousandTimes(c.fen, text, printedUnitFen(c.cell.text, cellUnit(c))) || tenThousandTimes(text, c.fen, printedUnitFen(x.f.raw, x.f.unit))));
  const ids = [x.i, ...shown.flatMap((c) => figureIndexOf(doc, c))];
  if (slip) {
    return {
      check: "unit-slip",
      severity: "warning",
      message: `${x.f.label}${at(x.f)} is 10,000 times off ${slip.rowLabel} ${atCell(slip)}: 元 and 万元 confused`,
      expectedFen: slip.fen,
      actualFen: text,
      figureIndexes: ids,
      page: x.f.page,
      line: x.f.line,
    };
  }
  return {
    check: "narrative-vs-table",
    severity: "error",
    message: `${x.f.label}${at(x.f)} in the text, but the table prints ${shown.map((c) => `${c.rowLabel} ${atCell(c)}`).join(", ")} (${wan(shown[0]!.fen)})`,
    expectedFen: shown[0]!.fen,
    actualFen: text,
    figureIndexes: ids,
    page: x.f.page,
    line: x.f.line,
  };
}
