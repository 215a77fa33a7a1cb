import type { Block } from "../../model/document.js";
import { readFlattenedTable } from "./read-flattened-table.js";

const ARCHIVE_SEPARATOR = /^=+\s*正文\s*=+$/;

/**
 * A web page saved by an archiver (the pingtan corpus): "标题: …" metadata lines, a
 * "==== 正文 ====" separator, then the whole page body on one line with the portal's furniture
 * (当前位置 breadcrumb, 微信 微博 QQ空间, 来源 … 附件下载). The title becomes the document title,
 * the furniture goes, a table flattened into the line is read back, and the rest is split into
 * sentences and numbered items again.
 */
export function readArchivedPage(lines: string[]): { blocks: Block[]; metaTitle?: string } | undefined {
  const separator = lines.findIndex((l, i) => i < 15 && ARCHIVE_SEPARATOR.test(l.trim()));
  if (separator < 0 || !/^标题\s*[:：]/.test(lines[0] ?? "")) return undefined;
  const metaTitle = (lines[0] ?? "").replace(/^标题\s*[:：]\s*/, "").trim() || undefined;
  const blocks: Block[] = [];
  for (let i = separator + 1; i < lines.length; i++) {
    const body = (lines[i] ?? "")
      .replace(/^\s*当前位置[:：].*QQ空间\s*/u, "")
      .replace(/^\s*当前位置[:：].*?时间[:：]\s*\S+\s+\S+\s*/u, "")
      .replace(/\s*来源[:：].*$/u, "")
      .replace(/\s*附件下载\s*$/u, "");
    const table = readFlattenedTable(body, { page: 1, line: i + 1 }, metaTitle);
    const segments = table ? [table.before, table.after] : [body];
    segments.forEach((segment, k) => {
      blocks.push(...sentences(segment, i + 1));
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
    .split(/(?<=。)\s*|\s+(?=[（(][一二三四五六七八九十]{1,3}[）)])|\s+(?=[一二三四五六七八九十]{1,3}、)|\s+(?=部门[（(]单位[）)][:：]|单位[:：]|附件\s*[\d一二三四五六七八九十])|(?<=表)\s+/u)
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
  const m = /^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\s*[^\s，。：；,;:]{2,30})\s+(\S.*)$/u.exec(piece);
  return m ? [m[1]!, m[2]!] : [piece];
}
