import { TABLE_CAPTION_END } from "../domain/layout.js";
import { UNIT_LINE } from "../domain/units.js";
import { EMPTY_TABLE_NOTE } from "../domain/vocabulary.js";
import type { Block, TableBlock, TextBlock } from "../model/document.js";
import { foldWidth } from "../normalise/text.js";
import { isTableNumber } from "./table-kind.js";

/** How many text blocks before a table are searched for its title and unit. */
const LOOK_BACK = 4;

/**
 * Gives each table what its neighbours say about it, whatever the format it came from: the unit
 * from a 单位 line above it (or in its first rows), the empty-table note just below it (or inside
 * it: "此表为空", "本部门无该项目"), and the title line above it as `caption` when one clearly ends in
 * 表. What the extractor already knows for certain (a sheet's unit, a <caption>) is kept. The text
 * blocks themselves stay in place.
 */
export function annotateTables(blocks: Block[]): void {
  blocks.forEach((block, i) => {
    if (block.type !== "table") return;
    const before = textBlocksAround(blocks, i, -1);
    const after = textBlocksAround(blocks, i, +1).slice(0, 2);
    block.unit ??= before.map((b) => unitIn(b.text)).find(Boolean) ?? unitInRows(block);
    const note = [...after.map((b) => b.text), ...block.rows.flat().map((c) => c.text)].find((t) => EMPTY_TABLE_NOTE.test(t));
    if (note) block.emptyNote ??= note.trim();
    // "收入支出决算总表" / "公开01表" / "部门：…" / "金额单位：万元" (the national 决算 template): the
    // table's number line ends in 表 too, but it is no title.
    const title = before.find((b) => TABLE_CAPTION_END.test(b.text.trim()) && b.text.length <= 60 && !unitIn(b.text) && !isTableNumber(b.text));
    if (title) block.caption ??= title.text.trim();
  });
}

/** The unit a line gives ("单 位：万 元" → 万元), if it gives one. */
function unitIn(text: string): string | undefined {
  return UNIT_LINE.exec(foldWidth(text).replace(/\s+/g, ""))?.[1];
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
      const unit = unitIn(cell.text);
      if (unit) return unit;
    }
  }
  return undefined;
}
