import type { Block, TextBlock } from "../model/document.js";
import type { SectionRecord } from "../model/records.js";
import { GLOSSARY_TITLE, KNOWN_SECTION_TITLES, LIST_INTRO, NON_HEADING_SHAPES, TABLE_CAPTION_LINE, nonHeadingShape } from "../domain/headings.js";
import { foldWidth, matchKey } from "../normalise/text.js";
import { readMarker, type HeadingMarker, type MarkerKind } from "./heading-marker.js";

export interface HeadingResult {
  sections: SectionRecord[];
  /** For every block, the index of the section it belongs to (null before the first heading). */
  sectionOfBlock: Array<number | null>;
  /** Blocks that are headings. */
  headingBlocks: Set<number>;
}

interface Candidate extends HeadingMarker {
  block: number;
  /** Further blocks the title wrapped onto. */
  tail?: number[];
}

const MAX_TITLE = 48;
/** How many headings of one numbering family may be lost between two that are found. */
const MAX_LOST = 3;

/**
 * Section headings and their nesting. Nesting is structural: a heading whose numbering continues
 * an open heading's family (三 after 二) closes back to it; a heading that restarts its numbering
 * (第一部分, 一、 or 1、 inside 五) opens a level below the current one, whatever its marker — the
 * 鹿泉 seed nests 第一部分 / 二、 / 三、 / 第二部分 inside 五、预算绩效信息.
 */
export function recogniseHeadings(blocks: Block[], skip: Set<number>, tocTitles: string[] = []): HeadingResult {
  const candidates: Candidate[] = [];
  const lists = new ListTracker();
  blocks.forEach((block, index) => {
    if (block.type !== "text" || skip.has(index)) return;
    const previous = candidates[candidates.length - 1];
    if (previous && continuesPartTitle(blocks, previous, index)) {
      // "第二部分" / "2026年度" / "苏州市交通运输局" / "部门预算表": a part's title over its next lines.
      previous.title += block.text.trim();
      previous.tail = [...(previous.tail ?? []), index];
      return;
    }
    // The 目录's title cuts a heading the PDF ran into its paragraph ("第七部分 重点项目预算绩效情况说明
    // 2026年，本单位…如下：") even when the whole line, set bold, could pass for a title.
    const runIn = headingRunIntoText(block, tocTitles);
    const heading = runIn && /[,，。；;:：]/.test(readMarker(block.text)!.title.slice(runIn.title.length)) ? runIn : (asHeading(blocks, index) ?? runIn);
    if (!heading) {
      // A numbered line set as a heading but too long for one does not start a list.
      if (!isProminent(block)) lists.sawText(block.text);
      return;
    }
    if (!isProminent(block) && lists.isItem(heading, blocks[index + 1])) return;
    if (previous && heading.kind === "plain" && isWrappedTail(blocks, previous, index)) {
      // A heading wrapped onto a second line ("…决算情况" / "说明") is one heading.
      previous.title += heading.title;
      previous.tail = [...(previous.tail ?? []), index];
      return;
    }
    lists.reset();
    candidates.push({ ...heading, title: heading.title.replace(/[。.]$/, ""), block: index });
  });
  dropLoneTitle(candidates);
  const sections: SectionRecord[] = [];
  const accepted: Candidate[] = [];
  const stack: Array<{ kind: MarkerKind; number: number | null; section: number; glossary: boolean }> = [];
  for (const c of candidates) {
    if (isStrayListItem(stack, c)) continue;
    const depth = placeInStack(stack, c);
    // Under 名词解释 the numbered lines are the terms it defines, not its sub-sections.
    if (depth > 0 && stack.slice(0, depth).some((open) => open.glossary)) continue;
    accepted.push(c);
    stack.length = depth;
    const parent = stack[stack.length - 1];
    const block = blocks[c.block] as TextBlock;
    sections.push({
      parentIndex: parent ? parent.section : null,
      level: depth + 1,
      marker: c.marker,
      title: c.title,
      ordinal: c.number,
      page: block.page,
      line: block.line,
      text: "",
    });
    stack.push({ kind: c.kind, number: c.number, section: sections.length - 1, glossary: GLOSSARY_TITLE.pattern.test(matchKey(c.title)) });
  }
  return withBodies(blocks, accepted, sections);
}

/**
 * "（七）负责…传递工作" with no （六） before it: the one item of a list whose other items are
 * sentences happened to be short. An inner-level number past 2 that continues nothing open is a
 * list item, not a heading (一、 and 第N部分 are exempt: a lost heading must not hide its siblings).
 */
function isStrayListItem(stack: Array<{ kind: MarkerKind }>, c: Candidate): boolean {
  if (c.kind !== "paren-cn" && c.kind !== "arabic" && c.kind !== "paren-arabic") return false;
  // Arabic-numbered lines are list items far more often than headings: without an open 1. before
  // it, "2.公用经费…按时间进度拨付" is one; （二） may follow a lost （一）.
  const first = c.kind === "paren-cn" ? 2 : 1;
  return (c.number ?? 0) > first && !stack.some((open) => open.kind === c.kind);
}

/** How many open headings stay open when `c` arrives (its depth). */
function placeInStack(stack: Array<{ kind: MarkerKind; number: number | null }>, c: Candidate): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!;
    if (open.kind !== c.kind) continue;
    if (c.kind === "plain") return i;
    if (open.number !== null && c.number !== null && c.number === open.number + 1) return i;
    // A number printed twice ("十六、深圳鹏城技师学院" / "十六、…数据管理中心", 十七 missing) is a
    // misnumbered sibling: only 1 opens a level below its own family.
    if (open.number !== null && c.number === open.number && c.number > 1) return i;
  }
  if (c.kind === "plain") return 0;
  if (c.number === 1 || c.number === null) return stack.length;
  // 第N部分 is the outermost family: a later part whose predecessor is not open is top-level.
  if (c.kind === "part") return 0;
  // Not a continuation and not a restart. A number past the nearest open one of its family (三
  // after 一: 二 was lost) is its sibling; a smaller one (二 inside 五, after 第一部分) is nested.
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!;
    if (open.kind !== c.kind) continue;
    // At most three lost headings: 十二 after 一 is a glossary term or a list item, not a sibling.
    if (open.number !== null && c.number !== null && c.number > open.number && c.number <= open.number + MAX_LOST + 1) return i;
    break;
  }
  return stack.length;
}

function asHeading(blocks: Block[], index: number): HeadingMarker | undefined {
  const block = blocks[index] as TextBlock;
  const text = block.text.trim();
  if (text.length === 0 || text.length > MAX_TITLE + 8) return undefined;
  if (isTableTitle(text, blocks[index + 1], blocks[index + 2])) return undefined;
  const marker = readMarker(text);
  const prominent = isProminent(block);
  if (marker) {
    if (!looksLikeTitle(marker.title, marker.kind === "part", prominent)) return undefined;
    if (marker.kind === "part") return nonHeadingShape(marker.title, "part", matchKey)?.id === "amount" ? undefined : marker;
    // "2.收入决算表" in a list of attachments names a table: not a section (第N部分 may name the tables part).
    if (TABLE_TITLE.pattern.test(matchKey(marker.title)) && !isSectionOnTable(blocks, index, marker)) return undefined;
    // "1．财政拨款收入预算总计27664.22万元" states an amount.
    if (nonHeadingShape(marker.title, marker.kind, matchKey)) return undefined;
    if (isNameListItem(blocks, index, marker)) return undefined;
    return marker;
  }
  if (!prominent || !looksLikeTitle(text, false)) return undefined;
  // 表一, (2026年度), 苏州市交通运输局, 目录, a title ending in 表 …: see NON_HEADING_SHAPES.
  if (nonHeadingShape(text, "plain", matchKey)) return undefined;
  if (opensTableCaption(blocks, index)) return undefined;
  return { kind: "plain", marker: "", number: null, title: text };
}

/**
 * "（二）部门主管专项资金的绩效目标表" followed by a sentence ("…无…项目，不涉及绩效目标设置。"), or
 * "（三）部门预算项目绩效目标表" followed by the tables' own titles, is the section that holds (or says
 * there is no) such a table, not an item of a list of tables: neither neighbour is a numbered table
 * name of the same kind, and the next line is a sentence or an unnumbered table title.
 */
function isSectionOnTable(blocks: Block[], index: number, marker: HeadingMarker): boolean {
  const listed = [blocks[index - 1], blocks[index + 1]].some((b) => {
    const m = b?.type === "text" ? readMarker(b.text) : undefined;
    return m?.kind === marker.kind && TABLE_TITLE.pattern.test(matchKey(m.title));
  });
  if (listed) return false;
  const next = blocks[index + 1];
  if (next?.type !== "text") return false;
  const text = next.text.trim();
  if (/。$/.test(text) && text.length > 20) return true;
  return !readMarker(text) && opensTableCaption(blocks, index + 1);
}

/** Set as a heading: a heading style, larger type or bold. */
function isProminent(block: Block | undefined): boolean {
  if (block?.type !== "text") return false;
  return block.style?.headingLevel !== undefined || (block.style?.relativeSize ?? 1) >= 1.2 || block.style?.bold === true;
}

/**
 * "1.烟台市审计局" / "2.烟台市审计服务中心": a numbered body's name next to its numbered sibling is an
 * item of the list of a 部门's units. A unit's own section ("一、深圳市劳动人事争议仲裁院") has its text
 * between it and the next.
 */
function isNameListItem(blocks: Block[], index: number, marker: HeadingMarker): boolean {
  if (marker.number === null || !BODY_NAME.pattern.test(matchKey(marker.title))) return false;
  return [blocks[index - 1], blocks[index + 1]].some((b) => {
    const m = b?.type === "text" ? readMarker(b.text) : undefined;
    return m?.kind === marker.kind && m.number !== null && Math.abs(m.number - marker.number!) === 1;
  });
}

/**
 * An unnumbered line followed on its page only by short caption lines and then a table is the
 * table's title wrapped over lines ("2022年部门综合预算政府采购（资产配置、购买服务）" / "预算表（不含上年结转）").
 */
function opensTableCaption(blocks: Block[], index: number): boolean {
  const page = blocks[index]!.page;
  for (let j = index + 1; j <= index + 4 && j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.page !== page) return false;
    if (b.type === "table") return true;
    const t = b.text.trim();
    if (t.length > 60 || /[。；;]/.test(t) || (readMarker(t) && !/[:：]/.test(t))) return false;
  }
  return false;
}

/**
 * Is block `index` the next line of a part's title? A part printed alone ("第一部分" / "部门概况",
 * 烟台) or with its title over lines ("第二部分" / "2026年度" / "苏州市交通运输局" / "部门预算表",
 * 苏州) in the same type as the part.
 */
function continuesPartTitle(blocks: Block[], previous: Candidate, index: number): boolean {
  if (previous.kind !== "part" || (previous.tail?.length ?? 0) >= 3) return false;
  const last = previous.tail?.[previous.tail.length - 1] ?? previous.block;
  const a = blocks[last];
  const b = blocks[index];
  if (index !== last + 1 || a?.type !== "text" || b?.type !== "text" || a.page !== b.page || b.line - a.line > 2) return false;
  const text = b.text.trim();
  if (readMarker(text) || !looksLikeTitle(text, false) || matchKey(previous.title + text).length > MAX_TITLE) return false;
  const head = blocks[previous.block] as TextBlock;
  if (previous.title === "" && KNOWN_SECTION_TITLES.pattern.test(matchKey(text))) return true;
  if (head.style === undefined || b.style === undefined) return previous.title === "";
  return head.style.relativeSize === b.style.relativeSize && head.style.bold === b.style.bold;
}

const BODY_NAME = NON_HEADING_SHAPES.find((s) => s.id === "body-name")!;
const TABLE_TITLE = NON_HEADING_SHAPES.find((s) => s.id === "table-title")!;

/** Marker kinds whose numbered lines are list items as often as headings. */
const LIST_KINDS = new Set<MarkerKind>(["paren-cn", "arabic", "paren-arabic"]);

/**
 * Numbered lines that are items of a list, not headings: those after a sentence that introduces
 * them ("…直接审计下列事项：" / "1.市级财政预算执行情况" / "2.…", the second right after the first; a
 * heading has its text between), and the next siblings of a numbered sentence
 * ("（一）负责文电处理工作，协助…。" / "（二）负责核心秘密载体传递工作").
 */
class ListTracker {
  private next = new Map<MarkerKind, number>();
  private intro = false;

  /** A body line (not a heading). */
  sawText(text: string): void {
    const t = text.trim();
    const m = readMarker(t);
    if (m && LIST_KINDS.has(m.kind) && m.number !== null && !isRunInHeading(m.title)) {
      if (!this.intro || m.number === 1) this.next.set(m.kind, m.number + 1);
    }
    this.intro = LIST_INTRO.pattern.test(foldWidth(t));
  }

  /** `next` is the block after the heading's: a list's first item is followed by its second. */
  isItem(h: HeadingMarker, next: Block | undefined): boolean {
    if (!LIST_KINDS.has(h.kind) || h.number === null) return false;
    const second = next?.type === "text" ? readMarker(next.text) : undefined;
    if (this.intro && h.number === 1 && second?.kind === h.kind && second.number === 2) {
      this.intro = false;
      this.next.set(h.kind, 2);
      return true;
    }
    if (this.next.get(h.kind) !== h.number) return false;
    this.next.set(h.kind, h.number + 1);
    return true;
  }

  reset(): void {
    this.next.clear();
    this.intro = false;
  }
}

/** "（一）收入预算情况。2026年收入…": a heading the paragraph runs on from (its siblings may stand alone). */
function isRunInHeading(title: string): boolean {
  const head = foldWidth(title).split(/[。；;:：]/)[0] ?? "";
  return head.length <= 20 && !/[,，、]/.test(head) && head.length < foldWidth(title).length;
}

/**
 * A cover or page title read as a heading: one or two unnumbered lines before the first numbered
 * heading, and none after it, would hold every 一、二、… under them. They are the document's title.
 */
function dropLoneTitle(candidates: Candidate[]): void {
  const firstNumbered = candidates.findIndex((c) => c.kind === "cn" || c.kind === "part");
  if (firstNumbered <= 0) return;
  const before = candidates.slice(0, firstNumbered);
  if (before.length > 2 || before.some((c) => c.kind !== "plain" || KNOWN_SECTION_TITLES.pattern.test(matchKey(c.title)))) return;
  if (candidates.slice(firstNumbered).some((c) => c.kind === "plain")) return;
  candidates.splice(0, firstNumbered);
}

/** Is block `index` the second line of the heading just before it (same page, next line)? */
function isWrappedTail(blocks: Block[], previous: Candidate, index: number): boolean {
  const a = blocks[previous.block];
  const b = blocks[index];
  if (index !== previous.block + 1 || a?.type !== "text" || b?.type !== "text" || a.page !== b.page || b.line - a.line > 1) return false;
  if (b.text.trim().length <= 8) return true;
  // "第三部分 江苏省人大常委会办公厅" / "2017年度部门预算情况说明": a part title in the same style.
  return previous.kind === "part" && a.style?.relativeSize === b.style?.relativeSize && a.style?.bold === b.style?.bold;
}

/**
 * A numbered heading the PDF ran into its paragraph ("九、国有资本经营…决算情况说明上海市普陀区…"):
 * when the 目录 lists a title the line starts with, that title is the heading.
 */
function headingRunIntoText(block: TextBlock, tocTitles: string[]): HeadingMarker | undefined {
  const marker = readMarker(block.text);
  if (!marker || marker.kind === "plain" || tocTitles.length === 0) return undefined;
  const key = matchKey(marker.title);
  const title = tocTitles.filter((t) => key.startsWith(t) && key.length > t.length).sort((a, b) => b.length - a.length)[0];
  if (!title) return undefined;
  // Cut the printed title where the matched key ends (keys drop spaces and quotes only).
  let end = 0;
  for (let seen = 0; end < marker.title.length && seen < title.length; end++) if (matchKey(marker.title[end]!) !== "") seen++;
  return { ...marker, title: marker.title.slice(0, end) };
}

/** A heading's title: short, no sentence punctuation (a numbered sentence is a paragraph). */
function looksLikeTitle(title: string, allowEmpty: boolean, prominent = false): boolean {
  const t = foldWidth(title).trim();
  if (t === "") return allowEmpty;
  if (t.length > MAX_TITLE) return false;
  // A title may end with 。 ("（一）“三公”经费…总体情况说明。") when nothing else in it is prose.
  if (/[。；;！!？?]/.test(t.replace(/[。.]$/, ""))) return false;
  if (/[。]$/.test(t) && (t.length > 36 || /[,，、]/.test(t))) return false;
  // "一、财政拨款：指…" is a glossary definition; a title may end with a colon.
  if (/[:：].+/.test(t)) return false;
  // A long clause after a comma is prose, unless the line is set as a heading (bold, larger) and
  // ends without a full stop ("（二）聚焦全市“三件大事”，加快构建多层次养老服务体系").
  if (/[,，].{12,}/.test(t) && !(prominent && !/[。.]$/.test(t))) return false;
  if (/^[\d.,%\s]+$/.test(t)) return false;
  return true;
}

/** A line ending in 表 right before a table (maybe after a 单位 line) is the table's title. */
function isTableTitle(text: string, next?: Block, afterNext?: Block): boolean {
  if (!TABLE_TITLE.pattern.test(matchKey(text))) return false;
  if (next?.type === "table") return true;
  return next?.type === "text" && TABLE_CAPTION_LINE.pattern.test(matchKey(next.text)) && afterNext?.type === "table";
}

function withBodies(blocks: Block[], candidates: Candidate[], sections: SectionRecord[]): HeadingResult {
  const sectionOfBlock: Array<number | null> = new Array(blocks.length).fill(null);
  const headingBlocks = new Set(candidates.flatMap((c) => [c.block, ...(c.tail ?? [])]));
  const bodies: string[][] = sections.map(() => []);
  let current: number | null = null;
  let next = 0;
  blocks.forEach((block, index) => {
    if (next < candidates.length && candidates[next]!.block === index) current = next++;
    sectionOfBlock[index] = current;
    if (current !== null && block.type === "text" && !headingBlocks.has(index)) bodies[current]!.push(block.text);
  });
  sections.forEach((s, i) => (s.text = bodies[i]!.join("\n")));
  return { sections, sectionOfBlock, headingBlocks };
}
