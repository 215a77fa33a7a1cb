import type { TextBlock } from "../../model/document.js";
import { BLOCK_START } from "../../domain/layout.js";
import type { TextLine } from "./build-lines.js";
import { joinWrapped } from "./read-grid-table.js";

/** Where the body text of a page sits, to tell indents, short lines and centred titles. */
export interface PageFrame {
  page: number;
  left: number;
  right: number;
  bodySize: number;
  /** Usual baseline-to-baseline distance of body lines. */
  leading: number;
  isToc: boolean;
}

/** Section markers that always start a new block (domain/layout.ts): 第一部分 一、 （一） 1、 1. （1） 注： */
export const HEADING_START = BLOCK_START;

/**
 * Joins the lines of each paragraph into one text block. A new block starts at a heading marker,
 * a first-line indent, after a short line, at a vertical gap, where size or weight changes, at a
 * centred line, and at every line of a 目录 page (one block per TOC entry).
 */
export function buildParagraphs(lines: TextLine[], frame: PageFrame): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { paragraph: Paragraph; last: TextLine } | undefined;
  for (const line of lines) {
    if (current && !startsNewBlock(current.last, line, frame)) {
      current.paragraph.block.text = joinWrapped(current.paragraph.block.text, line.text);
      if (line.ocrItems) (current.paragraph.ocrItems ??= []).push(...line.ocrItems);
      current.paragraph.endsOpen = endsOpen(line, frame);
      current.last = line;
      continue;
    }
    const block: TextBlock = { type: "text", text: line.text, page: frame.page, line: line.line, style: styleOf(line, frame) };
    const paragraph: Paragraph = { block, endsOpen: endsOpen(line, frame), startsPlain: startsPlain(line, frame), ...(line.ocrItems ? { ocrItems: [...line.ocrItems] } : {}) };
    paragraphs.push(paragraph);
    current = { paragraph, last: line };
  }
  return paragraphs;
}

/** A paragraph with what the page break needs to know: may it go on, may it be a continuation. */
export interface Paragraph {
  block: TextBlock;
  /** Its last line runs to the right margin and does not end a sentence. */
  endsOpen: boolean;
  /** Its first line is plain body text at the left margin. */
  startsPlain: boolean;
  /** The OCR'd items of its lines, in reading order (for the block's OCR mark). */
  ocrItems?: TextLine["ocrItems"];
}

function endsOpen(line: TextLine, frame: PageFrame): boolean {
  return !frame.isToc && line.right >= frame.right - 1.8 * line.size && !/[。！？；：:]$/u.test(line.text);
}

function startsPlain(line: TextLine, frame: PageFrame): boolean {
  return !frame.isToc && line.part === 0 && line.x <= frame.left + 1.2 * line.size && !HEADING_START.test(line.text) &&
    Math.abs(line.size - frame.bodySize) <= 0.12 * frame.bodySize && !isCentered(line, frame);
}

function startsNewBlock(prev: TextLine, line: TextLine, frame: PageFrame): boolean {
  if (frame.isToc) return true;
  if (line.part > 0 || prev.part > 0 || line.line === prev.line) return true;
  if (HEADING_START.test(line.text)) return true;
  const size = Math.max(line.size, frame.bodySize * 0.5);
  if (Math.abs(line.size - prev.size) > 0.12 * frame.bodySize) return true;
  if (line.bold !== prev.bold) return true;
  if (line.x > frame.left + 1.2 * size) return true; // first-line indent (two 全角 spaces usually)
  if (prev.right < frame.right - 1.8 * size) return true; // the previous line ended early
  if (line.y - prev.y > frame.leading * 1.45) return true; // a blank line between paragraphs
  // A centred line after a full one of the same size is the wrap of a title (上海 财政局 2024 p21:
  // "第三部分…决算情况" / "说明"); otherwise centred lines stand alone.
  if (isCentered(prev, frame)) return true;
  if (isCentered(line, frame)) return prev.right < frame.right - 1.8 * size;
  return false;
}

function isCentered(line: TextLine, frame: PageFrame): boolean {
  const middle = (frame.left + frame.right) / 2;
  const indent = line.x - frame.left;
  const shortfall = frame.right - line.right;
  // Both margins wide: a full-width line with a first-line indent is not centred.
  return indent > 2 * line.size && shortfall > 2 * line.size && Math.abs((line.x + line.right) / 2 - middle) < 1.5 * line.size;
}

function styleOf(line: TextLine, frame: PageFrame): TextBlock["style"] {
  const style: NonNullable<TextBlock["style"]> = { relativeSize: Math.round((line.size / frame.bodySize) * 100) / 100 };
  if (line.bold) style.bold = true;
  if (isCentered(line, frame)) style.centered = true;
  return style;
}
