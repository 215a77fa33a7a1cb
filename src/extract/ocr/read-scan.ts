import type { PageContent, PdfItem } from "../pdf/read-page.js";
import type { Rule } from "../pdf/read-rules.js";
import type { GrayImage } from "./gray-image.js";
import type { OcrEngine, OcrWord } from "./paddle.js";

/** A page image and how many pixels make one point. */
export interface ScanPage extends GrayImage {
  scale: number;
}

/** What OCR made of one page: the same content the text layer gives, and how sure it was. */
export interface ScanReading {
  content: PageContent;
  /** Mean character confidence over the page (0 when nothing was read). */
  confidence: number;
  characters: number;
}

/** Share of a CJK glyph's em its ink fills, and of a digit's (digits are shorter). */
const CJK_INK = 0.9;
const LATIN_INK = 0.72;
/** A rule is a straight run of pixels darker than this (rules are often thin and gray)… */
const RULE_INK = 200;
/** …at least this long (points: longer than a few characters' strokes)… */
const RULE_MIN_PT = 28;
/** …and at most this thick (points). */
const RULE_MAX_THICK_PT = 2.5;
/** A run this long (points) is a rule by itself; a shorter one only where it meets a rule across it. */
const RULE_LONG_PT = 72;
/** Light gaps up to this many pixels inside a run are bridged (a scanned rule is not perfect). */
const RULE_BRIDGE = 2;

/**
 * Reads a scanned page as the text layer of a born-digital page would be read: OCR words become
 * text items in points (top-down, baseline and glyph height from the word's ink), and the long
 * straight dark runs of the image become ruling lines, so the same layout makes lines, headings
 * and tables of it. Each item carries its characters' confidences.
 */
export async function readScan(engine: OcrEngine, image: ScanPage, number: number, deadline?: number): Promise<ScanReading> {
  const found = confirmedRules(findRules(image, RULE_MIN_PT * image.scale, RULE_MAX_THICK_PT * image.scale), RULE_LONG_PT * image.scale);
  const words = await engine.read(found.length ? eraseRules(image, found) : image, deadline);
  const items = words.map((w) => toItem(w, image.scale, engine.name)).filter((i): i is PdfItem => i !== undefined);
  const rules = found.map((r) => toRule(r, image.scale));
  const chars = items.flatMap((i) => i.ocr!.chars);
  const confidence = chars.length ? chars.reduce((a, b) => a + b, 0) / chars.length : 0;
  return {
    content: { number, width: image.width / image.scale, height: image.height / image.scale, items, rules },
    confidence,
    characters: chars.length,
  };
}

function toItem(word: OcrWord, scale: number, engine: string): PdfItem | undefined {
  const text = fixReading(word.text);
  if (!text.trim()) return undefined;
  const { left, top, right, bottom } = word.box;
  const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(text);
  const size = (bottom - top) / scale / (cjk ? CJK_INK : LATIN_INK);
  const y = bottom / scale;
  return { text, x: left / scale, right: right / scale, y, top: y - size * 0.88, size, bold: false, ocr: { engine, chars: word.chars } };
}

/**
 * Readings OCR gets wrong in a known way, fixed where the context leaves no doubt (same length, so
 * character confidences stay aligned): a dash before or between CJK characters, or in brackets, is 一
 * (“-般公共预算”, the heading markers “-、” and “（-）”): a dash is not a character of Chinese prose.
 */
export function fixReading(text: string): string {
  return text.replace(/(^|[\u4e00-\u9fff（(])[-－—–](?=[\u4e00-\u9fff、，）)])/gu, "$1一");
}

/** A ruling line found in the image: along `from`–`to` (pixels), across `first`–`last` (its thickness). */
export interface PixelRule {
  horizontal: boolean;
  from: number;
  to: number;
  first: number;
  last: number;
}

/** Long thin dark runs, horizontal and vertical (pixels). */
export function findRules(image: GrayImage, minLength: number, maxThick: number): PixelRule[] {
  const { width, height, data } = image;
  const horizontal = runs(height, width, (line, i) => data[line * width + i]! < RULE_INK, minLength);
  const vertical = runs(width, height, (line, i) => data[i * width + line]! < RULE_INK, minLength);
  return [...merge(horizontal, maxThick).map((r) => ({ horizontal: true, ...r })), ...merge(vertical, maxThick).map((r) => ({ horizontal: false, ...r }))];
}

/**
 * The runs that are ruling lines: long ones, and shorter ones that meet a ruling line across them
 * (a header's partial rules end on the table's frame). A stroke of a character (一 joined to the
 * next glyph) meets nothing and is left as text.
 */
export function confirmedRules(runs: PixelRule[], long: number): PixelRule[] {
  const kept = new Set(runs.filter((r) => r.to - r.from >= long));
  const tolerance = 3;
  const meets = (a: PixelRule, b: PixelRule): boolean =>
    a.horizontal !== b.horizontal &&
    b.from - tolerance <= (a.first + a.last) / 2 && (a.first + a.last) / 2 <= b.to + tolerance &&
    a.from - tolerance <= (b.first + b.last) / 2 && (b.first + b.last) / 2 <= a.to + tolerance;
  for (let pass = 0; pass < 2; pass++) {
    for (const r of runs) if (!kept.has(r) && [...kept].some((k) => meets(r, k))) kept.add(r);
  }
  return runs.filter((r) => kept.has(r));
}

/** The rule as a page rule (points). */
function toRule(r: PixelRule, scale: number): Rule {
  const mid = (r.first + r.last + 1) / 2 / scale;
  const from = r.from / scale, to = r.to / scale;
  return r.horizontal ? { x1: from, x2: to, y1: mid, y2: mid } : { x1: mid, x2: mid, y1: from, y2: to };
}

/** A copy of the image with the rules painted white (text touching a rule reads better without it). */
export function eraseRules(image: GrayImage, rules: PixelRule[]): GrayImage {
  const data = new Uint8Array(image.data);
  const { width, height } = image;
  for (const r of rules) {
    for (let across = Math.max(0, r.first - 1); across <= Math.min((r.horizontal ? height : width) - 1, r.last + 1); across++) {
      for (let along = r.from; along < r.to; along++) {
        const at = r.horizontal ? across * width + along : along * width + across;
        if (data[at]! < RULE_INK + 30) data[at] = 255;
      }
    }
  }
  return { data, width, height };
}

interface Run {
  line: number;
  from: number;
  to: number;
}

function runs(lines: number, length: number, ink: (line: number, i: number) => boolean, minLength: number): Run[] {
  const out: Run[] = [];
  for (let line = 0; line < lines; line++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i < length; i++) {
      if (ink(line, i)) {
        if (start < 0) start = i;
        last = i;
      } else if (start >= 0 && i - last > RULE_BRIDGE) {
        if (last - start + 1 >= minLength) out.push({ line, from: start, to: last + 1 });
        start = -1;
      }
    }
    if (start >= 0 && last - start + 1 >= minLength) out.push({ line, from: start, to: last + 1 });
  }
  return out;
}

/** Runs on neighbouring lines that overlap are one rule; thicker than `maxThick` is a filled area. */
function merge(list: Run[], maxThick: number): { first: number; last: number; from: number; to: number }[] {
  type Open = { first: number; last: number; from: number; to: number };
  const open: Open[] = [];
  const done: Open[] = [];
  for (const run of list) {
    // Close what can no longer grow.
    for (let k = open.length - 1; k >= 0; k--) {
      if (run.line - open[k]!.last > 1) done.push(...open.splice(k, 1));
    }
    const hit = open.find((o) => run.line - o.last === 1 && Math.min(o.to, run.to) - Math.max(o.from, run.from) > 0.5 * Math.min(o.to - o.from, run.to - run.from));
    if (hit) {
      hit.last = run.line;
      hit.from = Math.min(hit.from, run.from);
      hit.to = Math.max(hit.to, run.to);
    } else open.push({ first: run.line, last: run.line, from: run.from, to: run.to });
  }
  done.push(...open);
  return done.filter((o) => o.last - o.first + 1 <= maxThick);
}
