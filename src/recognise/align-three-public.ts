import { partsOf, type MetricId } from "../domain/metrics.js";

/** A metric and its parts, depth first: 三公, 出国, 用车, 购置, 运行, 接待. */
function withParts(id: MetricId): MetricId[] {
  return [id, ...partsOf(id).flatMap(withParts)];
}

/**
 * The columns of a 三公 table in the order 财预〔2016〕143号 prints them: 合计, 因公出国（境）费,
 * 公务用车购置及运行费 (小计, 购置费, 运行费), 公务接待费 — the metric tree of domain/metrics.ts.
 */
export const THREE_PUBLIC_COLUMNS: readonly MetricId[] = withParts("three_public_total");

/**
 * A 三公 row printed without its blank cells (a flattened web table: "合计 4.90 3.19 3.19 1.71" for
 * six columns) is put back over its columns by the table's own arithmetic: 合计 = 出国 + 用车 + 接待
 * and 用车 = 购置 + 运行, each within `tolerance` 分 per term. Every in-order placement of the values
 * that satisfies both is tried; a value gets a column only when all of them agree on it (3.19 as
 * 购置费 or 运行费 stays unplaced). Returns the metric per value, or null.
 */
export function alignThreePublic(values: number[], tolerance: number): Array<MetricId | null> {
  const n = THREE_PUBLIC_COLUMNS.length;
  if (values.length === 0 || values.length > n) return values.map(() => null);
  const fits: number[][] = [];
  const choose = (start: number, picked: number[]) => {
    if (picked.length === values.length) {
      const col = new Array<number>(n).fill(0);
      picked.forEach((c, i) => (col[c] = values[i]!));
      const [total, overseas, vehicle, purchase, operation, reception] = col as [number, number, number, number, number, number];
      if (Math.abs(total - (overseas + vehicle + reception)) <= 3 * tolerance && Math.abs(vehicle - (purchase + operation)) <= 2 * tolerance) fits.push([...picked]);
      return;
    }
    for (let c = start; c <= n - (values.length - picked.length); c++) choose(c + 1, [...picked, c]);
  };
  choose(0, []);
  return values.map((_, i) => {
    const columns = new Set(fits.map((f) => f[i]));
    return fits.length > 0 && columns.size === 1 ? THREE_PUBLIC_COLUMNS[[...columns][0]!]! : null;
  });
}
