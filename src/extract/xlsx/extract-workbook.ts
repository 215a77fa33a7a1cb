import * as XLSX from "@e965/xlsx";
import type { Block, ExtractedDocument, Format } from "../../model/document.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { checkZip } from "../docx/check-zip.js";
import { readSheetGrid } from "./sheet-grid.js";
import { readSheet } from "./read-sheet.js";

/**
 * Excel workbooks of the standard tables, .xlsx and BIFF .xls alike (SheetJS reads both). Each
 * visible sheet is read on its own page: title and 单位 lines, then the table, then notes.
 */
export async function extractWorkbook(bytes: Buffer, path: string): Promise<ExtractedDocument> {
  const format: Format = /\.xls$/i.test(path) && !isZip(bytes) ? "xls" : "xlsx";
  if (isZip(bytes)) {
    const refused = checkZip(bytes);
    if (refused) return failed(format, refused);
  }
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: "buffer", cellFormula: false, cellHTML: false, cellStyles: false, cellDates: false });
  } catch (error) {
    return failed(format, `unreadable workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  workbook.SheetNames.forEach((name, index) => {
    const sheet = workbook.Sheets[name];
    if (!sheet) return;
    if (workbook.Workbook?.Sheets?.[index]?.Hidden) {
      diagnostics.push(diagnostic("info", "sheet-hidden", `hidden sheet "${name}" skipped`, { page: index + 1 }));
      return;
    }
    for (const b of readSheet(readSheetGrid(sheet), index + 1, name.trim())) blocks.push(b); // no spread: 10⁵ rows would overflow the stack
  });
  if (blocks.length === 0) diagnostics.push(diagnostic("warning", "workbook-empty", "the workbook has no filled cells"));
  return { format, pages: workbook.SheetNames.length, blocks, diagnostics };
}

function isZip(bytes: Buffer): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function failed(format: Format, message: string): ExtractedDocument {
  return { format, pages: 0, blocks: [], diagnostics: [diagnostic("error", "workbook-unreadable", message)] };
}
