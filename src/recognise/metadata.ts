import { basename } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import {
  CONTENTS_START,
  IDENTITY_MATCHERS,
  KIND_WORDS,
  LEADING_YEARS,
  LEVEL_ENDING,
  MONTHS_AT_END,
  TABLE_TITLE_END,
  TITLE_YEAR,
  YEAR_BEFORE_KIND,
  chineseYears,
  isPrintingDate,
  namesPartOfYear,
  yearIn,
  type DocKind,
  type DocScope,
} from "../domain/identity.js";
import type { Block } from "../model/document.js";
import { foldForMatching, matchKey } from "../normalise/text.js";

export interface DocumentMeta {
  title: string | null;
  department: string | null;
  fiscalYear: number | null;
  docKind: DocKind | "unknown";
  scope: DocScope | null;
  /** Block indexes that make up the title (not sections). */
  titleBlocks: number[];
  /** The title names part of a year (1月份, 1-9月): its figures are not the year's. */
  partYear?: boolean;
  /** What was guessed rather than read (a year taken from the file name). */
  diagnostics?: Diagnostic[];
}

const { ORG_END, REGION_END, NOT_A_NAME, QUALIFIER, PRINTER, FUNDS, KIND, SPENT, LABEL, DEPARTMENT_LABEL, REGION_AFTER_YEAR } = IDENTITY_MATCHERS;
export { isPrintingDate, yearIn };

/** Folded for matching (the match key: normalise/text.ts). */
const key = (text: string) => matchKey(text);

/**
 * Where the body prints the declared title: one line, or a title wrapped over up to three
 * consecutive lines ("2015年度平潭县人大常委会" / "部门决算说明").
 */
function printedTitleLines(head: Array<{ i: number; text: string }>, title: string): number[] {
  for (let k = 0; k < head.length && head[k]!.i < 10; k++) {
    let joined = "";
    for (let n = 0; n < 3 && k + n < head.length; n++) {
      const line = head[k + n]!;
      if (n > 0 && line.i !== head[k + n - 1]!.i + 1) break;
      joined += key(line.text);
      if (joined === title) return head.slice(k, k + n + 1).map((h) => h.i);
      if (!title.startsWith(joined)) break;
    }
  }
  return [];
}

/**
 * Department, fiscal year and kind as the document prints them: its declared title, cover or first
 * title line (with the name printed alone above it), then its label lines (预算单位：…). The file
 * name is a crawler's or a user's guess: it gives at most the year and kind, when nothing printed
 * does, and says so in a diagnostic; never the department.
 */
export function recogniseMetadata(blocks: Block[], path: string, metaTitle?: string, cover: number[] = [], trustMetaTitle = false): DocumentMeta {
  const head = blocks.slice(0, 40).flatMap((b, i) => (b.type === "text" ? [{ i, text: foldForMatching(b.text.trim()) }] : []));
  const titleAt = head.findIndex((h) => h.text.length <= 80 && KIND.test(h.text) && !CONTENTS_START.test(h.text) && !/[。；;]/.test(h.text.slice(0, -1)));
  const titleBlocks: number[] = [];
  let title: string | null = null;
  let department: string | null = null;
  // A cover page prints the title over several large lines ("江苏省人大常委会办公厅2018年度部门" /
  // "预算公开"): join them.
  const coverLines = cover.flatMap((i) => {
    const b = blocks[i];
    // "江苏省财政厅印制" names the printer and "2026年1月" the day of printing, not the document.
    return b?.type === "text" && b.text.trim().length <= 40 && !/[:：]/.test(b.text) && !PRINTER.test(b.text.trim()) && !isPrintingDate(b.text)
      ? [{ i, text: foldForMatching(b.text.trim()) }]
      : [];
  });
  const coverTitle = coverLines.map((c) => c.text).join("");
  const declared = trustMetaTitle && metaTitle ? foldForMatching(metaTitle.trim()) : undefined;
  if (declared && declared.length <= 80 && KIND.test(declared)) {
    // A title the source declares (an archived page's 标题, an HTML <title>) names the document.
    title = declared;
    titleBlocks.push(...printedTitleLines(head, key(declared)));
  } else if (coverLines.length > 0 && KIND.test(coverTitle) && !coverLines.some((c) => titlesATable(blocks, c.i))) {
    title = coverTitle;
    titleBlocks.push(...coverLines.map((c) => c.i));
  } else if (titleAt >= 0 && !titlesATable(blocks, head[titleAt]!.i)) {
    const t = head[titleAt]!;
    title = t.text;
    titleBlocks.push(t.i);
    // "西安市商务局" / "2022 年部门综合预算": the department printed alone on the line above.
    const prev = head[titleAt - 1];
    if (!bodyInTitle(t.text) && prev && prev.i === t.i - 1 && prev.text.length <= 40 && organisation(prev.text)) {
      title = `${prev.text}${t.text}`;
      titleBlocks.unshift(prev.i);
    }
  }
  title ??= (trustMetaTitle && metaTitle?.trim()) || null;
  const diagnostics: Diagnostic[] = [];
  const fileName = basename(path).replace(/\.[^.]+$/, "");
  const titleText = chineseYears(title ?? "");

  // A title that ends in a date ("…市级单位预算2026年1月", a cover's date line) is not a month's report.
  const partYear = namesPartOfYear(foldForMatching(title ?? ""));
  const headText = head.map((h) => h.text).join("\n");
  let fiscalYear = yearIn(titleText) ?? yearNearKind(chineseYears(headText));
  if (fiscalYear === null && (fiscalYear = yearIn(fileName)) !== null) {
    diagnostics.push(diagnostic("info", "year-from-file-name", `no year printed near the title: ${fiscalYear} is taken from the file name`));
  }
  let docKind: DocumentMeta["docKind"] = kindIn(title ?? "")?.kind ?? (partYear ? "unknown" : SPENT.test(title ?? "") ? "final_account" : kindIn(headText)?.kind ?? "unknown");
  if (docKind === "unknown" && !partYear) {
    const byName = kindIn(fileName)?.kind;
    if (byName) {
      docKind = byName;
      diagnostics.push(diagnostic("info", "kind-from-file-name", `no 预算 or 决算 printed near the title: the kind (${byName}) is taken from the file name`));
    }
  }
  const scope = scopeIn(title ?? "") ?? (title === null ? scopeIn(headText) : null);
  department = bodyInTitle(titleText) ?? labelledDepartment(blocks, scope) ?? regionInTitle(titleText) ?? bodyOfTableTitles(blocks);
  // A file of tables only (Jiangsu 公开表) opens with its first table's title: name it by its file.
  if (title === null && titleAt >= 0) {
    title = fileName;
    diagnostics.push(diagnostic("info", "title-from-file-name", `no document title printed (the file opens with a table's title): the title is taken from the file name`));
  }
  // Matching ran on folded text (萬→万, full-width → half-width); the title is kept as printed.
  const printedTitle = titleBlocks.length
    ? titleBlocks.map((i) => (blocks[i]?.type === "text" ? (blocks[i] as { text: string }).text.trim() : "")).join("")
    : trustMetaTitle && metaTitle?.trim() ? metaTitle.trim() : title;
  return { title: printedTitle, department, fiscalYear, docKind, scope, titleBlocks, ...(partYear ? { partYear } : {}), ...(diagnostics.length ? { diagnostics } : {}) };
}

/**
 * The organisation a name is, without the part it covers ("深圳市交通运输局（本级）" →
 * 深圳市交通运输局), or null when the text does not name one (a region, "本部门", a unit of money).
 */
export function organisation(text: string): string | null {
  const name = key(text).replace(QUALIFIER, "");
  if (name.length < 3 || /[\d:：,，。;；、]/.test(name) || NOT_A_NAME.test(name)) return null;
  return ORG_END.test(name) ? name : null;
}

/**
 * The parts of a title that can name its body: the text before its year, and the text between the
 * year and the kind word after it ("2026年深圳市司法局（本级）部门预算"); without a year, the text
 * before the kind word. Funds' names (一般公共预算) end a part: they name money, not a body.
 */
function titleParts(title: string): string[] {
  const t = key(title).replace(FUNDS, (m) => "\u0000".repeat(m.length));
  const year = TITLE_YEAR.exec(t);
  const kindAfter = (from: number) => {
    const at = t.slice(from).search(KIND);
    return at < 0 ? t.length : from + at;
  };
  const parts = year ? [t.slice(0, year.index), t.slice(year.index + year[0].length, kindAfter(year.index + year[0].length))] : [t.slice(0, kindAfter(0))];
  return parts.map((p) => p.replace(/\u0000.*$/, "").replace(LEADING_YEARS, ""));
}

/**
 * The organisation a title names before its year or between the year and the kind word:
 * "西安市信访局（汇总）2026年部门预算", "2026年深圳市司法局（本级）部门预算", "中共…办公室2020年部门预算".
 */
export function bodyInTitle(title: string): string | null {
  for (const part of titleParts(title)) {
    const name = organisation(part);
    if (name) return name;
  }
  return null;
}

/** "2016年度平潭综合实验区一般公共预算…", "…平潭综合实验区本级…": a whole government named after the year. */
function regionInTitle(title: string): string | null {
  const t = key(title);
  const m = REGION_AFTER_YEAR.exec(t);
  // "2018年平原镇1月份三公经费…": the body without its period or 本级.
  const name = m?.[1]?.replace(MONTHS_AT_END, "").replace(QUALIFIER, "");
  return name && REGION_END.test(name) && !LEVEL_ENDING.test(name) ? name : null;
}

/**
 * The first label line that names an organisation: "预算单位：上海市审计局", "部门名称：…（本级）";
 * in a 部门 document also "预算主管部门：…".
 */
export function labelledDepartment(blocks: Block[], scope: DocScope | null = null): string | null {
  for (const block of blocks.slice(0, 400)) {
    if (block.type !== "text") continue;
    const value = labelledBody(block.text, scope);
    if (value) return value;
  }
  return null;
}

/** The organisation one label line names, if it is one. */
export function labelledBody(line: string, scope: DocScope | null = null): string | null {
  const m = (scope === "department" ? DEPARTMENT_LABEL : LABEL).exec(foldForMatching(line).replace(/\s*:\s*/g, ":"));
  return m?.[1] ? organisation(m[1]) : null;
}

/** The kind word a text prints (funds' names are not kinds), longest first. */
function kindIn(text: string): (typeof KIND_WORDS)[number] | undefined {
  const t = key(text).replace(FUNDS, "|");
  return KIND_WORDS.find((k) => t.includes(k.word));
}

/** 部门 or 单位 as the title's kind word says: "单位预算公开" is one unit's (單位 first: "部门预算（单位预算）"). */
function scopeIn(text: string): DocScope | null {
  const t = key(text).replace(FUNDS, "|");
  const scoped = KIND_WORDS.filter((k) => k.scope && t.includes(k.word));
  return scoped.find((k) => k.scope === "unit")?.scope ?? scoped[0]?.scope ?? null;
}

/** A year printed next to a kind word in the opening lines: "2026年度" then "部门预算公开". */
function yearNearKind(text: string): number | null {
  for (const line of text.split("\n")) {
    const t = key(line);
    if (!KIND.test(t.replace(FUNDS, "|")) || CONTENTS_START.test(t)) continue;
    const m = YEAR_BEFORE_KIND.exec(t);
    if (m) return Number(m[0]);
  }
  return null;
}

/**
 * The organisation every table title names, when two or more do and none names another: a file of
 * tables only ("示例县农业农村局2025年部门收支总表", "示例县农业农村局2025年一般公共预算支出表", …, as a
 * workbook or a 公开表 PDF) has no cover, but each title prints the body.
 */
function bodyOfTableTitles(blocks: Block[]): string | null {
  const names = new Set<string>();
  let count = 0;
  blocks.slice(0, 400).forEach((block, i) => {
    const title = block.type === "table" ? block.caption : titlesATable(blocks, i) ? (block as { text: string }).text : undefined;
    const name = title ? bodyInTitle(chineseYears(foldForMatching(title.trim()))) : null;
    if (name) {
      names.add(name);
      count++;
    }
  });
  return count >= 2 && names.size === 1 ? [...names][0]! : null;
}

/** Is the block at `i` the title of a table printed right after it (within its 部门/单位 lines)? */
function titlesATable(blocks: Block[], i: number): boolean {
  const text = blocks[i]?.type === "text" ? foldForMatching(blocks[i].text.trim()) : "";
  if (!TABLE_TITLE_END.test(text.replace(/[（(][^）)]*[）)]$/, ""))) return false;
  return blocks.slice(i + 1, i + 5).some((b) => b.type === "table");
}
