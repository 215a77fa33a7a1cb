import type { Block, TextBlock } from "../model/document.js";
import type { SectionRecord } from "../model/records.js";
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

/**
 * Section headings and their nesting. Nesting is structural: a heading whose numbering continues
 * an open heading's family (三 after 二) closes back to it; a heading that restarts its numbering
 * (第一部分, 一、 or 1、 inside 五) opens a level below the current one, whatever its marker — the
 * 鹿泉 seed nests 第一部分 / 二、 / 三、 / 第二部分 inside 五、预算绩效信息.
 */
export function recogniseHeadings(blocks: Block[], skip: Set<number>, tocTitles: string[] = []): HeadingResult {
  const candidates: Candidate[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== "text" || skip.has(index)) return;
    const heading = asHeading(block, blocks[index + 1], blocks[index + 2]) ?? headingRunIntoText(block, tocTitles);
    if (!heading) return;
    const previous = candidates[candidates.length - 1];
    if (previous && heading.kind === "plain" && isWrappedTail(blocks, previous, index)) {
      // A heading wrapped onto a second line ("…决算情况" / "说明") is one heading.
      previous.title += heading.title;
      previous.tail = [...(previous.tail ?? []), index];
      return;
    }
    candidates.push({ ...heading, title: heading.title.replace(/[。.]$/, ""), block: index });
  });
  const sections: SectionRecord[] = [];
  const accepted: Candidate[] = [];
  const stack: Array<{ kind: MarkerKind; number: number | null; section: number }> = [];
  for (const c of candidates) {
    if (isStrayListItem(stack, c)) continue;
    accepted.push(c);
    const depth = placeInStack(stack, c);
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
    stack.push({ kind: c.kind, number: c.number, section: sections.length - 1 });
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
    if (open.number !== null && c.number !== null && c.number > open.number) return i;
    break;
  }
  return stack.length;
}

function asHeading(block: TextBlock, next?: Block, afterNext?: Block): HeadingMarker | undefined {
  const text = block.text.trim();
  if (text.length === 0 || text.length > MAX_TITLE + 8) return undefined;
  if (isTableTitle(text, next, afterNext)) return undefined;
  const marker = readMarker(text);
  const styled = block.style?.headingLevel !== undefined;
  if (marker) {
    if (!looksLikeTitle(marker.title, marker.kind === "part")) return undefined;
    // "2.收入决算表" in a list of attachments names a table: not a section (第N部分 may name the tables part).
    if (marker.kind !== "part" && /表$/.test(matchKey(marker.title))) return undefined;
    // "1．财政拨款收入预算总计27664.22万元" states an amount: a sentence, not a title.
    if (/\d\s*(?:万元|亿元|千元|元|%|％)/.test(marker.title)) return undefined;
    return marker;
  }
  const prominent = styled || (block.style?.relativeSize ?? 1) >= 1.2 || block.style?.bold === true;
  // An unnumbered line ending in 表 is a table's title (Shanghai prints them as page titles).
  const tableLike = /表\s*(\S{0,12}[）)])?$/.test(text);
  if (prominent && !tableLike && looksLikeTitle(text, false) && !/\d+(\.\d+)?\s*(万元|元|%)/.test(text)) {
    return { kind: "plain", marker: "", number: null, title: text };
  }
  return undefined;
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
function looksLikeTitle(title: string, allowEmpty: boolean): boolean {
  const t = foldWidth(title).trim();
  if (t === "") return allowEmpty;
  if (t.length > MAX_TITLE) return false;
  // A title may end with 。 ("（一）“三公”经费…总体情况说明。") when nothing else in it is prose.
  if (/[。；;！!？?]/.test(t.replace(/[。.]$/, ""))) return false;
  if (/[。]$/.test(t) && (t.length > 36 || /[,，、]/.test(t))) return false;
  // "一、财政拨款：指…" is a glossary definition; a title may end with a colon.
  if (/[:：].+/.test(t)) return false;
  if (/[,，].{12,}/.test(t)) return false;
  if (/^[\d.,%\s]+$/.test(t)) return false;
  return true;
}

/** A line ending in 表 right before a table (maybe after a 单位 line) is the table's title. */
function isTableTitle(text: string, next?: Block, afterNext?: Block): boolean {
  if (!/表\s*(\S{0,12}[）)])?$/.test(text)) return false;
  if (next?.type === "table") return true;
  return next?.type === "text" && /单位[:：]|^部门[:：]|^编制单位/.test(next.text) && afterNext?.type === "table";
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
