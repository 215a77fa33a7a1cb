import type { Block, TableBlock } from "../../model/document.js";
import type { TextLine } from "./build-lines.js";
import { buildParagraphs, type PageFrame, type Paragraph } from "./build-paragraphs.js";
import { joinWrapped } from "./read-grid-table.js";
import { dropFurniture } from "./drop-furniture.js";
import type { PageLayout, PlacedTable } from "./layout-page.js";
import { stitchTables } from "./stitch-tables.js";
import { CONTENTS_TITLE } from "../../domain/layout.js";
import { ocrMark, tableMark } from "../ocr/mark.js";

/**
 * Turns laid-out pages into the block sequence: furniture dropped, text lines joined into
 * paragraphs, each table placed where it sits on the page (by its top edge).
 */
export function assembleBlocks(pages: PageLayout[]): Block[] {
  const bodySize = bodySizeOf(pages);
  const cleaned = dropFurniture(pages.map((p) => ({ page: p.page, height: p.height, lines: p.lines })));
  const blocks: Block[] = [];
  const widths = new Map<TableBlock, number[]>();
  let open: Paragraph | undefined;
  const ocrItems = new Map<Block, NonNullable<Paragraph["ocrItems"]>>();
  pages.forEach((layout, i) => {
    const lines = cleaned[i]?.lines ?? [];
    const frame = frameOf(layout.page, lines, bodySize);
    type Element = { top: number; line?: TextLine; table?: PlacedTable };
    const elements: Element[] = [
      ...lines.map((line) => ({ top: line.top, line })),
      ...layout.tables.map((table) => ({ top: table.top, table })),
    ].sort((a, b) => a.top - b.top);
    let run: TextLine[] = [];
    const flush = (): void => {
      for (const paragraph of buildParagraphs(run, frame)) {
        // A paragraph cut by the page break goes on at the top of the next page (江苏 2019 文件 p4→p5).
        if (open && blocks[blocks.length - 1] === open.block && open.block.page === paragraph.block.page - 1 && paragraph.startsPlain && open.endsOpen) {
          open.block.text = joinWrapped(open.block.text, paragraph.block.text);
          if (paragraph.ocrItems) ocrItems.set(open.block, [...(ocrItems.get(open.block) ?? []), ...paragraph.ocrItems]);
          open = undefined;
          continue;
        }
        blocks.push(paragraph.block);
        if (paragraph.ocrItems) ocrItems.set(paragraph.block, [...paragraph.ocrItems]);
        open = paragraph;
      }
      run = [];
    };
    for (const element of elements) {
      if (element.line) run.push(element.line);
      else if (element.table) {
        flush();
        const table = toTableBlock(element.table, layout.page);
        widths.set(table, element.table.columnWidths);
        blocks.push(table);
      }
    }
    flush();
  });
  const out = stitchTables(blocks, widths);
  markOcr(out, ocrItems);
  return out;
}

/** Text blocks and tables made from OCR'd text get their OCR mark (cells have theirs already). */
function markOcr(blocks: Block[], ocrItems: Map<Block, NonNullable<Paragraph["ocrItems"]>>): void {
  for (const block of blocks) {
    if (block.type === "text") {
      const items = ocrItems.get(block);
      const mark = items && ocrMark(block.text, items);
      if (mark) block.ocr = mark;
    } else {
      const mark = tableMark(block.rows.flat());
      if (mark) block.ocr = mark;
    }
  }
}

function toTableBlock(table: PlacedTable, page: number): TableBlock {
  return { type: "table", rows: table.rows, page, line: table.line, pageLast: page };
}

/** The most common font size of the document's text, weighted by characters. */
function bodySizeOf(pages: PageLayout[]): number {
  const weights = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      const key = Math.round(line.size * 2) / 2;
      weights.set(key, (weights.get(key) ?? 0) + line.text.length);
    }
  }
  let best = 12;
  let bestWeight = 0;
  for (const [size, weight] of weights) if (weight > bestWeight) [best, bestWeight] = [size, weight];
  return best;
}

const TOC_ENTRY = /(?:\.{3,}|…{2,}|·{3,}|-{4,}|_{4,})\s*\d{1,3}$/u;

function frameOf(page: number, lines: TextLine[], bodySize: number): PageFrame {
  const starts = new Map<number, number>();
  const rights: number[] = [];
  for (const line of lines) {
    if (line.part > 0 || line.text.length < 6) continue;
    const key = Math.round(line.x);
    starts.set(key, (starts.get(key) ?? 0) + line.text.length);
    rights.push(line.right);
  }
  let left = lines[0]?.x ?? 0;
  let best = 0;
  for (const [x, weight] of starts) if (weight > best) [left, best] = [x, weight];
  rights.sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? Math.max(0, ...lines.map((l) => l.right));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i]!.y - lines[i - 1]!.y;
    if (gap > 0.5 * bodySize && gap < 3 * bodySize) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const leading = gaps[Math.floor(gaps.length / 2)] ?? bodySize * 1.5;
  const isToc = lines.some((l) => CONTENTS_TITLE.test(l.text.trim())) || lines.filter((l) => TOC_ENTRY.test(l.text)).length >= 3;
  return { page, left, right, bodySize, leading, isToc };
}
