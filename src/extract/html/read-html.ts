import { load } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { Block, Cell, Style } from "../../model/document.js";
import { boldOf, centeredOf, headingLevelOf, isHidden } from "./html-style.js";
import { captionOf, isLayoutTable, readHtmlTable, type HtmlCell } from "./read-html-table.js";
import { findArticleRoot, isBoilerplate } from "./find-article.js";
import { FlowCollector, type FlowItem, type InlineContext } from "./flow-collector.js";

const blockTags = new Set(
  ("address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure form " +
    "h1 h2 h3 h4 h5 h6 hr li main menu ol p pre section summary ul tr td th tbody thead tfoot caption").split(" "),
);

/** The HTML reader shared by HTML pages and DOCX (through mammoth): markup → blocks with line numbers. */
export function readHtml(html: string, options: { preserveSpaces?: boolean } = {}): { blocks: Block[]; metaTitle?: string } {
  // JSP/ASP template directives (`<%@ page … %>`) leak into saved portal pages; they are not markup.
  const $ = load(html.replace(/<%[\s\S]*?%>/g, ""));
  const metaTitle = ($('meta[name="ArticleTitle"]').attr("content") ?? $("title").first().text()).replace(/\s+/g, " ").trim();
  const root = findArticleRoot($);
  const preserve = options.preserveSpaces ?? false;
  const collector = new FlowCollector(preserve);
  walkChildren(root, collector, preserve ? { preserveSpaces: true } : {});
  collector.flush();
  return { blocks: numberBlocks(collector.items), ...(metaTitle ? { metaTitle } : {}) };
}

function walkChildren(el: Element, out: FlowCollector, ctx: InlineContext): void {
  for (const child of el.children) walk(child, out, ctx);
}

function walk(node: AnyNode, out: FlowCollector, ctx: InlineContext): void {
  if (node.type === "text") {
    out.append(node.data, ctx);
    return;
  }
  if (node.type !== "tag" && node.type !== "script" && node.type !== "style") return;
  const el = node as Element;
  if (isBoilerplate(el) || isHidden(el)) return;
  if (el.name === "br") return out.flush();
  if (el.name === "table" && !isLayoutTable(el)) {
    out.flush();
    const read = (cell: Element): string => cellText(cell, ctx.preserveSpaces ?? false);
    const rows = readHtmlTable(el, read);
    const caption = captionOf(el, read);
    if (rows.some((r) => r.length > 0)) out.items.push({ kind: "table", rows, ...(caption ? { caption } : {}) });
    return;
  }
  const inner = childContext(el, ctx);
  if (el.name === "caption") return; // read by captionOf
  if (blockTags.has(el.name) || el.name === "table") {
    out.flush();
    walkChildren(el, out, inner);
    out.flush();
  } else {
    walkChildren(el, out, inner);
  }
}

function childContext(el: Element, ctx: InlineContext): InlineContext {
  const next: InlineContext = { ...ctx };
  const heading = headingLevelOf(el);
  if (heading !== undefined) next.headingLevel = heading;
  const bold = boldOf(el);
  if (bold !== undefined) next.bold = bold;
  const centered = centeredOf(el);
  if (centered !== undefined) next.centered = centered;
  return next;
}

/** A cell's paragraphs joined by newlines, as the text extractor joins continued cell lines. */
function cellText(cell: Element, preserveSpaces: boolean): string {
  const collector = new FlowCollector(preserveSpaces);
  walkChildren(cell, collector, preserveSpaces ? { preserveSpaces } : {});
  collector.flush();
  return collector.items.map(flattenItem).filter((t) => t !== "").join("\n");
}

function flattenItem(item: FlowItem): string {
  if (item.kind === "text") return item.text;
  return item.rows.map((row) => row.map((c) => c.text).join(" ")).join("\n");
}

/**
 * Provenance: every text block is one line of the extracted text, and a table takes one line per
 * row, so `line` is where the block starts when the extracted text is printed line by line.
 */
function numberBlocks(items: FlowItem[]): Block[] {
  const blocks: Block[] = [];
  let line = 1;
  for (const item of items) {
    if (item.kind === "text") {
      blocks.push({ type: "text", text: item.text, page: 1, line, ...styleField(item.style) });
      line++;
      continue;
    }
    const start = line;
    const rows = item.rows.map((row, r): Cell[] => row.map((c: HtmlCell) => ({ ...c, page: 1, line: start + r })));
    blocks.push({ type: "table", rows, page: 1, line: start, pageLast: 1, ...(item.caption ? { caption: item.caption } : {}) });
    line += Math.max(1, rows.length);
  }
  return blocks;
}

function styleField(style: Style): { style?: Style } {
  return Object.keys(style).length ? { style } : {};
}
