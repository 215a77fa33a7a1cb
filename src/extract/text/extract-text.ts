import type { Block, Cell, ExtractedDocument, TableBlock } from "../../model/document.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import { decodeText } from "../decode-text.js";
import { readArchivedPage } from "./read-archived-page.js";

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
