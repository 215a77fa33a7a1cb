import { jsonText, terminalLine } from "./safe-text.js";

/** One set of output options for every verb that prints rows (after sqlite-utils): table, csv, json. */
export type RowFormat = "table" | "csv" | "json";

export type Row = Record<string, unknown>;

/** The whole output at once (for small results; `query` streams through RowWriter). */
export function formatRows(rows: Row[], format: RowFormat, columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  let out = "";
  const writer = new RowWriter(format, cols, (s) => (out += s));
  for (const r of rows) writer.row(cols.map((c) => r[c]));
  writer.end();
  return out.replace(/\n$/, "");
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

/** Rows a table's column widths are measured on. */
const MEASURE_ROWS = 1_000;
const MAX_CELL = 60;

/** `s` cut to `width` display columns, with "…" where it was cut. */
function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Rows written as they come, in constant memory whatever their number: CSV and JSON row by row;
 * a table measures its column widths on the first 1,000 rows, then pads every row to them.
 * Table cells are made safe for a terminal (control characters escaped, newlines shown as ⏎).
 */
export class RowWriter {
  private count = 0;
  private pending: string[][] | undefined = [];
  private widths: number[] = [];

  constructor(
    private readonly format: RowFormat,
    private readonly columns: string[],
    private readonly write: (text: string) => void,
    /** Output goes to a terminal: CSV fields get their control characters escaped too (table and JSON always do). */
    private readonly terminal = false,
  ) {
    if (format === "csv") write(this.csvLine(columns));
  }

  private csvLine(values: unknown[]): string {
    return values.map((v) => csvField(this.terminal && typeof v === "string" ? terminalLine(v) : v)).join(",") + "\n";
  }

  row(raw: unknown[]): void {
    this.count++;
    const values = raw.map((v) => (Buffer.isBuffer(v) ? v.toString("hex") : typeof v === "bigint" ? v.toString() : v));
    if (this.format === "csv") return this.write(this.csvLine(values));
    if (this.format === "json") {
      const object = Object.fromEntries(this.columns.map((c, i) => [c, values[i]]));
      const text = jsonText(JSON.stringify(object, jsonValue, 2)).replace(/\n/g, "\n  ");
      return this.write(`${this.count === 1 ? "[" : ","}\n  ${text}`);
    }
    const cells = values.map((v) => clip(terminalLine(v === null || v === undefined ? "" : String(v).replace(/\s*\n\s*/g, " ⏎ ")), MAX_CELL));
    if (this.pending) {
      this.pending.push(cells);
      if (this.pending.length >= MEASURE_ROWS) this.flushPending();
    } else this.writeCells(cells);
  }

  end(): void {
    if (this.format === "json") return this.write(this.count === 0 ? "[]\n" : "\n]\n");
    if (this.format === "csv") return;
    if (this.pending) this.flushPending();
    this.write(`(${this.count} row${this.count === 1 ? "" : "s"})\n`);
  }

  private flushPending(): void {
    const rows = this.pending ?? [];
    this.pending = undefined;
    const header = this.columns.map((c) => terminalLine(c));
    this.widths = header.map((c, i) => rows.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? "")), displayWidth(c)));
    this.writeCells(header);
    this.write(this.widths.map((w) => "-".repeat(w)).join("  ") + "\n");
    for (const r of rows) this.writeCells(r);
  }

  private writeCells(cells: string[]): void {
    // A later cell wider than the first rows' is printed whole, shifting its row: never cut a value.
    const padded = cells.map((s, i) => s + " ".repeat(Math.max(0, this.widths[i]! - displayWidth(s))));
    this.write(padded.join("  ").trimEnd() + "\n");
  }
}

/** BLOBs (a document's file key) print as hex, not as an object of bytes. */
function jsonValue(_key: string, value: unknown): unknown {
  if (value && typeof value === "object" && (value as { type?: string }).type === "Buffer") return Buffer.from((value as { data: number[] }).data).toString("hex");
  return value;
}
