/**
 * Exact money: printed decimal text → integer 分 (fen), with no floating point in between.
 * 1 元 = 100 分; 1 千元 = 100,000 分; 1 万元 = 1,000,000 分; 1 亿元 = 10,000,000,000 分.
 */
export const FEN_PER_UNIT: Record<string, bigint> = {
  分: 1n,
  元: 100n,
  千元: 100_000n,
  万元: 1_000_000n,
  亿元: 10_000_000_000n,
};

export interface Decimal {
  negative: boolean;
  /** All digits without separators or point, e.g. "2766422" for 27,664.22. */
  digits: bigint;
  /** Digits after the point. */
  scale: number;
}

/**
 * Groups of three after the first: "27,664.22". The first group may be longer where a grouping comma
 * was left out ("120258,600" for 120,258,600, 上海 单位预算 tables in 元): every comma still stands
 * before three digits, so no other reading is possible.
 */
const NUMBER = /^([-−－+]?)\s*(\d+(?:[,，]\d{3})+|\d+)(?:[.．](\d+))?$/;

/** "27,664.22" / "−3.5" / "１２３" (full-width already folded by the caller or not) → Decimal. */
export function parseDecimal(text: string): Decimal | undefined {
  const folded = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = NUMBER.exec(folded);
  if (!m) return undefined;
  const whole = (m[2] ?? "").replace(/[,，]/g, "");
  const fraction = m[3] ?? "";
  return { negative: m[1] !== "" && m[1] !== "+", digits: BigInt(whole + fraction), scale: fraction.length };
}

/** Decimal in `unit` → integer fen, rounded half away from zero when the text has more precision than 1 分. */
export function decimalToFen(value: Decimal, unit: string): number | undefined {
  const factor = FEN_PER_UNIT[unit];
  if (factor === undefined) return undefined;
  const scaled = value.digits * factor;
  const divisor = 10n ** BigInt(value.scale);
  let fen = scaled / divisor;
  if ((scaled % divisor) * 2n >= divisor) fen += 1n;
  const signed = value.negative ? -fen : fen;
  // Beyond 2^53 分 (about 90 亿万元) a JS number is no longer exact: no amount rather than a wrong one.
  const fenNumber = Number(signed);
  return Number.isSafeInteger(fenNumber) ? fenNumber : undefined;
}

/** Printed money text in `unit` → fen, or undefined when it is not a plain number. */
export function parseMoney(text: string, unit: string): number | undefined {
  const value = parseDecimal(text);
  return value ? decimalToFen(value, unit) : undefined;
}

/** A plain decimal as a JS number for percentages and counts (not money: those stay in fen). */
export function decimalToNumber(value: Decimal): number {
  const s = value.digits.toString().padStart(value.scale + 1, "0");
  const text = value.scale ? `${s.slice(0, -value.scale)}.${s.slice(-value.scale)}` : s;
  return (value.negative ? -1 : 1) * Number(text);
}

/**
 * fen → "1,234.56" in `unit` (for messages), exact: at least two decimals, more only where the
 * amount has them (9,101.677535 万元). One formatter for every message, so each quotes its own unit.
 */
export function formatFen(fen: number, unit: string = "万元"): string {
  const per = FEN_PER_UNIT[unit] ?? FEN_PER_UNIT["万元"]!;
  const abs = BigInt(Math.abs(fen));
  const whole = (abs / per).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const digits = per.toString().length - 1;
  const rest = digits === 0 ? "" : (abs % per).toString().padStart(digits, "0").replace(/0+$/, "").padEnd(2, "0");
  return `${fen < 0 ? "-" : ""}${whole}${rest ? `.${rest}` : ""}`;
}

/** fen → "1,234.56" in 万元. */
export function formatWan(fen: number): string {
  return formatFen(fen, "万元");
}
