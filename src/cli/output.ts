/** One set of output options for every verb that prints rows (after sqlite-utils): table, csv, json. */
export type RowFormat = "table" | "csv" | "json";

export type Row = Record<string, unknown>;

export function formatRows(rows: Row[], format: RowFormat, columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (format === "json") return JSON.stringify(rows, null, 2);
  if (format === "csv") return [cols.map(csvField).join(","), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(","))].join("\n");
  return table(rows, cols);
}

function csvField(value: unknown): string {
  const s = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Display width: CJK and full-width characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}

function table(rows: Row[], cols: string[]): string {
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).replace(/\s*\n\s*/g, " ⏎ "));
  const clip = (s: string) => (displayWidth(s) > 60 ? `${[...s].slice(0, 28).join("")}…` : s);
  const cells = rows.map((r) => cols.map((c) => clip(text(r[c]))));
  const widths = cols.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i]!))));
  const pad = (s: string, i: number) => s + " ".repeat(widths[i]! - displayWidth(s));
  const lines = [cols.map(pad).join("  "), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map((r) => r.map(pad).join("  "))];
  return `${lines.join("\n")}\n(${rows.length} row${rows.length === 1 ? "" : "s"})`;
}
