import type { ExtractedDocument } from "../../model/document.js";
import { diagnostic } from "../../diagnostics/diagnostic.js";
import { decodeText } from "../decode-text.js";
import { readHtml } from "./read-html.js";
import { flattenDeepHtml, MAX_NESTING, nestingDepth } from "./flatten-deep-html.js";

/**
 * HTML pages (government portals, Word "Save as Web Page"). Bytes are decoded by BOM, then the
 * declared charset (<meta charset> or http-equiv Content-Type), then detection; then the shared
 * HTML reader turns the markup into blocks.
 */
export async function extractHtml(bytes: Buffer, _path: string): Promise<ExtractedDocument> {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  if (!decoded) return failed("binary data, not HTML (is the extension wrong?)");
  const html = decoded.text.replace(/^\uFEFF/, "");
  const diagnostics = decoded.encoding.startsWith("utf-8") ? [] : [diagnostic("info", "html-encoding", `decoded as ${decoded.encoding}`)];
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) {
    // Hostile or broken markup (tags nested thousands deep) stalls the DOM parser: keep the text.
    diagnostics.push(diagnostic("warning", "html-deep-nesting", `tags nest ${depth} levels deep; read as plain text (tables not recognised)`));
    return { format: "html", pages: 1, blocks: flattenDeepHtml(html), diagnostics };
  }
  const { blocks, metaTitle } = readHtml(html);
  if (blocks.length === 0) diagnostics.push(diagnostic("warning", "html-empty", "the page has no text content"));
  return { format: "html", pages: 1, blocks, diagnostics, ...(metaTitle ? { metaTitle } : {}) };
}

/** The charset a page declares in its first 4 KB (read as Latin-1, which any ASCII-compatible charset survives). */
export function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return meta?.[1];
}

function failed(message: string): ExtractedDocument {
  return { format: "html", pages: 0, blocks: [], diagnostics: [diagnostic("error", "html-unreadable", message)] };
}
