import { diagnostic } from "../diagnostics/diagnostic.js";
import type { CellRecord, FigureRecord, FlagRecord, OcrTrust } from "../model/records.js";
import { formatFen } from "../normalise/amount.js";
import { otherReadings } from "../normalise/ocr-readings.js";
import { money, unitOf } from "../recognise/table-units.js";
import type { CheckInput } from "./check.js";
import { printedUnitFen } from "./precision.js";
import { continuedFrom } from "./table-cells.js";
import { layoutOf, type Layout } from "./table-layout.js";
import { evaluateSum, type Sum } from "./table-sums.js";
import { tableIdentities } from "./table-totals.js";
import { threePublicSums } from "./three-public-table-sum.js";
import { threePublicTextHolds } from "./three-public-sum.js";
import { textListHolds } from "./text-list-sums.js";
import { subItemSums } from "./table-row-sums.js";

/**
 * Numbers read by OCR are trusted only where the document's own arithmetic confirms them (issue 13).
 * The identities are the ones the checks already read (table-totals: 合计 rows and columns, 收入总计 =
 * 支出总计; three-public-table-sum: “三公” = its items), evaluated by the same evaluateSum:
 * - an amount in an identity that holds exactly, and in none that fails, is `confirmed`;
 * - a failing identity is repaired where exactly one other reading of one OCR'd amount in it
 *   (normalise/ocr-readings.ts: any digit where the engine was unsure, a digit print confuses, a
 *   decimal point or thousands comma) makes every identity that amount takes part in hold, at least
 *   two of them (its row and its column): the amount is `repaired`, `raw` keeps what OCR read, and an
 *   `ocr-repair` diagnostic names the identity;
 * - in the text, “三公” = its items, a total = its numbered list or the amounts after it in its
 *   paragraph (text-list-sums.ts), holding exactly, confirm their figures;
 * - a figure no identity confirms is confirmed by another printing that agrees: of the same metric
 *   (the 收支总表's 支出总计 and the 支出总表's 合计; the text's 三公 and the table's), or of four
 *   digits or more and trusted where it is printed;
 * - every other OCR'd figure is `unconfirmed`: it keeps its amount and loses its metric (a wrong value
 *   is worse than a missing one), and its table gets one `ocr-unconfirmed` warning.
 * Content from a text layer carries no OCR mark and passes through unchanged.
 */
export function trustOcrReadings(doc: CheckInput): CheckInput {
  if (!doc.tables.some((t) => t.ocr || t.cells.some((c) => c.ocr)) && !doc.figures.some((f) => f.ocr)) return doc;
  const out: CheckInput = {
    ...doc,
    tables: doc.tables.map((t) => ({ ...t, cells: t.cells.map((c) => ({ ...c })) })),
    figures: doc.figures.map((f) => ({ ...f, ...(f.ocr && { ocr: { ...f.ocr } }) })),
    lineItems: doc.lineItems.map((x) => ({ ...x, ...(x.ocr && { ocr: { ...x.ocr } }) })),
    diagnostics: [...doc.diagnostics],
  };
  const verdicts = new Map<string, OcrTrust>();
  const uncertainTables = new Set<number>();
  out.tables.forEach((_, tableIndex) => {
    if (continuedFrom(out, tableIndex) !== tableIndex || !runIsOcr(out, tableIndex)) return;
    const identities = identitiesOf(out, tableIndex);
    if (!identities) return;
    const result = trustTable(out, identities);
    if (result.misread) uncertainTables.add(tableIndex);
    for (const repair of result.repairs) applyRepair(out, identities.layout, repair);
    for (const [key, verdict] of result.verdicts) verdicts.set(key, verdict);
  });
  settleFigures(out, verdicts);
  return out;
}

/** The tables of a run (a table continued over pages) any of whose cells OCR read. */
function runIsOcr(doc: CheckInput, root: number): boolean {
  return doc.tables.some((t, k) => continuedFrom(doc, k) === root && (t.ocr !== undefined || t.cells.some((c) => c.ocr)));
}

/** The identities of a table (its run of pages), and the sums that can only confirm (subItemSums). */
function identitiesOf(doc: CheckInput, tableIndex: number): { layout: Layout; sums: Sum[]; confirmOnly: Sum[] } | undefined {
  if (doc.tables[tableIndex]!.kind === "three_public") {
    const layout = layoutOf(doc, tableIndex);
    return layout && { layout, sums: threePublicSums(layout), confirmOnly: [] };
  }
  const identities = tableIdentities(doc, tableIndex);
  return identities && { ...identities, confirmOnly: subItemSums(identities.layout) };
}

interface Repair {
  row: number;
  col: number;
  from: number;
  to: number;
  text: string;
  change: string;
  what: string;
}

interface TableTrust {
  /** Verdicts by document cell key (`tableIndex:row:col`). */
  verdicts: Map<string, OcrTrust>;
  repairs: Repair[];
  misread: boolean;
}

/** As table-totals: this many failing identities, a third of those compared, mark a misread table. */
const MISREAD_MIN_FAILURES = 3;
const MISREAD_SHARE = 1 / 3;
/** Rounds of repair per table (each repairs one amount). */
const MAX_REPAIRS = 12;

type Outcome = ReturnType<typeof evaluateSum>;

function trustTable(doc: CheckInput, { layout: base, sums, confirmOnly }: { layout: Layout; sums: Sum[]; confirmOnly: Sum[] }): TableTrust {
  const edits = new Map<string, number>();
  const repairs: Repair[] = [];
  const byPlace = new Map<string, Sum[]>();
  for (const s of sums) for (const p of placesOf(s)) (byPlace.get(p) ?? byPlace.set(p, []).get(p)!).push(s);
  const evaluate = (s: Sum, layout: Layout): Outcome => evaluateSum(doc, "ocr-trust", { ...s, layout });
  // Confirmation is exact: a sum within the checks' rounding tolerance but not exact neither
  // confirms nor refutes (a misread last digit looks like rounding).
  const exactly = (s: Sum, layout: Layout): Outcome => evaluateSum(doc, "ocr-trust", { ...s, layout }, true);
  const failing = (layout: Layout) => sums.filter((s) => typeof evaluate(s, layout) === "object");
  let layout = patched(base, edits);
  const misread = (layout: Layout) => {
    const failed = failing(layout).length;
    const compared = sums.filter((s) => evaluate(s, layout) !== "silent").length;
    return failed >= MISREAD_MIN_FAILURES && failed >= compared * MISREAD_SHARE;
  };
  // A table whose identities mostly fail was misread (columns shifted, a header not understood):
  // its numbers may be right and still be the wrong quantities. Nothing in it is confirmed.
  if (misread(layout)) return { verdicts: new Map(), repairs, misread: true };
  const decimals = usualDecimals(base);
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const repair = failing(layout).map((s) => onlyRepair(s, layout, byPlace, decimals, evaluate, exactly)).find((r) => r !== undefined);
    if (!repair) break;
    edits.set(`${repair.row}:${repair.col}`, repair.to);
    repairs.push(repair);
    layout = patched(base, edits);
  }
  const confirmed = new Set<string>();
  const refuted = new Set<string>();
  for (const s of sums) {
    const outcome = evaluate(s, layout);
    if (outcome === "silent") continue;
    if (outcome !== "holds") {
      for (const p of placesOf(s)) refuted.add(p);
      continue;
    }
    if (exactly(s, layout) !== "holds") continue;
    // The reading that holds: the parts as listed, else the other reading of them (orParts).
    const parts = s.orParts && exactly({ ...s, orParts: undefined }, layout) !== "holds" ? s.orParts : s.parts;
    for (const p of [s.total, ...parts]) confirmed.add(`${p.row}:${p.col}`);
  }
  for (const s of confirmOnly) if (exactly(s, layout) === "holds") for (const p of [s.total, ...s.parts]) confirmed.add(`${p.row}:${p.col}`);
  const verdicts = new Map<string, OcrTrust>();
  const repaired = new Set(repairs.map((r) => `${r.row}:${r.col}`));
  for (const c of base.table.cells) {
    if (c.isHeader || !c.ocr) continue;
    const key = `${c.row}:${c.col}`;
    const ok = confirmed.has(key) && !refuted.has(key);
    verdicts.set(docKey(base, c.row, c.col), ok ? (repaired.has(key) ? "repaired" : "confirmed") : "unconfirmed");
  }
  return { verdicts, repairs, misread: false };
}

/** Every cell a sum reads: its total, its parts and the other reading of its parts. */
function placesOf(s: Sum): string[] {
  return [...new Set([s.total, ...s.parts, ...(s.orParts ?? [])].map((p) => `${p.row}:${p.col}`))];
}

/** The layout with some amounts read otherwise (`row:col` → fen). */
function patched(layout: Layout, edits: Map<string, number>): Layout {
  if (!edits.size) return layout;
  return {
    ...layout,
    cell(row, col) {
      const c = layout.cell(row, col);
      const to = edits.get(`${row}:${col}`);
      return c && to !== undefined ? { ...c, amountFen: to } : c;
    },
  };
}

/**
 * The one reading of one OCR'd amount of a failing sum that makes every identity the amount takes
 * part in hold; undefined when none does, or more than one (which digit was misread is not known).
 */
function onlyRepair(s: Sum, layout: Layout, byPlace: Map<string, Sum[]>, decimals: number, evaluate: (s: Sum, l: Layout) => Outcome, exactly: (s: Sum, l: Layout) => Outcome): Repair | undefined {
  const found: Array<Repair & { strong: boolean }> = [];
  for (const key of placesOf(s)) {
    const [row, col] = key.split(":").map(Number) as [number, number];
    const cell = layout.cell(row, col);
    if (!cell?.ocr || cell.amountFen === null) continue;
    const unit = unitOf(cell.header) ?? layout.table.unit ?? "万元";
    const seen = new Set<number>([cell.amountFen]);
    for (const reading of otherReadings(cell.text.trim(), shiftedUncertain(cell), decimals)) {
      const to = money(reading.text, unit);
      if (to === null || seen.has(to)) continue;
      seen.add(to);
      const trial = patched(layout, new Map([[key, to]]));
      const outcomes = byPlace.get(key)!.map((t) => evaluate(t, trial));
      if (outcomes.some((o) => typeof o === "object") || exactly(s, trial) !== "holds") continue;
      const holding = outcomes.filter((o) => o === "holds").length;
      found.push({ row, col, from: cell.amountFen, to, text: reading.text, change: reading.change, what: s.what, strong: holding >= 2 });
    }
  }
  // Two identities, always: with one, a second misread in the same sum can make a wrong reading the only one that fits.
  if (found.length !== 1 || !found[0]!.strong) return undefined;
  const { strong: _strong, ...repair } = found[0]!;
  return repair;
}

/** The engine's uncertain offsets, re-based on the cell's trimmed text. */
function shiftedUncertain(cell: CellRecord): number[] {
  const lead = cell.text.length - cell.text.trimStart().length;
  return (cell.ocr?.uncertain ?? []).map((k) => k - lead).filter((k) => k >= 0);
}

/** The decimals most of a table's amounts print with (2 in 万元 tables). */
function usualDecimals(layout: Layout): number {
  const counts = new Map<number, number>();
  for (const c of layout.table.cells) {
    if (c.isHeader || c.amountFen === null) continue;
    const d = /[.．](\d+)\s*$/.exec(c.text.trim())?.[1]?.length ?? 0;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 2;
}

/** Which document table, row and column a layout cell is (a run's rows come from several tables). */
function docKey(layout: Layout, row: number, col: number): string {
  const at = layout.origin?.(row) ?? { tableIndex: layout.tableIndex, row };
  return `${at.tableIndex}:${at.row}:${col}`;
}

/** Writes a repair into the cell, its figure and its line item, and records it. */
function applyRepair(doc: CheckInput, layout: Layout, r: Repair): void {
  const at = layout.origin?.(r.row) ?? { tableIndex: layout.tableIndex, row: r.row };
  const cell = doc.tables[at.tableIndex]!.cells.find((c) => c.row === at.row && c.col === r.col);
  if (!cell) return;
  cell.amountFen = r.to;
  for (const f of doc.figures) if (f.source === "table" && f.tableIndex === at.tableIndex && f.row === at.row && f.col === r.col && f.amountFen === r.from) f.amountFen = r.to;
  for (const x of doc.lineItems) if (x.tableIndex === at.tableIndex && x.row === at.row && x.column === cell.header && x.amountFen === r.from) x.amountFen = r.to;
  const unit = unitOf(cell.header) ?? layout.table.unit ?? "万元";
  doc.diagnostics.push(
    diagnostic(
      "info",
      "ocr-repair",
      `OCR read “${cell.text.trim()}”; read as ${formatFen(r.to, unit)} (${r.change}): the only reading by which ${r.what} holds (${layout.table.title ?? layout.table.kind})`,
      { page: cell.page, line: cell.line },
    ),
  );
}

/**
 * Every OCR'd figure gets its verdict: its cell's, else agreement with another printing of the
 * same metric; unconfirmed figures lose their metric, and each table (and the text) holding some
 * gets one warning.
 */
function settleFigures(doc: CheckInput, verdicts: Map<string, OcrTrust>): void {
  const verdictOf = (f: FigureRecord): OcrTrust => (f.source === "table" && f.tableIndex !== null ? (verdicts.get(`${f.tableIndex}:${f.row}:${f.col}`) ?? "unconfirmed") : "unconfirmed");
  for (const f of doc.figures) if (f.ocr) f.ocr.trust = verdictOf(f);
  // The text's “三公” = its items, 公务用车 = 购置 + 运行 (three-public-sum), where they hold, and
  // A total the text breaks down in a numbered list whose items add up to it exactly.
  for (const i of [...threePublicTextHolds(doc), ...textListHolds(doc)]) {
    const f = doc.figures[i]!;
    if (f.ocr?.trust === "unconfirmed") f.ocr.trust = "confirmed";
  }
  const byMetric = new Map<string, FigureRecord[]>();
  for (const f of doc.figures) if (f.metric !== null && f.amountFen !== null) (byMetric.get(f.metric) ?? byMetric.set(f.metric, []).get(f.metric)!).push(f);
  // An amount of four digits or more printed again elsewhere and trusted there (an identity holds
  // over it, or a text layer printed it): a misread digit seldom lands on another printed amount.
  // Two unconfirmed readings agree only on one metric: OCR misreads one glyph the same way twice.
  const trusted = doc.figures.filter((g) => g.amountFen !== null && g.raw !== "" && g.ocr?.trust !== "unconfirmed");
  const agreed = doc.figures.filter(
    (f) =>
      f.ocr?.trust === "unconfirmed" &&
      f.metric !== null &&
      f.amountFen !== null &&
      ((byMetric.get(f.metric) ?? []).some((g) => g !== f && agree(f, g)) || (significantDigits(f.raw) >= AGREEING_DIGITS && trusted.some((g) => g !== f && agree(f, g)))),
  );
  for (const f of agreed) f.ocr!.trust = "confirmed";
  const lost = new Map<number | null, FigureRecord[]>();
  for (const f of doc.figures) {
    if (f.ocr?.trust !== "unconfirmed" || f.metric === null) continue;
    f.metric = null;
    (lost.get(f.tableIndex) ?? lost.set(f.tableIndex, []).get(f.tableIndex)!).push(f);
  }
  for (const x of doc.lineItems) {
    if (!x.ocr) continue;
    const cell = doc.tables[x.tableIndex]?.cells.find((c) => c.row === x.row && c.header === x.column && c.amountFen === x.amountFen);
    x.ocr.trust = (cell && verdicts.get(`${x.tableIndex}:${x.row}:${cell.col}`)) ?? "unconfirmed";
  }
  doc.tables.forEach((t, tableIndex) => {
    const amounts = doc.figures.filter((f) => f.tableIndex === tableIndex && f.source === "table" && f.ocr && f.amountFen !== null);
    const unconfirmed = amounts.filter((f) => f.ocr!.trust === "unconfirmed");
    if (!unconfirmed.length) return;
    const metrics = lost.get(tableIndex)?.length ?? 0;
    doc.diagnostics.push(
      diagnostic(
        "warning",
        "ocr-unconfirmed",
        `${t.title ?? t.kind}: ${unconfirmed.length} of ${amounts.length} amounts read by OCR are not confirmed by the table's sums${metrics ? `; ${metrics} stored without their metric` : ""}`,
        { page: unconfirmed[0]!.page, line: unconfirmed[0]!.line },
      ),
    );
  });
  const text = lost.get(null) ?? [];
  if (text.length) {
    doc.diagnostics.push(
      diagnostic("warning", "ocr-unconfirmed", `${text.length} amounts read by OCR in the text agree with no table or other statement: stored without their metric`, { page: text[0]!.page, line: text[0]!.line }),
    );
  }
}

/** How many digits an amount printed with to be confirmed by any trusted amount equal to it. */
const AGREEING_DIGITS = 4;

/** "1,234.56万元" → 6; "0.50" → 2; "3.8" → 2. */
function significantDigits(raw: string): number {
  return (/\d[\d,，.．]*/.exec(raw)?.[0] ?? "").replace(/\D/g, "").replace(/^0+/, "").length;
}

/**
 * Another printing `g` confirms `f` when it prints at least as many digits and reads the same to
 * f's precision (411.20 in a table confirms the text's 411.2, not the other way round: the table's
 * last digit is not in the text). Not the checks' tolerance of a last digit either way: a misread
 * last digit is what OCR does.
 */
function agree(f: FigureRecord, g: FigureRecord): boolean {
  // A blank cell OCR read may be a number it missed: it agrees only with a zero that is printed.
  if (f.raw === "" || g.raw === "") return f.amountFen === g.amountFen && (f.raw !== "" || g.raw !== "");
  const own = printedUnitFen(f.raw, f.unit);
  return printedUnitFen(g.raw, g.unit) <= own && 2 * Math.abs(f.amountFen! - g.amountFen!) <= own;
}

/**
 * How a check's flag reads when it rests on OCR'd figures: an `error` becomes a `warning` about an
 * unconfirmed reading (a misread digit is not the document's mistake). One rule for every check,
 * applied where the flags are gathered (checks/index.ts).
 */
export function ocrSeverity(doc: CheckInput, flag: FlagRecord): FlagRecord {
  if (flag.severity !== "error" || !restsOnOcr(doc, flag)) return flag;
  return { ...flag, severity: "warning", message: `unconfirmed OCR reading: ${flag.message}` };
}

function restsOnOcr(doc: CheckInput, flag: FlagRecord): boolean {
  const figures = flag.figures ?? [];
  if (figures.some((i) => doc.figures[i]?.ocr)) return true;
  if (figures.length) return false;
  // A flag that cites no figure rests on OCR when the document holds any OCR'd content on its page.
  const page = flag.place?.page;
  return doc.figures.some((f) => f.ocr && (page === undefined || f.page === page)) || doc.tables.some((t) => t.ocr && (page === undefined || (t.pageFirst <= page && page <= t.pageLast)));
}
