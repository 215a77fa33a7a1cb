import { isListItem, says, SCOPED_TOTAL_MATCHERS } from "../domain/statements.js";
import { matchKey } from "../normalise/text.js";
import type { FlagRecord } from "../model/records.js";
import { flag, type Check, type CheckInput } from "./check.js";
import { printedUnitFen, wan } from "./precision.js";
import { amountCells, atCell, cellPrecision, figureIndexOf, findCells, type AmountCell } from "./table-cells.js";
import { at, CHANGE_WORDS, isMoney, isPriorYear, textFigures, type Indexed } from "./text-figures.js";
import { classificationMatches, stripNumbering } from "./classification-names.js";
import { isSpendingPartLabel, sameScope, scopeNamed, type Scope } from "../domain/vocabulary.js";

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
      const scoped = scopedTotal(all, x, cells);
      if (scoped) {
        const flag = compare(doc, x, scoped, "error");
        if (flag) flags.push(flag);
        continue;
      }
      if (inSpendingPartList(doc, all, x)) continue;
      const named = classificationMatches(doc, x.f.label, cells);
      if (!named?.length) continue;
      const scope = textScope(doc, x);
      const same = named.filter((c) => comparableScope(doc, scope, tableScope(c)));
      if (!same.length) continue;
      // A sentence that names no fund scope may mean any table's: it contradicts none of them for sure.
      const flag = compare(doc, x, same, scope ? "error" : "warning");
      if (flag) flags.push(flag);
    }
    return flags;
  },
};

/** The scope of funds a text figure is about: named in its label, its clause, else its section's title. */
function textScope(doc: CheckInput, x: Indexed): Scope | undefined {
  const section = x.f.sectionIndex === null ? "" : (doc.sections[x.f.sectionIndex]?.title ?? "");
  return scopeNamed(x.f.label) ?? scopeNamed(x.f.context) ?? scopeNamed(section);
}

/** The scope of funds a table covers, as recognise read it: named in its title (一般公共预算支出表), else by its kind, else all funds. */
function tableScope(c: AmountCell): Scope {
  return c.table.scope;
}

/**
 * Figures of one scope are compared with tables of the same scope. A 财政拨款 sentence may be read
 * against the 一般公共预算 tables when the department has no 政府性基金 or 国有资本经营 money (then
 * the two are the same money). A sentence without a scope is compared with every table.
 */
function comparableScope(doc: CheckInput, text: Scope | undefined, table: Scope): boolean {
  if (text === undefined || sameScope(text, table)) return true;
  return text === "appropriation" && table === "general_budget" && !hasOtherAppropriations(doc);
}

function hasOtherAppropriations(doc: CheckInput): boolean {
  return doc.tables.some((t) => (t.scope === "gov_fund" || t.scope === "state_capital") && t.cells.some((c) => !c.isHeader && (c.amountFen ?? 0) > 0));
}

/**
 * Is the figure an item of a list that breaks down 项目支出 (or 基本支出, 人员经费 …)? "（五）项目支出
 * 57,973.81万元，具体包括：… 3.公安执法办案8,560.83万元": the items are projects, whose names can
 * repeat a classification's (执法办案) while their money is another cut of the budget. The list's
 * head is the nearest earlier figure of the section that is not itself a numbered item.
 */
function inSpendingPartList(doc: CheckInput, all: Indexed[], x: Indexed): boolean {
  if (!isListItem(matchKey(x.f.label))) return false;
  for (let k = all.indexOf(x) - 1; k >= 0; k--) {
    const y = all[k]!;
    if (y.f.sectionIndex !== x.f.sectionIndex) return false;
    // Only the first figure of each paragraph heads it (a numbered item's own details follow it).
    const previous = all[k - 1]?.f;
    if (previous && previous.page === y.f.page && previous.line === y.f.line) continue;
    if (isListItem(matchKey(y.f.label))) continue;
    return isMoney(y.f) && isSpendingPartLabel(y.f.label);
  }
  void doc;
  return false;
}


interface Anchor {
  text: RegExp;
  kinds: string[];
  row: RegExp;
  column?: RegExp;
  /** The label alone does not give the scope: an earlier 基本支出 figure of the section must name it. */
  scopeFromParent?: RegExp;
}

/** Totals whose fund scope is named in the text, and where the standard tables print them (domain/statements.ts SCOPED_TOTALS). */
const ANCHORS: Anchor[] = SCOPED_TOTAL_MATCHERS;

function scopedTotal(all: Indexed[], x: Indexed, cells: AmountCell[]): AmountCell[] | undefined {
  const key = stripNumbering(matchKey(x.f.label));
  for (const a of ANCHORS) {
    if (!a.text.test(key)) continue;
    if (a.scopeFromParent) {
      const before = all.filter((y) => y.i < x.i && y.f.sectionIndex === x.f.sectionIndex && isMoney(y.f)).slice(-3);
      const parent = before.reverse().find((y) => says("basicSpending", y.f.label));
      if (!parent || !a.scopeFromParent.test(parent.f.label)) return undefined;
    }
    const found = findCells(cells.filter((c) => a.kinds.includes(c.table.kind)), a.row, a.column);
    return found.length ? found : undefined;
  }
  return undefined;
}

function compare(doc: CheckInput, x: Indexed, candidates: AmountCell[], severity: "error" | "warning"): FlagRecord | undefined {
  const text = x.f.amountFen!;
  const fits = (c: AmountCell) => Math.abs(c.fen - text) <= printedUnitFen(x.f.raw, x.f.unit) + cellPrecision(c);
  if (candidates.some(fits)) return undefined;
  const shown = [...new Map(candidates.map((c) => [c.fen, c])).values()].slice(0, 3);
  // In BigInt: 分 × 10,000 leaves the safe-integer range for the largest budgets.
  const tenThousandTimes = (a: number, b: number, tolerance: number) => {
    const gap = BigInt(a) * 10_000n - BigInt(b);
    return (gap < 0n ? -gap : gap) <= 10_000n * BigInt(tolerance);
  };
  const slip = shown.find((c) => c.fen !== 0 && (tenThousandTimes(c.fen, text, cellPrecision(c)) || tenThousandTimes(text, c.fen, printedUnitFen(x.f.raw, x.f.unit))));
  const ids = [x.i, ...shown.flatMap((c) => figureIndexOf(doc, c))];
  if (slip) {
    return flag("unit-slip", "warning", `${x.f.label}${at(x.f)} is 10,000 times off ${slip.rowLabel} ${atCell(slip)}: 元 and 万元 confused`, { page: x.f.page, line: x.f.line, figures: ids, expectedFen: slip.fen, actualFen: text });
  }
  return flag("narrative-vs-table", severity, `${x.f.label}${at(x.f)} in the text, but the table prints ${shown.map((c) => `${c.rowLabel} ${atCell(c)}`).join(", ")} (${wan(shown[0]!.fen)})`, { page: x.f.page, line: x.f.line, figures: ids, expectedFen: shown[0]!.fen, actualFen: text });
}
