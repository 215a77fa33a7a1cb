/**
 * Word's numbering and paragraph-style definitions (word/numbering.xml, word/styles.xml), read with
 * regular expressions: the parts are machine-written and flat, and only a few elements matter.
 */

export interface NumberingLevel {
  numFmt: string;
  lvlText: string;
  start: number;
  suffix: string;
}

export interface NumberingDefinitions {
  /** abstractNumId → level index → level */
  abstract: Map<string, Map<number, NumberingLevel>>;
  /** numId → abstractNumId and per-level start overrides */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** paragraph style id → the abstract list level that names it (w:lvl/w:pStyle) */
  levelsByStyle: Map<string, { abstractId: string; level: number }>;
}

export interface ParagraphStyle {
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
}

export function attrValue(xml: string, tag: string, attr = "w:val"): string | undefined {
  return new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`).exec(xml)?.[1];
}

function intValue(xml: string, tag: string): number | undefined {
  const value = attrValue(xml, tag);
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

export function readNumbering(xml: string): NumberingDefinitions {
  const defs: NumberingDefinitions = { abstract: new Map(), nums: new Map(), levelsByStyle: new Map() };
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const abstractId = m[1] ?? "";
    const levels = new Map<number, NumberingLevel>();
    for (const l of (m[2] ?? "").matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2] ?? "";
      const level = Number(l[1]);
      levels.set(level, {
        numFmt: attrValue(body, "w:numFmt") ?? "decimal",
        lvlText: attrValue(body, "w:lvlText") ?? "",
        start: intValue(body, "w:start") ?? 1,
        suffix: attrValue(body, "w:suff") ?? "tab",
      });
      const style = attrValue(body, "w:pStyle");
      if (style) defs.levelsByStyle.set(style, { abstractId, level });
    }
    defs.abstract.set(abstractId, levels);
  }
  for (const m of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const body = m[2] ?? "";
    const startOverrides = new Map<number, number>();
    for (const o of body.matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = intValue(o[2] ?? "", "w:startOverride");
      if (start !== undefined) startOverrides.set(Number(o[1]), start);
    }
    defs.nums.set(m[1] ?? "", { abstractId: attrValue(body, "w:abstractNumId") ?? "", startOverrides });
  }
  return defs;
}

export function readParagraphStyles(xml: string): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const head = m[1] ?? "";
    if (!/w:type="paragraph"/.test(head)) continue;
    const id = /w:styleId="([^"]*)"/.exec(head)?.[1];
    if (!id) continue;
    const body = m[2] ?? "";
    const style: ParagraphStyle = {};
    const name = attrValue(body, "w:name");
    if (name !== undefined) style.name = name;
    const basedOn = attrValue(body, "w:basedOn");
    if (basedOn !== undefined) style.basedOn = basedOn;
    const numId = attrValue(body, "w:numId");
    if (numId !== undefined) style.numId = numId;
    const ilvl = intValue(body, "w:ilvl");
    if (ilvl !== undefined) style.ilvl = ilvl;
    const outline = intValue(body, "w:outlineLvl");
    if (outline !== undefined) style.outlineLvl = outline;
    styles.set(id, style);
  }
  return styles;
}
