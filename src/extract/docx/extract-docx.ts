import mammoth from "mammoth";
import JSZip from "jszip";
import type { ExtractedDocument } from "../../model/document.js";
import { diagnostic, type Diagnostic } from "../../diagnostics/diagnostic.js";
import { readHtml } from "../html/read-html.js";
import { checkZip } from "./check-zip.js";
import { numberParagraphs, outlineStylePrefix } from "./number-paragraphs.js";
import { readNumbering, readParagraphStyles } from "./read-numbering.js";

const levels = [1, 2, 3, 4, 5, 6];
/** Headings by style name as WPS and Chinese Word name them, outline-only paragraphs, and no TOC. */
const styleMap = [
  ...levels.flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`]),
  ...levels.map((n) => `p.${outlineStylePrefix}${n} => h${n}:fresh`),
  // A table of contents repeats every heading with a page number; it is navigation, not content.
  "p[style-name^='toc'] => !",
  "p[style-name^='TOC'] => !",
];

/**
 * DOCX: mammoth turns the document into HTML (headings from paragraph styles, tables with their
 * colspan/rowspan) and the shared HTML reader turns that into blocks. Before mammoth sees it, the
 * numbers Word generates for list paragraphs are written into the text (see numberParagraphs).
 */
export async function extractDocx(bytes: Buffer, _path: string): Promise<ExtractedDocument> {
  const refused = checkZip(bytes);
  if (refused) return failed(refused);
  try {
    const prepared = await prepareDocx(bytes);
    if (typeof prepared === "string") return failed(prepared);
    const result = await mammoth.convertToHtml({ buffer: prepared }, { styleMap, ignoreEmptyParagraphs: true });
    const { blocks } = readHtml(result.value, { preserveSpaces: true });
    const diagnostics = mammothDiagnostics(result.messages);
    if (blocks.length === 0) diagnostics.push(diagnostic("warning", "docx-empty", "the document has no text"));
    return { format: "docx", pages: 1, blocks, diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // jszip says "Bug : uncompressed data size mismatch" for an archive whose entries lie about
    // their sizes (a zip bomb, or a truncated copy): say what it means.
    return failed(/size mismatch/i.test(message) ? "corrupt DOCX: its compressed entries do not match their declared sizes (damaged or a zip bomb)" : `unreadable DOCX: ${message.split("\n")[0]}`);
  }
}

/** The archive with generated list numbers written into word/document.xml, or why it is not a DOCX. */
async function prepareDocx(bytes: Buffer): Promise<Buffer | string> {
  const zip = await JSZip.loadAsync(bytes);
  const documentFile = zip.file("word/document.xml");
  if (!documentFile) return "not a Word document (the archive has no word/document.xml)";
  const numberingXml = (await zip.file("word/numbering.xml")?.async("string")) ?? "";
  const stylesXml = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  const { xml, labels } = numberParagraphs(await documentFile.async("string"), readNumbering(numberingXml), readParagraphStyles(stylesXml));
  const outlined = xml.includes(outlineStylePrefix);
  if (labels === 0 && !outlined) return bytes;
  zip.file("word/document.xml", xml);
  if (outlined) zip.file("word/styles.xml", withOutlineStyles(stylesXml));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Declares the outline styles so mammoth does not warn about an undefined style id. */
function withOutlineStyles(stylesXml: string): string {
  const defs = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    .map((n) => `<w:style w:type="paragraph" w:styleId="${outlineStylePrefix}${n}"><w:name w:val="${outlineStylePrefix} ${n}"/></w:style>`)
    .join("");
  if (stylesXml.includes("</w:styles>")) return stylesXml.replace("</w:styles>", `${defs}</w:styles>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${defs}</w:styles>`;
}

function failed(message: string): ExtractedDocument {
  return { format: "docx", pages: 0, blocks: [], diagnostics: [diagnostic("error", "docx-unreadable", message)] };
}

/**
 * mammoth's messages as diagnostics. A style it has no mapping for ("Unrecognised paragraph style:
 * 'Text Body.c'") only loses formatting, never text: every real Word file has some, so they are
 * folded into one info note and do not make the document partial. Anything else it reports (an
 * element it ignored, an error) may have lost content and stays a warning.
 */
function mammothDiagnostics(messages: Array<{ type: string; message: string }>): Diagnostic[] {
  const styles = messages.filter((m) => m.type === "warning" && /^Unrecognised (paragraph|run|table) style/i.test(m.message));
  const rest = messages.filter((m) => !styles.includes(m));
  const out = rest.map((m) => diagnostic(m.type === "error" || m.type === "warning" ? "warning" : "info", "docx-mammoth", m.message));
  if (styles.length) {
    const names = [...new Set(styles.map((m) => /'([^']*)'/.exec(m.message)?.[1] ?? m.message))];
    const shown = names.slice(0, 5).map((n) => `'${n}'`).join(", ");
    out.push(diagnostic("info", "docx-styles", `${names.length} Word style${names.length === 1 ? "" : "s"} read as plain paragraphs (formatting only): ${shown}${names.length > 5 ? ", …" : ""}`));
  }
  return out;
}
