import { attrValue, type NumberingDefinitions, type ParagraphStyle } from "./read-numbering.js";
import { formatNumber } from "./format-number.js";
import { HEADING_STYLE_NAME } from "../../domain/layout.js";

/** Style ids given to paragraphs that carry only an outline level, mapped to h1–h9 for mammoth. */
export const outlineStylePrefix = "YusuanOutline";

const paragraph = /<w:p(?=[\s>])([^>]*)>(\s*<w:pPr\b[^>]*\/>|\s*<w:pPr\b[^>]*>[\s\S]*?<\/w:pPr>)?/g;

interface Effective {
  numId?: string;
  ilvl: number;
  outlineLvl?: number;
  isHeadingStyle: boolean;
}

/**
 * Mammoth drops the numbers Word generates for list paragraphs ("一、" from a numbering definition),
 * and the recogniser needs them to see headings. This writes each generated label into the
 * paragraph as a text run, and gives paragraphs that only carry an outline level (w:outlineLvl)
 * a style that mammoth maps to a heading. Returns the rewritten document.xml and the label count.
 */
export function numberParagraphs(
  documentXml: string,
  numbering: NumberingDefinitions,
  styles: Map<string, ParagraphStyle>,
): { xml: string; labels: number } {
  const counters = new Map<string, Map<number, number>>();
  const seenNums = new Set<string>();
  let labels = 0;
  const xml = documentXml.replace(paragraph, (whole, attrs: string, pPr: string | undefined) => {
    if (attrs.trimEnd().endsWith("/")) return whole;
    const props = pPr ?? "";
    const eff = effectiveProperties(props, styles);
    let out = whole;
    if (eff.outlineLvl !== undefined && eff.outlineLvl < 9 && !eff.isHeadingStyle) {
      out = withStyle(out, props, `${outlineStylePrefix}${eff.outlineLvl + 1}`);
    }
    const label = nextLabel(eff, numbering, styles, props, counters, seenNums);
    if (label === undefined) return out;
    labels++;
    return `${out}<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`;
  });
  return { xml, labels };
}

function effectiveProperties(pPr: string, styles: Map<string, ParagraphStyle>): Effective {
  const styleId = attrValue(pPr, "w:pStyle");
  const numId = attrValue(pPr, "w:numId");
  const ilvl = attrValue(pPr, "w:ilvl");
  const outline = attrValue(pPr, "w:outlineLvl");
  const eff: Effective = { ilvl: ilvl ? Number(ilvl) : 0, isHeadingStyle: false };
  if (numId !== undefined) eff.numId = numId;
  if (outline !== undefined) eff.outlineLvl = Number(outline);
  // Walk the basedOn chain (bounded: styles may loop) for what the paragraph does not set itself.
  let id = styleId;
  for (let depth = 0; id && depth < 10; depth++) {
    const style = styles.get(id);
    if (!style) break;
    if (style.name && HEADING_STYLE_NAME.test(style.name)) eff.isHeadingStyle = true;
    if (eff.numId === undefined && style.numId !== undefined) {
      eff.numId = style.numId;
      if (ilvl === undefined) eff.ilvl = style.ilvl ?? 0;
    }
    if (eff.outlineLvl === undefined && style.outlineLvl !== undefined) eff.outlineLvl = style.outlineLvl;
    id = style.basedOn;
  }
  return eff;
}

function nextLabel(
  eff: Effective,
  defs: NumberingDefinitions,
  styles: Map<string, ParagraphStyle>,
  pPr: string,
  counters: Map<string, Map<number, number>>,
  seenNums: Set<string>,
): string | undefined {
  let abstractId: string | undefined;
  let level = eff.ilvl;
  const num = eff.numId !== undefined && eff.numId !== "0" ? defs.nums.get(eff.numId) : undefined;
  if (num) abstractId = num.abstractId;
  else if (eff.numId === undefined) {
    const byStyle = defs.levelsByStyle.get(attrValue(pPr, "w:pStyle") ?? "");
    if (byStyle) ({ abstractId, level } = byStyle);
  }
  const levels = abstractId !== undefined ? defs.abstract.get(abstractId) : undefined;
  const def = levels?.get(level);
  if (!levels || !def || abstractId === undefined) return undefined;
  const count = counters.get(abstractId) ?? new Map<number, number>();
  counters.set(abstractId, count);
  if (num && eff.numId !== undefined && !seenNums.has(eff.numId)) {
    seenNums.add(eff.numId);
    for (const [l, start] of num.startOverrides) count.set(l, start - 1);
  }
  count.set(level, (count.get(level) ?? def.start - 1) + 1);
  for (const l of [...count.keys()]) if (l > level) count.delete(l);
  const text = def.lvlText.replace(/%(\d)/g, (_, k: string) => {
    const l = Number(k) - 1;
    const lv = levels.get(l);
    return formatNumber(count.get(l) ?? lv?.start ?? 1, l === level ? def.numFmt : (lv?.numFmt ?? "decimal")) ?? "";
  });
  if (def.numFmt === "bullet" || def.numFmt === "none" || text.trim() === "") return undefined;
  // Word puts a tab (or space) after the number; after CJK punctuation (一、 （一）) nothing is printed.
  const separator = def.suffix === "nothing" || /[、．。）)]$/.test(text) ? "" : " ";
  return text + separator;
}

function withStyle(paragraphXml: string, pPr: string, styleId: string): string {
  const style = `<w:pStyle w:val="${styleId}"/>`;
  if (!pPr) return paragraphXml.replace(/>$/, `><w:pPr>${style}</w:pPr>`);
  if (/<w:pStyle\b/.test(pPr)) return paragraphXml.replace(/<w:pStyle\b[^>]*\/>/, style);
  if (/^\s*<w:pPr\b[^>]*\/>$/.test(pPr)) return paragraphXml.replace(pPr, `<w:pPr>${style}</w:pPr>`);
  return paragraphXml.replace(/<w:pPr\b([^>]*)>/, `<w:pPr$1>${style}`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
