import { basename } from "node:path";
import type { Block } from "../model/document.js";
import { foldForMatching, matchKey } from "../normalise/text.js";

export interface DocumentMeta {
  title: string | null;
  department: string | null;
  fiscalYear: number | null;
  docKind: "budget" | "final_account" | "unknown";
  scope: "department" | "unit" | null;
  /** Block indexes that make up the title (not sections). */
  titleBlocks: number[];
  /** The title names part of a year (1月份, 1-9月): its figures are not the year's. */
  partYear?: boolean;
}

/** "1月份", "1-9月", "2018年2月份": a month or a run of months, i.e. part of a year. */
const PART_YEAR = /(?:^|[^\d])(?:1[0-2]|[1-9])(?:\s*[-－—~至到]\s*(?:1[0-2]|[1-9]))?\s*月(?:份)?(?!\d)/;

const ORG_END = /(?:办公厅|办公室|委员会|人民政府|政府|局|厅|委|办|院|会|部|处|所|站|队|馆|中心|公司|集团|学校|大学|医院|团|社|台|署|庭)$/;
const FUND_BUDGET = /一般公共预算|政府性基金预算|国有资本经营预算|公共财政预算/g;
const DOC_WORDS = /(?:部门|单位)?(?:预算|决算)|信息公开|公开|情况说明/;

/**
 * Where the body prints the declared title: one line, or a title wrapped over up to three
 * consecutive lines ("2015年度平潭县人大常委会" / "部门决算说明").
 */
function printedTitleLines(head: Array<{ i: number; text: string }>, key: string): number[] {
  for (let k = 0; k < head.length && head[k]!.i < 10; k++) {
    let joined = "";
    for (let n = 0; n < 3 && k + n < head.length; n++) {
      const line = head[k + n]!;
      if (n > 0 && line.i !== head[k + n - 1]!.i + 1) break;
      joined += matchKey(line.text);
      if (joined === key) return head.slice(k, k + n + 1).map((h) => h.i);
      if (!key.startsWith(joined)) break;
    }
  }
  return [];
}

/**
 * Department, fiscal year and kind from the cover/title lines, then labelled lines (部门：…),
 * then the file name (江苏…2019年度部门预算公开表格.pdf, 上海…25年预算.pdf).
 */
export function recogniseMetadata(blocks: Block[], path: string, metaTitle?: string, cover: number[] = [], trustMetaTitle = false): DocumentMeta {
  const head = blocks.slice(0, 40).flatMap((b, i) => (b.type === "text" ? [{ i, text: foldForMatching(b.text.trim()) }] : []));
  const titleAt = head.findIndex((h) => h.text.length <= 80 && /预算|决算/.test(h.text) && !/^目\s*录/.test(h.text) && !/[。；;]/.test(h.text.slice(0, -1)));
  const titleBlocks: number[] = [];
  let title: string | null = null;
  let department: string | null = null;
  // A cover page prints the title over several large lines ("江苏省人大常委会办公厅2018年度部门" /
  // "预算公开"): join them.
  const coverLines = cover.flatMap((i) => {
    const b = blocks[i];
    // "江苏省财政厅印制" names the printer, not the document.
    return b?.type === "text" && b.text.trim().length <= 40 && !/[:：]/.test(b.text) && !/(?:印制|印发|制)$/.test(b.text.trim()) ? [{ i, text: foldForMatching(b.text.trim()) }] : [];
  });
  const coverTitle = coverLines.map((c) => c.text).join("");
  const declared = trustMetaTitle && metaTitle ? foldForMatching(metaTitle.trim()) : undefined;
  if (declared && declared.length <= 80 && /预算|决算/.test(declared)) {
    // A title the source declares (an archived page's 标题, an HTML <title>) names the document.
    title = declared;
    department = departmentIn(declared);
    titleBlocks.push(...printedTitleLines(head, matchKey(declared)));
  } else if (coverLines.length > 0 && /预算|决算/.test(coverTitle) && !coverLines.some((c) => titlesATable(blocks, c.i))) {
    title = coverTitle;
    titleBlocks.push(...coverLines.map((c) => c.i));
    department = departmentIn(coverTitle);
  } else if (titleAt >= 0 && !titlesATable(blocks, head[titleAt]!.i)) {
    const t = head[titleAt]!;
    title = t.text;
    titleBlocks.push(t.i);
    const prev = head[titleAt - 1];
    department = departmentIn(t.text);
    if (!department && prev && prev.i === t.i - 1 && ORG_END.test(prev.text) && prev.text.length <= 40) {
      department = prev.text.replace(/\s+/g, "");
      title = `${prev.text}${t.text}`;
      titleBlocks.unshift(prev.i);
    }
  }
  title ??= (trustMetaTitle && metaTitle?.trim()) || null;
  department ??= labelledDepartment(blocks) ?? departmentAfterYear(title ?? "") ?? departmentIn(title ?? "") ?? departmentIn(basename(path).replace(/\.[^.]+$/, ""));
  const sources = [chineseYears(title ?? ""), basename(path)];
  const fiscalYear = yearIn(sources);
  const kindText = foldForMatching(`${title ?? ""} ${basename(path)}`);
  // A title that ends in a date ("…市级单位预算2026年1月", the cover's date line) is not a month's report.
  const partYear = PART_YEAR.test(foldForMatching(title ?? "").replace(/(?:19|20)\d{2}\s*年\s*(?:1[0-2]|[1-9])\s*月\s*$/, "").replace(/(?:19|20)\d{2}\s*年/g, "年"));
  // 一般公共预算 / 政府性基金预算 name a kind of money, not the kind of document.
  const kindWords = kindText.replace(FUND_BUDGET, "");
  const docKind = /决算/.test(kindWords)
    ? "final_account"
    : /预算/.test(kindWords)
      ? "budget"
      : partYear
        ? "unknown"
        : /支出情况/.test(kindWords)
          ? "final_account" // "…2015年三公经费支出情况": what was spent, i.e. the accounts
          : headKind(head.map((h) => h.text).join(" "));
  const scope = /单位预算|单位决算/.test(kindText) ? "unit" : /部门预算|部门决算/.test(kindText) ? "department" : null;
  // A file of tables only (Jiangsu 公开表) opens with its first table's title: name it by its file.
  if (title === null && titleAt >= 0) title = basename(path).replace(/\.[^.]+$/, "");
  // Matching ran on folded text (萬→万, full-width → half-width); the title is kept as printed.
  const printedTitle = titleBlocks.length
    ? titleBlocks.map((i) => (blocks[i]?.type === "text" ? (blocks[i] as { text: string }).text.trim() : "")).join("")
    : trustMetaTitle && metaTitle?.trim() ? metaTitle.trim() : title;
  return { title: printedTitle, department, fiscalYear, docKind, scope, titleBlocks, ...(partYear ? { partYear } : {}) };
}

/** The organisation named before the year or the document words: "中共…办公室2020年部门预算…". */
function departmentIn(text: string): string | null {
  const t = foldForMatching(text).replace(/\s+/g, "");
  const m = /^(.+?)(?:(?:19|20)?\d{2}年|(?:19|20)\d{2})/.exec(t) ?? new RegExp(`^(.+?)(?:${DOC_WORDS.source})`).exec(t);
  const name = m?.[1]?.replace(/[（(]单位[）)]$/, "").replace(/^(?:(?:19|20)\d{2}年?度?|[\d\s])+/, "");
  return name && name.length >= 3 && ORG_END.test(name) ? name : null;
}

/** "2016年度平潭综合实验区一般公共预算“三公”经费…": the body named right after the year. */
function departmentAfterYear(text: string): string | null {
  const t = foldForMatching(text).replace(/\s+/g, "");
  const m = /(?:19|20)\d{2}年度?(.{3,30}?)(?:一般公共预算|部门预算|部门决算|单位预算|单位决算|[“"]?三公|预算|决算)/.exec(t);
  // "2018年平原镇1月份三公经费…", "…平潭综合实验区本级一般公共预算…": the body without its period or 本级.
  const name = m?.[1]?.replace(/(?:1[0-2]|[1-9])(?:[-－—~至到](?:1[0-2]|[1-9]))?月份?$/, "").replace(/本级$/, "");
  return name && (ORG_END.test(name) || /(?:区|县|市|省|镇|乡)$/.test(name)) ? name : null;
}

function labelledDepartment(blocks: Block[]): string | null {
  for (const block of blocks.slice(0, 400)) {
    if (block.type !== "text") continue;
    const m = /(?:^|\s)(?:部\s*门|单位名称|编制单位|预算单位|部门\s*[（(]\s*单位\s*[）)])\s*[:：]\s*(\S{3,40}?)(?:\s|单位[:：]|$)/.exec(foldForMatching(block.text));
    if (m?.[1] && ORG_END.test(m[1])) return m[1];
  }
  return null;
}

function yearIn(texts: string[]): number | null {
  for (const text of texts) {
    const t = foldForMatching(text).replace(/\s+/g, "");
    // "2017—2019年预算编制说明": a plan over several years is the first year's budget.
    const range = /((?:19|20)\d{2})年?[-－—–~至到]+(?:19|20)\d{2}年/.exec(t);
    if (range) return Number(range[1]);
    const full = /((?:19|20)\d{2})(?:年|预算|决算|年度)/.exec(t) ?? /((?:19|20)\d{2})/.exec(t);
    if (full) return Number(full[1]);
    const short = /(?:^|[^\d])(\d{2})年(?:度)?(?:部门|单位)?(?:预算|决算)/.exec(t);
    if (short) return 2000 + Number(short[1]);
  }
  return null;
}

function headKind(text: string): DocumentMeta["docKind"] {
  const key = matchKey(text).replace(FUND_BUDGET, "");
  return /决算/.test(key) ? "final_account" : /预算/.test(key) ? "budget" : "unknown";
}

/** "二〇二〇年" → "2020年": years printed in Chinese numerals. */
function chineseYears(text: string): string {
  const digit: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
  return text.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => digit[c]).join(""));
}

/** Is the block at `i` the title of a table printed right after it (within its 部门/单位 lines)? */
function titlesATable(blocks: Block[], i: number): boolean {
  const text = blocks[i]?.type === "text" ? foldForMatching(blocks[i].text.trim()) : "";
  if (!/表$/.test(text.replace(/[（(][^）)]*[）)]$/, ""))) return false;
  return blocks.slice(i + 1, i + 5).some((b) => b.type === "table");
}
