import type { Block, Cell, ExtractedDocument, TableBlock } from "../../model/document.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import { decodeText } from "../decode-text.js";

/**
 * Plain text (often a Word document saved as text). Lines become text blocks; a run of lines that
 * start with a tab is a table in Word's text export: one cell per tab-line, a blank line between
 * rows, and a line without a tab right after a cell continuing that cell (seen in the 鹿泉 seed).
 */
export async function extractText(bytes: Buffer, _path: string): Promise<ExtractedDocument> {
  const decoded = decodeText(bytes);
  if (!decoded) {
    return failed("binary data, not text (is the extension wrong?)");
  }
  const text = decoded.text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return failed("the file is empty");
  const diagnostics = decoded.encoding.startsWith("utf-8")
    ? []
    : [diagnostic("info", "text-encoding", `decoded as ${decoded.encoding}`)];
  const lines = text.split(/\r\n|\r|\n/);
  const archived = readArchivedPage(lines);
  if (archived) return { format: "txt", pages: 1, ...archived, diagnostics };
  return { format: "txt", pages: 1, blocks: readBlocks(lines), diagnostics };
}

const ARCHIVE_SEPARATOR = /^=+\s*正文\s*=+$/;

/**
 * A web page saved by an archiver (the pingtan corpus): "标题: …" metadata lines, a
 * "==== 正文 ====" separator, then the whole page body on one line with the portal's furniture
 * (当前位置 breadcrumb, 微信 微博 QQ空间, 来源 … 附件下载). The title becomes the document title,
 * the furniture goes, and the body is split into sentences and numbered items again.
 */
function readArchivedPage(lines: string[]): { blocks: Block[]; metaTitle?: string } | undefined {
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
    const pieces = body
      .split(/(?<=。)\s*|\s+(?=[（(][一二三四五六七八九十]{1,3}[）)])|\s+(?=[一二三四五六七八九十]{1,3}、)/u)
      .map((p) => p.trim())
      .filter(Boolean);
    for (const text of pieces) blocks.push({ type: "text", text, page: 1, line: i + 1 });
  }
  return { blocks, metaTitle };
}

function failed(message: string): ExtractedDocument {
  return { format: "txt", pages: 0, blocks: [], diagnostics: [diagnostic("error", "text-unreadable", message)] };
}

function readBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.startsWith("\t")) {
      const { table, next } = readTabTable(lines, i);
      blocks.push(table);
      i = next;
      continue;
    }
    if (line.trim() !== "") blocks.push({ type: "text", text: line.replace(/\s+$/, ""), page: 1, line: i + 1 });
    i++;
  }
  return blocks;
}

/** Reads rows of tab-lines starting at `start`; returns the table and the index after it. */
function readTabTable(lines: string[], start: number): { table: TableBlock; next: number } {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = start;
  let lastLine = start;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("\t")) {
      row.push({ text: line.slice(1).trim(), page: 1, line: i + 1 });
      lastLine = i;
    } else if (line.trim() === "") {
      if (row.length) rows.push(row);
      row = [];
      // The table goes on only if a tab-line follows the blank lines.
      let j = i;
      while (j < lines.length && (lines[j] ?? "").trim() === "") j++;
      if (!(lines[j] ?? "").startsWith("\t")) break;
      i = j - 1;
    } else if (row.length && i === lastLine + 1) {
      const cell = row[row.length - 1]!;
      cell.text = `${cell.text}\n${line.trim()}`;
      lastLine = i;
    } else {
      break;
    }
  }
  if (row.length) rows.push(row);
  return { table: { type: "table", rows, page: 1, line: start + 1, pageLast: 1 }, next: i };
}
