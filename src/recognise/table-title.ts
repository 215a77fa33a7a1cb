import { TABLE_TITLE_END } from "../domain/layout.js";
import { LINE_ABOVE_NOT_TITLE } from "../domain/table-kinds.js";
import type { Block } from "../model/document.js";
import { foldWidth, matchKey } from "../normalise/text.js";
import { readMarker } from "./heading-marker.js";
import { isTableNumber, looksLikeTableTitle, titleText } from "./table-kind.js";
import { isNumberCell } from "./table-grid.js";
import { UNIT } from "./table-units.js";

export interface TableHeading {
  title: string | null;
  /** Indexes into the `before` blocks that were consumed as title/unit lines. */
  titleBlocks: number[];
  unitFromText?: string;
}

/** Title and unit from the lines just above the table (nearest first), skipping 部门：/单位：/公开XX表 lines. */
export function findTableTitle(before: Block[], printedCaption?: string): TableHeading {
  // A caption of a character or two is the tail of a wrapped title ("表"): read the lines instead.
  const caption = printedCaption && printedCaption.trim().length > 3 ? printedCaption : undefined;
  let unitFromText: string | undefined;
  const titleBlocks: number[] = [];
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const block = before[i]!;
    if (block.type !== "text") break;
    const text = foldWidth(block.text).trim();
    // A paragraph between a line and the table: that line is the text's heading, not the table's title.
    if (/[。;；]$/.test(text) && text.length > 20) break;
    const unit = UNIT.exec(text);
    if (unit) {
      unitFromText ??= unit[1];
      titleBlocks.push(i);
    }
    if (unit || LINE_ABOVE_NOT_TITLE.test(text) || isTableNumber(titleText(text))) {
      titleBlocks.push(i);
      continue;
    }
    if (caption !== undefined && matchKey(text) === matchKey(caption)) {
      titleBlocks.push(i);
      break;
    }
    const numbered = readMarker(text);
    if (numbered && numbered.kind !== "arabic" && !TABLE_TITLE_END.test(matchKey(text))) break;
    if (caption === undefined && looksLikeTableTitle(text)) {
      titleBlocks.push(i);
      // A title wrapped over two lines ("“三公”经费、会议费、培训费支出预算" / "表").
      const previous = before[i - 1];
      if (previous?.type === "text" && previous.page === block.page && previous.style?.relativeSize === block.style?.relativeSize && !TABLE_TITLE_END.test(previous.text.trim()) && !/[:：]/.test(previous.text.trim()) && text.length <= 8) {
        titleBlocks.push(i - 1);
        return { title: previous.text.trim() + block.text.trim(), titleBlocks, unitFromText };
      }
      return { title: titleText(block.text), titleBlocks, unitFromText };
    }
    if (caption === undefined && !isNumberCell(text) && text.length <= 40 && TABLE_TITLE_END.test(matchKey(text))) {
      titleBlocks.push(i);
      return { title: block.text.trim(), titleBlocks, unitFromText };
    }
  }
  return { title: caption ?? null, titleBlocks, unitFromText };
}
