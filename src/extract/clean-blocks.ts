import type { Block } from "../model/document.js";

/**
 * Post-pass every extractor's output goes through: text that leaks from the source tools and is
 * never content. Word TC field codes (`TC "1、…表" \f B \l 1`, seen in the 鹿泉 seed) duplicate the
 * line they sit on; NBSP and ideographic spaces are spaces.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\s+TC\s+["“]?[^\n]*?\\f\s+\w+(?:\s+\\l\s+\d+)?\s*$/u, "")
    .replace(/[\u00a0\u2002\u2003\u2009\u200b]/g, " ")
    .replace(/\s+$/u, "");
}

export function cleanBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === "text") {
      const text = cleanText(block.text);
      if (text.trim() !== "") out.push({ ...block, text });
    } else {
      out.push({ ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: cleanText(cell.text).trim() }))) });
    }
  }
  return out;
}
