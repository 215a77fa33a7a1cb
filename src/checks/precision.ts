import { FEN_PER_UNIT, formatWan } from "../normalise/amount.js";

/**
 * Rounding tolerances implied by how a number was printed. A value printed as 208.8万元 may be
 * anything in [208.75, 208.85); a sum of n printed terms may drift by up to one unit of the last
 * digit per term (DOMAIN.md §5.10: "allow ±0.01 万元 per summed row").
 */

/** Digits after the decimal point in the numeric part of a printed value ("2,961.68" → 2, "30%" → 0). */
export function printedDecimals(raw: string): number {
  const m = /\d[\d,，]*(?:[.．](\d+))?/.exec(raw);
  return m?.[1]?.length ?? 0;
}

/** One unit of the last printed digit, in fen: 0.01 万元 → 10,000 分; 0.01 元 → 1 分; 208.8万元 → 100,000 分. */
export function printedUnitFen(raw: string, unit: string | null): number {
  return unitFen(printedDecimals(raw), unit);
}

/** One unit of the last of `decimals` printed digits, in fen (2 decimals of 万元 → 10,000 分). */
export function unitFen(decimals: number, unit: string | null): number {
  const factor = Number(FEN_PER_UNIT[unit ?? "万元"] ?? 1_000_000n);
  return Math.max(1, Math.round(factor / 10 ** decimals));
}

/** The tolerance for comparing sums of printed terms: one last-digit unit per term. */
export function sumTolerance(terms: Array<{ raw: string; unit: string | null }>): number {
  return terms.reduce((t, x) => t + printedUnitFen(x.raw, x.unit), 0);
}

/**
 * How far a printed percentage may sit from the exact ratio and still be a rounding: half a unit of
 * the last digit, or a whole unit for two or more decimals, because some documents truncate
 * (上海普陀规划局 2024 prints 99.86% for 99.868%).
 */
export function percentTolerance(raw: string): number {
  const k = printedDecimals(raw);
  return k >= 2 ? 10 ** -k : 0.5 * 10 ** -k;
}

/**
 * The range a ratio 100·a/b can take when a and b are printed values each uncertain by half their
 * last-digit unit. Ratios are not money, so plain doubles are exact enough here.
 */
export function ratioRange(a: number, aTol: number, b: number, bTol: number): [number, number] {
  // A base that may be zero within its printing (“0万元” less a change of 0.4) bounds nothing.
  if (b - bTol <= 0) return [-Infinity, Infinity];
  const lo = b + bTol > 0 ? (100 * (a - aTol)) / (b + bTol) : -Infinity;
  const hi = b - bTol > 0 ? (100 * (a + aTol)) / (b - bTol) : Infinity;
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

/** Distance of a printed percentage from a computed range (0 when it lies inside, allowing its rounding). */
export function percentGap(printed: number, raw: string, range: [number, number]): number {
  const t = percentTolerance(raw);
  if (printed + t < range[0]) return range[0] - (printed + t);
  if (printed - t > range[1]) return printed - t - range[1];
  return 0;
}

/** A percentage slightly off is a likely slip (warning); off by a point or more it contradicts (error). */
export function percentSeverity(gap: number): "error" | "warning" {
  return gap >= 1 ? "error" : "warning";
}

/** 12.3456 → "12.35" for messages. */
export function pct(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : "∞";
}

/** fen → "1,234.56万元" for messages. */
export function wan(fen: number): string {
  return `${formatWan(fen)}万元`;
}
