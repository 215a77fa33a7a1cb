import { cite, diagnostic, placeAt, placeText, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { FigureRecord, TableRecord } from "../model/records.js";
import type { TableGuess } from "./table-records.js";

/**
 * What recognise inferred rather than read, said once per document and rule (info), so a reader of
 * the database sees which values rest on a guess: a unit a table does not print, a table's kind
 * read from its header words or its section. Each names the tables and their places.
 */
export function tableGuesses(tables: Array<{ table: TableRecord; guessed: TableGuess[] }>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [guess, say] of Object.entries(SAY) as Array<[TableGuess, string]>) {
    const hit = tables.filter((t) => t.guessed.includes(guess)).map((t) => t.table);
    if (!hit.length) continue;
    // "p.41 l.3 performance_targets", "p.5 l.2 “三公”经费支出表 three_public": where, what it prints, what it was read as.
    const listed = hit.slice(0, 5).map((t) => [placeText(placeAt(t.pageFirst, t.line)!), t.title && `“${t.title}”`, t.kind].filter(Boolean).join(" "));
    if (hit.length > 5) listed.push(`… ${hit.length - 5} more`);
    out.push(diagnostic("info", guess === "unit" ? "unit-assumed" : guess, `${say} (${hit.length}): ${listed.join("; ")}`, { page: hit[0]!.pageFirst, line: hit[0]!.line }));
  }
  return out;
}

const SAY: Record<TableGuess, string> = {
  unit: "“三公” tables that print no unit (单位), read in 万元 as 财预〔2016〕143号 prints them (every amount has at most two decimals and is below 100,000)",
  "kind-from-header": "tables without a table title, their kind read from their header words",
  "kind-from-section": "tables without a title, read as their section's table",
  "three-public-by-sums": "“三公” rows printed without their blank cells, their amounts placed over the columns by the table's sums (合计 = 出国 + 用车 + 接待, 用车 = 购置 + 运行)",
};

/**
 * 一般公共预算 figures (the basic table's 人员经费/公用经费, a sentence's 其中 parts) taken as the
 * department's because its totals say all its money (or all its basic spending) is 一般公共预算.
 */
export function scopeGuess(first: FigureRecord, why: "revenue" | "basic"): Diagnostic {
  const because = why === "revenue" ? "its revenue totals are all 一般公共预算" : "the 一般公共预算 人员经费 and 公用经费 add up to its 基本支出 of all funds";
  return diagnostic("info", "scope-from-totals", `一般公共预算 figures, first ${first.label} ${cite(first.raw, placeAt(first.page, first.line))}, are read as the department's: ${because}`, { page: first.page, line: first.line });
}

/** "预算单位 | 支出总计 | …" with no 合计 row: the department's own row read as its total (深圳). */
export function departmentRowGuess(first: FigureRecord): Diagnostic {
  const row = first.label.split(" / ")[0] ?? first.label;
  return diagnostic("info", "total-from-department-row", `no 合计 row: the row of the department itself, ${row} ${cite(first.raw, placeAt(first.page, first.line))}, is read as its total`, { page: first.page, line: first.line });
}

/** A figure that also states a wider metric no figure states (固定资产 as the assets total). */
export function widerGuess(added: FigureRecord[]): Diagnostic {
  const first = added[0]!;
  const metrics = [...new Set(added.map((f) => f.metric))].join(", ");
  return diagnostic("info", "metric-from-narrower", `no figure states ${metrics}: ${first.label} ${cite(first.raw, placeAt(first.page, first.line))} is taken as that too (domain/metrics.ts alsoStates)`, { page: first.page, line: first.line });
}
