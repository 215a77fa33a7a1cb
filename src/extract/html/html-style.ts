import type { Element } from "domhandler";
import { HEADING_CLASS } from "../../domain/layout.js";

/**
 * What an element says about layout: heading level, bold, centered. Government pages are mostly
 * Word "Save as Web Page" output, so besides h1–h6 and <b> this reads the inline styles Word
 * writes (`mso-outline-level`, `font-weight`, `text-align`) and its paragraph classes.
 */

const headingTag = /^h([1-6])$/;
// Word exports heading paragraphs as class="MsoHeading1"/"Heading1"; WPS as "标题1".

export function headingLevelOf(el: Element): number | undefined {
  const tag = headingTag.exec(el.name);
  if (tag) return Number(tag[1]);
  for (const name of (el.attribs["class"] ?? "").split(/\s+/)) {
    const m = HEADING_CLASS.exec(name);
    if (m) return Number(m[1] ?? m[2]);
  }
  const outline = /mso-outline-level\s*:\s*(\d)/i.exec(el.attribs["style"] ?? "");
  return outline ? Number(outline[1]) : undefined;
}

/** True for <b>/<strong> and bold inline styles; false when a style turns bold off; else undefined. */
export function boldOf(el: Element): boolean | undefined {
  if (el.name === "b" || el.name === "strong") return true;
  const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(el.attribs["style"] ?? "")?.[1]?.toLowerCase();
  if (!weight) return undefined;
  if (weight === "bold" || weight === "bolder") return true;
  if (weight === "normal" || weight === "lighter") return false;
  return Number(weight) >= 600;
}

export function centeredOf(el: Element): boolean | undefined {
  if (el.name === "center") return true;
  const align = el.attribs["align"]?.toLowerCase();
  const styleAlign = /text-align\s*:\s*([a-z-]+)/i.exec(el.attribs["style"] ?? "")?.[1]?.toLowerCase();
  const value = styleAlign ?? align;
  if (!value) return undefined;
  return value === "center";
}

export function isHidden(el: Element): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs["style"] ?? "") || "hidden" in el.attribs;
}
