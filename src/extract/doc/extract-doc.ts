import WordExtractor from "word-extractor";
import type { ExtractedDocument } from "../../model/document.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import { readDocText } from "./read-doc-text.js";

const oleMagic = "d0cf11e0a1b11ae1";

/**
 * Legacy Word (.doc, an OLE compound file): word-extractor reads the body text (tables as
 * tab-ended cells), then readDocText makes blocks. Generated list numbers are not in the text
 * stream, so auto-numbered headings lose their 一、 here (a warning says so).
 */
export async function extractDoc(bytes: Buffer, _path: string): Promise<ExtractedDocument> {
  if (bytes.subarray(0, 8).toString("hex") !== oleMagic) return failed("not a Word 97–2003 file (no OLE signature)");
  let body: string;
  try {
    const document = await new WordExtractor().extract(bytes);
    body = document.getBody({ filterUnicode: false });
  } catch (error) {
    return failed(`unreadable .doc: ${error instanceof Error ? error.message : String(error)}`);
  }
  const blocks = readDocText(body);
  const diagnostics = [diagnostic("info", "doc-numbering", "automatic list numbers (一、 …) are not stored in .doc text and are missing")];
  if (blocks.length === 0) diagnostics.push(diagnostic("warning", "doc-empty", "the document has no text"));
  return { format: "doc", pages: 1, blocks, diagnostics };
}

function failed(message: string): ExtractedDocument {
  return { format: "doc", pages: 0, blocks: [], diagnostics: [diagnostic("error", "doc-unreadable", message)] };
}
