import type { Block, Cell } from "../../model/document.js";

/**
 * Blocks from the body text of a Word 97–2003 file as word-extractor gives it: one paragraph per
 * line, and table rows as cells each ended by a tab with the row ending in "\t\n". A cell holding
 * several paragraphs spans lines, so a row runs until a line ends with a tab. `line` is the
 * 1-based line of that body text.
 */
export function readDocText(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.includes("\t")) {
      const { rows, next } = readRows(lines, i);
      blocks.push({ type: "table", rows, page: 1, line: i + 1, pageLast: 1 });
      i = next;
      continue;
    }
    if (line.trim() !== "") blocks.push({ type: "text", text: line.trim(), page: 1, line: i + 1 });
    i++;
  }
  return blocks;
}

function readRows(lines: string[], start: number): { rows: Cell[][]; next: number } {
  const rows: Cell[][] = [];
  let i = start;
  while (i < lines.length && (lines[i] ?? "").includes("\t")) {
    const first = i;
    let row = lines[i] ?? "";
    // A row whose last cell has more paragraphs goes on until a line ends with the cell mark (tab).
    while (!row.endsWith("\t") && i + 1 < lines.length && !(lines[i + 1] ?? "").trim().startsWith("\t") && (lines[i + 1] ?? "") !== "") {
      i++;
      row += `\n${lines[i] ?? ""}`;
      if (row.endsWith("\t")) break;
    }
    const texts = row.replace(/\t$/, "").split("\t");
    rows.push(texts.map((t) => ({ text: t.trim(), page: 1, line: first + 1 })));
    i++;
  }
  return { rows, next: i };
}
