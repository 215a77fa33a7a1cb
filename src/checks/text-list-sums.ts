import type { FigureRecord } from "../model/records.js";
import { readMarker, type MarkerKind } from "../recognise/heading-marker.js";
import type { CheckInput } from "./check.js";
import { CHANGE_WORDS, isMoney, sameParagraph } from "./text-figures.js";

/**
 * A total the text states and then breaks down in a numbered list, each item's amount first in its
 * paragraph: "（一）收入预算总计27664.22万元。包括：1．财政拨款收入预算总计27664.22万元 … 2．财政专户管理
 * 资金收入预算总计0万元 … 3．其他资金收入预算总计0万元 … 4．上年结转资金预算为0万元". Where the items add
 * up to the total exactly, the figures are confirmed (OCR trust); so are a paragraph's total and the
 * amounts after it that add up to it (paragraphHolds). Not a check: a list may name only some parts,
 * so a sum that fails proves nothing. Returns the figure indexes of every list that holds.
 */
export function textListHolds(doc: CheckInput): number[] {
  const text = doc.figures.flatMap((f, i) => (f.source === "text" && isMoney(f) ? [{ f, i, marker: itemMarker(f) }] : []));
  const out: number[] = [];
  text.forEach((first, k) => {
    if (!first.marker || first.marker.number !== 1 || k === 0) return;
    const head = text[k - 1]!;
    if (head.f.sectionIndex !== first.f.sectionIndex || head.marker?.kind === first.marker.kind) return;
    const items = [first];
    for (const x of text.slice(k + 1)) {
      if (x.f.sectionIndex !== first.f.sectionIndex) break;
      if (!x.marker) continue;
      if (x.marker.kind !== first.marker.kind) {
        // A sub-list inside an item ((1) (2) under 1.) is skipped; a marker of the head's kind ends the list.
        if (x.marker.kind === head.marker?.kind) break;
        continue;
      }
      if (x.marker.number !== items.length + 1) break;
      items.push(x);
    }
    if (items.length < 2) return;
    const sum = items.reduce((s, x) => s + x.f.amountFen!, 0);
    if (sum === head.f.amountFen) out.push(head.i, ...items.map((x) => x.i));
  });
  return [...out, ...paragraphHolds(text.map((x) => ({ f: x.f, i: x.i })))];
}

/** How many amounts after a total its paragraph may break it into. */
const MAX_PARTS = 8;

/**
 * "预算支出228.50万元。其中，人员经费支出178.69万元，日常公用经费29.81万元，项目支出20万元（其中本级项目
 * 支出20万元）": the amounts that follow a total in its paragraph (changes against last year left out),
 * of which the first two or more add up to it exactly.
 */
function paragraphHolds(text: Array<{ f: FigureRecord; i: number }>): number[] {
  const out: number[] = [];
  const levels = text.filter((x) => !CHANGE_WORDS.test(x.f.label));
  levels.forEach((head, k) => {
    let sum = 0;
    const parts: number[] = [];
    for (const x of levels.slice(k + 1, k + 1 + MAX_PARTS)) {
      // Its paragraph, or the next ones of its section (a PDF may break a paragraph at a page's line).
      if (!sameParagraph(head.f, x.f) && (head.f.sectionIndex === null || x.f.sectionIndex !== head.f.sectionIndex)) break;
      sum += x.f.amountFen!;
      parts.push(x.i);
      if (parts.length >= 2 && sum === head.f.amountFen) {
        out.push(head.i, ...parts);
        break;
      }
    }
  });
  return out;
}

function itemMarker(f: FigureRecord): { kind: MarkerKind; number: number } | undefined {
  const m = readMarker(f.label);
  return m && m.number !== null ? { kind: m.kind, number: m.number } : undefined;
}
