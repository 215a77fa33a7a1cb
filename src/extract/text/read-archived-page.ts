import { AMOUNT_START, ARCHIVED_LINE_BREAK, ARCHIVE_SEPARATOR, ARCHIVE_TITLE_LABEL, GLUED_HEADING, PORTAL_FURNITURE, RUN_IN_HEADING } from "../../domain/layout.js";
import type { Block } from "../../model/document.js";
import { readFlattenedTable } from "./read-flattened-table.js";
import { readLabelValueTable } from "./read-label-value-table.js";

/**
 * A web page saved by an archiver (the pingtan corpus): "标题: …" metadata lines, a
 * "==== 正文 ====" separator, then the whole page body on one line with the portal's furniture
 * (当前位置 breadcrumb, 微信 微博 QQ空间, 来源 … 附件下载). The title becomes the document title,
 * the furniture goes, a table flattened into the line is read back, and the rest is split into
 * sentences and numbered items again.
 */
export function readArchivedPage(lines: string[]): { blocks: Block[]; metaTitle?: string } | undefined {
  const separator = lines.findIndex((l, i) => i < 15 && ARCHIVE_SEPARATOR.test(l.trim()));
  if (separator < 0 || !ARCHIVE_TITLE_LABEL.test(lines[0] ?? "")) return undefined;
  const metaTitle = (lines[0] ?? "").replace(ARCHIVE_TITLE_LABEL, "").trim() || undefined;
  const blocks: Block[] = [];
  for (let i = separator + 1; i < lines.length; i++) {
    // Word's list markup left in the text ("<!--[if !supportLists]-->一、 <!--[endif]-->"), then the
    // portal's breadcrumb, share buttons, 来源 and 附件下载 (domain/layout.ts).
    const body = PORTAL_FURNITURE.reduce((text, furniture) => text.replace(furniture, ""), (lines[i] ?? "").replace(/<!--[\s\S]*?-->/g, ""));
    const place = { page: 1, line: i + 1 };
    const table = readFlattenedTable(body, place, metaTitle) ?? readLabelValueTable(body, place);
    const segments = table ? [table.before, table.after] : [body];
    segments.forEach((segment, k) => {
      for (const b of sentences(segment, i + 1)) blocks.push(b);
      if (k === 0 && table) blocks.push(table.table);
    });
  }
  return { blocks, metaTitle };
}

/**
 * The body's sentences and numbered items, and the lines a table's heading is made of: its title
 * ("…决算批复表"), 附件 numbers, "部门（单位）：…" and "单位：万元" each on a line of their own.
 */
function sentences(text: string, line: number): Block[] {
  return text
    .split(ARCHIVED_LINE_BREAK)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap(splitRunInHeading)
    .map((p) => ({ type: "text" as const, text: p, page: 1, line }));
}

/**
 * "八、机关运行经费支出情况 2016年机关运行经费支出22.04万元…": the page lost the line break after a
 * heading, and a space is all that is left of it. A short numbered title before a space is put back
 * on a line of its own.
 */
function splitRunInHeading(piece: string): string[] {
  const m = RUN_IN_HEADING.exec(piece);
  // Not a heading: "（一）白青乡政府2014 年部门决算…" (a number and its 年 apart) or
  // "（二）2015本年支出 5187.13万元" (the phrase and its own amount).
  if (m && !/\d$/.test(m[1]!) && !AMOUNT_START.test(m[2]!)) return [m[1]!, m[2]!];
  const glued = GLUED_HEADING.exec(piece);
  return glued ? [glued[1]!, piece.slice(glued[1]!.length)] : [piece];
}
