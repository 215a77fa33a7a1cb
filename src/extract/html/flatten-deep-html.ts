import type { Block } from "../../model/document.js";

/** Deeper than this, a DOM parser and its recursive walkers stall or overflow the stack. */
export const MAX_NESTING = 400;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** How deep the page's tags nest (one linear pass over the tags; unclosed void elements ignored). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (VOID.has((m[2] ?? "").toLowerCase()) || m[3] === "/") continue;
    depth += m[1] ? -1 : 1;
    if (depth > max) max = depth;
  }
  return max;
}

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * A page too deeply nested to parse is read as text: scripts and styles dropped, block-level tags
 * become line breaks, every other tag goes, entities are decoded. Tables are lost; text is not.
 */
export function flattenDeepHtml(html: string): Block[] {
  const text = html
    .replace(/<(script|style|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?(?:p|div|br|tr|li|h[1-6]|table|section|article)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? all;
    });
  const blocks: Block[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (line) blocks.push({ type: "text", text: line, page: 1, line: blocks.length + 1 });
  }
  return blocks;
}
