import type { Block } from "../model/document.js";
import { CONTENTS_TITLE } from "../domain/headings.js";
import { matchKey } from "../normalise/text.js";
import { readMarker } from "./heading-marker.js";

/** A TOC entry: dot leaders and/or a trailing page number ("一、收支预算总表……3", "名词解释 12"). */
const TOC_TAIL = /(?:[.·…。\-—_\s]{2,}|\s)\s*[\d\s\-—－]{1,6}$|[.·…]{3,}\s*$/u;

/**
 * Indexes of the blocks that form a table of contents (目录). The region starts at a 目录 line and
 * ends before the first block that repeats the first entry (the body starts again, as in the
 * Jiangsu files whose 目录 runs over two pages) or before body prose.
 */
export function findTocBlocks(blocks: Block[]): Set<number> {
  const toc = new Set<number>();
  const start = blocks.findIndex((b, i) => i < 80 && b.type === "text" && CONTENTS_TITLE.pattern.test(matchKey(b.text)));
  if (start < 0) return toc;
  toc.add(start);
  let firstEntry: string | undefined;
  let firstText: string | undefined;
  let entries = 0;
  let tails = 0;
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== "text") break;
    const text = block.text.trim();
    const entry = tocEntryKey(text);
    const hasTail = TOC_TAIL.test(text);
    if (firstEntry !== undefined && !hasTail && (entry === firstEntry || restartsFirstEntry(text, firstText!, blocks[i - 1]?.page !== block.page))) break;
    const isProse = text.length > 60 || /[。；]/.test(text);
    if (isProse) break;
    // A 目录 printed with leaders or page numbers ends at the first line without them (the
    // Shanghai files go straight from the 目录 page to an unnumbered page title).
    if (!hasTail && tails >= 2 && tails * 2 >= entries) break;
    // A 目录 without leaders ends where the next page opens with an unnumbered title (Shanghai);
    // a short fragment there is the tail of a wrapped entry (Jiangsu 2017: "出预算表").
    const previous = blocks[i - 1];
    if (previous && previous.page !== block.page && !hasTail && !readMarker(text) && text.length > 8) break;
    firstEntry ??= entry;
    firstText ??= text.replace(TOC_TAIL, "");
    entries++;
    if (hasTail) tails++;
    toc.add(i);
  }
  return toc;
}

/**
 * A 目录 without page numbers ends where the body opens with its first entry again, even when the
 * body prints it differently: the part alone on its line ("第一部分" / "部门概况", 烟台) or its title
 * wrapped ("第一部分 中国共产党广州市委员会宣传部" / "概况", 广州).
 */
function restartsFirstEntry(text: string, firstText: string, newPage: boolean): boolean {
  const body = readMarker(text);
  const first = readMarker(firstText);
  if (!body || !first || body.kind === "plain" || body.kind !== first.kind || body.number !== first.number) return false;
  const a = matchKey(body.title);
  const b = matchKey(first.title);
  return newPage || a.startsWith(b) || b.startsWith(a);
}

function tocEntryKey(text: string): string {
  const key = matchKey(text.replace(TOC_TAIL, ""));
  const marker = readMarker(key);
  return marker ? marker.marker + matchKey(marker.title) : key;
}

/** The titles the 目录 lists (without markers, leaders and page numbers), to recognise headings by. */
export function tocTitles(blocks: Block[], toc: Set<number>): string[] {
  const titles: string[] = [];
  for (const i of toc) {
    const b = blocks[i];
    if (b?.type !== "text" || CONTENTS_TITLE.pattern.test(matchKey(b.text))) continue;
    const text = b.text.trim().replace(TOC_TAIL, "");
    const title = readMarker(text)?.title ?? text;
    if (matchKey(title).length >= 4) titles.push(matchKey(title));
  }
  return titles;
}
