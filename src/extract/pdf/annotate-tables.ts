import type { Block, TableBlock, TextBlock } from "../../model/document.js";

const UNIT = /单\s*位\s*[:：]\s*(万\s*元|千\s*元|亿\s*元|元)/u;
/** Deliberately empty tables: 江苏 "注：本部门无相关收支项目", 政协 "本部门无该项目", 上海 "…故本表无数据", "此表为空". */
const EMPTY_NOTE = /此表为空|本表为空|空表|无相关收支|无该项目|无此项|本表无数据|故本表无数据|没有.{0,12}(收支|数据|项目)|无.{0,8}(收入|支出)(预算|决算)?(数据|项目|安排)/u;
const TITLE = /表\s*(?:[（(][^）)]{1,12}[）)])?$/u;
/** How many text blocks before a table are searched for its title and unit. */
const LOOK_BACK = 4;

/**
 * Gives each table what its neighbours say about it: the unit from a 单位 line above it (or in its
 * first rows), the empty-table note just below it (or inside it), and the title line above it as
 * `caption` when one clearly ends in 表. The text blocks themselves stay in place.
 */
export function annotateTables(blocks: Block[]): void {
  blocks.forEach((block, i) => {
    if (block.type !== "table") return;
    const before = textBlocksAround(blocks, i, -1);
    const after = textBlocksAround(blocks, i, +1).slice(0, 2);
    const unit = before.map((b) => UNIT.exec(b.text)?.[1]).find(Boolean) ?? unitInRows(block);
    if (unit) block.unit = unit.replace(/\s+/g, "");
    const note = [...after.map((b) => b.text), ...block.rows.flat().map((c) => c.text)].find((t) => EMPTY_NOTE.test(t));
    if (note) block.emptyNote = note.trim();
    const title = before.find((b) => TITLE.test(b.text.trim()) && b.text.length <= 60 && !UNIT.test(b.text));
    if (title) block.caption = title.text.trim();
  });
}

/** Text blocks next to block i on the same page, nearest first, stopping at another table. */
function textBlocksAround(blocks: Block[], i: number, step: -1 | 1): TextBlock[] {
  const page = blocks[i]!.page;
  const out: TextBlock[] = [];
  for (let j = i + step; j >= 0 && j < blocks.length && out.length < LOOK_BACK; j += step) {
    const b = blocks[j]!;
    if (b.type !== "text" || b.page !== page) break;
    out.push(b);
  }
  return out;
}

function unitInRows(table: TableBlock): string | undefined {
  for (const row of table.rows.slice(0, 3)) {
    for (const cell of row) {
      const unit = UNIT.exec(cell.text)?.[1];
      if (unit) return unit;
    }
  }
  return undefined;
}
