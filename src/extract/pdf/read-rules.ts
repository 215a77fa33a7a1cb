import * as pdfjs from "./pdfjs.js";

/** An axis-aligned ruling line in top-down page coordinates: x1 ≤ x2, y1 ≤ y2, one of them equal. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Matrix = [number, number, number, number, number, number];

const OPS = pdfjs.OPS;
// pdf.js 5 packs a path into one constructPath op: [paintOp, [Float32Array of DrawOPS], minMax].
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 3;
const PAINTS = new Set<number>([
  OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke,
  OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
/** A rectangle thinner than this (points) is drawn as a line. */
const THIN = 2.5;

/**
 * Walks the operator list keeping the transform stack and collects the straight axis-aligned
 * segments that are painted: stroked lines, thin filled rectangles (how Excel/WPS exports draw
 * borders). Large filled areas (shading, white backgrounds) are ignored.
 */
export function readRules(fnArray: number[], argsArray: unknown[], viewport: Matrix): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix) ctm = multiply(ctm, matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args && PAINTS.has(args[0] as number)) {
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (path) addPathRules(path, ctm, FILLS.has(args[0] as number), rules);
    }
  }
  return rules;
}

function addPathRules(path: ArrayLike<number>, ctm: Matrix, filled: boolean, rules: Rule[]): void {
  let points: [number, number][] = [];
  const flush = (): void => {
    if (points.length >= 2) addPolyline(points, filled, rules);
    points = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i++];
    if (op === MOVE) {
      flush();
      points.push(apply(ctm, path[i++]!, path[i++]!));
    } else if (op === LINE) {
      points.push(apply(ctm, path[i++]!, path[i++]!));
    } else if (op === CURVE) {
      i += 6; // curves are never table rules; break the polyline here
      flush();
    } else if (op === CLOSE) {
      if (points.length > 2) points.push(points[0]!);
      flush();
    } else break;
  }
  flush();
}

/** A thin closed rectangle becomes one line along its long side; other segments are kept if straight. */
export function addPolyline(points: [number, number][], filled: boolean, rules: Rule[]): void {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x1 = Math.min(...xs), x2 = Math.max(...xs), y1 = Math.min(...ys), y2 = Math.max(...ys);
  if (points.length >= 4 && (x2 - x1 <= THIN || y2 - y1 <= THIN)) {
    if (x2 - x1 <= THIN && y2 - y1 <= THIN) return;
    if (x2 - x1 <= THIN) rules.push({ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1, y2 });
    else rules.push({ x1, x2, y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 });
    return;
  }
  // A filled area's edges are not lines: shading and white page backgrounds would fake a grid.
  if (filled) return;
  for (let k = 1; k < points.length; k++) {
    const [ax, ay] = points[k - 1]!;
    const [bx, by] = points[k]!;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > 1) rules.push({ x1: Math.min(ax, bx), x2: Math.max(ax, bx), y1: ay, y2: ay });
    else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > 1) rules.push({ x1: ax, x2: ax, y1: Math.min(ay, by), y2: Math.max(ay, by) });
  }
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** ctm × m in PDF's row-vector convention: m applies first. */
export function multiply(ctm: Matrix, m: Matrix): Matrix {
  return [
    m[0] * ctm[0] + m[1] * ctm[2], m[0] * ctm[1] + m[1] * ctm[3],
    m[2] * ctm[0] + m[3] * ctm[2], m[2] * ctm[1] + m[3] * ctm[3],
    m[4] * ctm[0] + m[5] * ctm[2] + ctm[4], m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
  ];
}
