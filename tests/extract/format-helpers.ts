import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, detectFormat } from "../../src/extract/index.js";
import type { Block, ExtractedDocument } from "../../src/model/document.js";
import { ROOT } from "../helpers.js";

export const FORMATS = join(ROOT, "fixtures", "formats");
export const SEED_NAME = "鹿泉区委编办2020年部门预算";

/** Extracts a file through the registry, as the pipeline does (format detection + clean-up pass). */
export async function extractFile(path: string): Promise<ExtractedDocument> {
  const bytes = readFileSync(path);
  const format = detectFormat(path, bytes);
  if (!format) throw new Error(`no format for ${path}`);
  return extract(format, bytes, path);
}

/** Blocks without provenance or style: text lines (trimmed) and tables as cell texts. */
export function contentOf(blocks: Block[]): (string | string[][])[] {
  return blocks.map((b) => (b.type === "text" ? b.text.trim() : b.rows.map((row) => row.map((c) => c.text))));
}
