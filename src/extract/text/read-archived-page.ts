import type { Block } from "../../model/document.js";
import { readFlattenedTable } from "./read-flattened-table.js";
import { readLabelValueTable } from "./read-label-value-table.js";

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
      // Word's list markup left in the text ("<!--[if !supportLists]-->一、 <!--[endif]-->").
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/^\s*当前位置[:：].*QQ空间\s*/u, "")
      // A page saved without its breadcrumb still opens with "title 时间：… 微信 微博 QQ空间".
      .replace(/^[^。；]{0,80}?时间[:：]\s*\S+\s+\S+\s+微信\s+微博\s+QQ空间\s*/u, "")
      .replace(/^\s*当前位置[:：].*?时间[:：]\s*\S+\s+\S+\s*/u, "")
      .replace(/\s*来源[:：].*$/u, "")
      .replace(/\s*附件下载\s*$/u, "");
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
    .split(/(?<=。)\s*|\s+(?=[（(][一二三四五六七八九十]{1,3}[）)])|\s+(?=[一二三四五六七八九十]{1,3}、)|(?<=[:：])(?=一、)|\s+(?=部门[（(]单位[）)][:：]|单位[:：]|附件\s*[\d一二三四五六七八九十])|(?<=表)\s*(?=部门[（(]单位[）)][:：])|(?<=表)\s+/u)
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
  // Not a heading: "（一）白青乡政府2014 年部门决算…" (a number and its 年 apart) or
  // "（二）2015本年支出 5187.13万元" (the phrase and its own amount).
  if (m && !/\d$/.test(m[1]!) && !/^[-\d.,]+\s*(?:亿元|万元|千元|元|%|％)/.test(m[2]!)) return [m[1]!, m[2]!];
  const glued = GLUED_HEADING.exec(piece);
  return glued ? [glued[1]!, piece.slice(glued[1]!.length)] : [piece];
}

/**
 * "一、部门主要职责平潭综合实验区…的主要职责是：": the page lost even the space after a top-level
 * heading. The disclosure template's section titles end in a few words (…职责, …基本情况,
 * …工作总结, …支出决算情况, 名词解释); a top-level numbered piece that runs on after the first
 * of them, into a new phrase, is cut there.
 */
const GLUED_HEADING = /^([一二三四五六七八九十]{1,3}、\s*[^\s，。：；,;:（(]{2,28}?(?:主要职责|基本情况|工作总结|工作任务|总体情况|支出情况|决算情况|名词解释|其他事项|重要事项说明|补充说明))(?![\s，。：；,;:、的和及与说表）)]|$|[（(](?![一二三四五六七八九十]{1,3}[）)]))/u;
