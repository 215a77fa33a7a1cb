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
      for (const piece of pieces(block.text)) {
        const text = cleanText(piece);
        if (text.trim() !== "") out.push({ ...block, text });
      }
    } else {
      out.push({ ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: cleanText(cell.text).trim() }))) });
    }
  }
  return out;
}

/** A paragraph longer than this is read as several (real ones are a few hundred characters). */
export const LONGEST_BLOCK = 5_000;

/**
 * A text block cut into pieces of at most LONGEST_BLOCK characters, at a sentence end where there
 * is one in the second half of the window, else at a space, else between two characters that are
 * not both part of a number (a figure is never cut in two). One line of 20 MB (a file saved without
 * line breaks) is then read in time linear in its length, like the same text in lines.
 */
export function pieces(text: string): string[] {
  if (text.length <= LONGEST_BLOCK) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > LONGEST_BLOCK) {
    out.push(text.slice(start, (start = cutAt(text, start))));
  }
  out.push(text.slice(start));
  return out;
}

const SENTENCE_END = /[。；！？;!?\n]/;
const NUMBER_PART = /[\d.,，%％]/;

function cutAt(text: string, start: number): number {
  const end = start + LONGEST_BLOCK;
  const half = start + LONGEST_BLOCK / 2;
  for (let i = end; i > half; i--) if (SENTENCE_END.test(text[i - 1]!)) return i;
  for (let i = end; i > half; i--) if (/\s/.test(text[i - 1]!)) return i;
  for (let i = end; i > start + 1; i--) if (!(NUMBER_PART.test(text[i - 1]!) && NUMBER_PART.test(text[i]!))) return i;
  return end;
}
