import type { Rule } from "./read-rules.js";

/** A ruled table region: the x of each column boundary, the y of each row boundary, and the rules. */
export interface Grid {
  xs: number[];
  ys: number[];
  horizontals: Rule[];
  verticals: Rule[];
}

/** Rules closer than this (points) are the same line; Excel exports jitter by ~0.5pt. */
const SNAP = 2;

/**
 * Groups the page's rules into grids: merges collinear pieces (the Shanghai 决算 files draw every
 * cell border separately), then takes the connected sets of crossing horizontal and vertical rules.
 * A set needs at least 2 columns or 2 rows of cells, so a framed paragraph stays text.
 */
export function findGrids(rules: Rule[]): Grid[] {
  const horizontals = mergeCollinear(rules.filter((r) => r.y1 === r.y2), "h");
  const verticals = mergeCollinear(rules.filter((r) => r.x1 === r.x2), "v");
  const parent = [...horizontals, ...verticals].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  horizontals.forEach((h, i) => {
    verticals.forEach((v, j) => {
      if (crosses(h, v)) parent[find(i)] = find(horizontals.length + j);
    });
  });
  const sets = new Map<number, Grid>();
  [...horizontals, ...verticals].forEach((rule, i) => {
    const root = find(i);
    const grid = sets.get(root) ?? { xs: [], ys: [], horizontals: [], verticals: [] };
    if (rule.y1 === rule.y2) grid.horizontals.push(rule);
    else grid.verticals.push(rule);
    sets.set(root, grid);
  });
  const grids: Grid[] = [];
  for (const grid of sets.values()) {
    // The frame's extremes count too: some tables draw no outer left/right border.
    const hx = grid.horizontals.flatMap((h) => [h.x1, h.x2]);
    const vy = grid.verticals.flatMap((v) => [v.y1, v.y2]);
    grid.xs = snapValues([...grid.verticals.map((v) => v.x1), Math.min(...hx), Math.max(...hx)].filter(Number.isFinite));
    grid.ys = snapValues([...grid.horizontals.map((h) => h.y1), Math.min(...vy), Math.max(...vy)].filter(Number.isFinite));
    if (grid.xs.length < 2 || grid.ys.length < 2) continue;
    if (grid.xs.length < 3 && grid.ys.length < 3) continue;
    grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function crosses(h: Rule, v: Rule): boolean {
  return v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP;
}

/** Joins pieces on the same line that touch or overlap. */
function mergeCollinear(rules: Rule[], axis: "h" | "v"): Rule[] {
  const at = (r: Rule): number => (axis === "h" ? r.y1 : r.x1);
  const from = (r: Rule): number => (axis === "h" ? r.x1 : r.y1);
  const to = (r: Rule): number => (axis === "h" ? r.x2 : r.y2);
  const sorted = [...rules].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const lines: Rule[][] = [];
  for (const rule of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(at(line[0]!) - at(rule)) <= SNAP) line.push(rule);
    else lines.push([rule]);
  }
  const merged: Rule[] = [];
  for (const line of lines) {
    const pos = line.reduce((s, r) => s + at(r), 0) / line.length;
    line.sort((a, b) => from(a) - from(b));
    let start = from(line[0]!);
    let end = to(line[0]!);
    const emit = (): void => {
      merged.push(axis === "h" ? { x1: start, x2: end, y1: pos, y2: pos } : { x1: pos, x2: pos, y1: start, y2: end });
    };
    for (const rule of line.slice(1)) {
      if (from(rule) <= end + SNAP) end = Math.max(end, to(rule));
      else {
        emit();
        start = from(rule);
        end = to(rule);
      }
    }
    emit();
  }
  return merged;
}

/** Sorted distinct positions, values within SNAP counted once (their mean). */
function snapValues(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((group) => group.reduce((s, v) => s + v, 0) / group.length);
}
