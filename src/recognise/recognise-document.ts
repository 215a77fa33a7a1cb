import { annotateTables } from "./annotate-tables.js";
import type { ExtractedDocument, TableBlock, TextBlock } from "../model/document.js";
import type { DocumentRecords, FigureRecord, LineItemRecord, SectionRecord, TableRecord } from "../model/records.js";
import { recogniseHeadings } from "./headings.js";
import { recogniseMetadata, type DocumentMeta } from "./metadata.js";
import { departmentNames, GENERIC_LABEL, labelCore, narrowsScope, phraseMetric, scopedTextMetric } from "./metrics.js";
import { findTableTitle, ocrReading, recogniseTable, type TableGuess, type TableHeading } from "./table-records.js";
import { departmentRowGuess, scopeGuess, tableGuesses, widerGuess } from "./guesses.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { dropMisreadTableMetrics, tableMetric } from "./table-metric.js";
import { findTextFigures } from "./text-figures.js";
import { findTocBlocks, tocTitles } from "./toc.js";
import { readMarker } from "./heading-marker.js";
import { metricEntry, METRICS, UNIT_SECTION_TITLE } from "../domain/metrics.js";
import { STATING_CELLS } from "../domain/table-kinds.js";
import { matchKey } from "../normalise/text.js";

/** The records, the identity, and what recognise guessed rather than read (info diagnostics). */
export type Recognised = Omit<DocumentRecords, "document" | "flags"> & { meta: DocumentMeta };

/** Blocks → sections, tables, cells, line items and figures with metrics (no I/O, no checks). */
export function recogniseDocument(doc: ExtractedDocument, path: string): Recognised {
  const blocks = doc.blocks;
  // Every format's tables get their unit, title and empty-note from the lines around them, once.
  annotateTables(blocks);
  const layout = readLayout(doc, path);
  const { meta, skip } = layout;
  const { sections, sectionOfBlock, headingBlocks } = recogniseHeadings(blocks, skip, tocTitles(blocks, layout.toc));
  const tables: TableRecord[] = [];
  const figures: FigureRecord[] = [];
  const lineItems: LineItemRecord[] = [];
  const guessed: Array<{ table: TableRecord; guessed: TableGuess[] }> = [];
  const text: TextContext = { meta, sections, sectionHasMoney: new Set<number>(), scopedBefore: new Set<FigureRecord>(), inUnit: unitSections(sections) };
  blocks.forEach((block, i) => {
    const sectionIndex = sectionOfBlock[i] ?? null;
    if (block.type === "table") {
      const result = recogniseTable(block as TableBlock, {
        tableIndex: tables.length,
        sectionIndex,
        docKind: meta.docKind,
        fiscalYear: meta.fiscalYear,
        heading: layout.tableHeadings.get(i)!,
        sectionTitle: sectionIndex === null ? undefined : sections[sectionIndex]?.title,
      });
      tables.push(result.table);
      if (result.guessed.length) guessed.push(result);
      for (const f of result.figures) figures.push(f); // no spread: a huge table would overflow the stack
      for (const x of result.lineItems) lineItems.push(x);
      return;
    }
    // A heading names a section, it does not state its amounts (a wrapped title's second line included).
    if ((skip.has(i) && !meta.titleBlocks.includes(i)) || headingBlocks.has(i)) return;
    for (const f of textBlockFigures(block, sectionIndex, text)) figures.push(f); // a 20 MB line has ~10⁶ figures: no spread
  });
  const departmentRow = readDepartmentRows(figures, tables, meta);
  dropAmbiguousTableMetrics(figures);
  dropMisreadTableMetrics(figures);
  dropTextPartsOfNarrowerScope(figures, text.scopedBefore);
  const scope = settleGeneralBudgetScope(figures);
  const wider = addWiderMetrics(figures);
  // A month's (or months') report states no figure for the whole year.
  if (meta.partYear) for (const f of figures) f.metric = null;
  const inferred = meta.partYear ? [] : [departmentRow, scope, wider].filter((d): d is Diagnostic => d !== undefined);
  const diagnostics = [...(meta.diagnostics ?? []), ...tableGuesses(guessed), ...inferred];
  return { meta, sections, tables, figures, lineItems, diagnostics };
}

interface Layout {
  meta: DocumentMeta;
  toc: Set<number>;
  /** Blocks that are not body text: the 目录, the cover and title, tables' title and 单位 lines. */
  skip: Set<number>;
  tableHeadings: Map<number, TableHeading>;
}

/** The parts of a document that frame its body: 目录, cover, title and identity, tables' headings. */
function readLayout(doc: ExtractedDocument, path: string): Layout {
  const blocks = doc.blocks;
  const toc = findTocBlocks(blocks);
  const skip = new Set(toc);
  const cover = findCover(blocks, toc);
  // Web pages declare their title (an archived page's 标题, <title>); a PDF's Info title is often
  // a leftover ("三、支出预算情况说明") and is only a last resort.
  const declaresTitle = doc.format === "txt" || doc.format === "html";
  const meta = recogniseMetadata(blocks, path, doc.metaTitle, cover, declaresTitle);
  for (const i of [...meta.titleBlocks, ...cover]) skip.add(i);
  const tableHeadings = new Map<number, TableHeading>();
  blocks.forEach((block, i) => {
    if (block.type !== "table") return;
    const start = Math.max(0, i - 4);
    const heading = findTableTitle(blocks.slice(start, i), block.caption);
    heading.titleBlocks.forEach((k) => skip.add(start + k));
    tableHeadings.set(i, heading);
  });
  return { meta, toc, skip, tableHeadings };
}

interface TextContext {
  meta: DocumentMeta;
  sections: SectionRecord[];
  /** Sections whose text has already stated an amount. */
  sectionHasMoney: Set<number>;
  /** Sections about one of the department's units (and their subsections): no department metric. */
  inUnit: Set<number>;
  /** Text figures in a 其中 clause whose sentence before narrows the scope (一般公共预算…). */
  scopedBefore: Set<FigureRecord>;
}

/** The quantities of one text block, each with the metric its wording states. */
function textBlockFigures(block: TextBlock, sectionIndex: number | null, { meta, sections, sectionHasMoney, scopedBefore, inUnit }: TextContext): FigureRecord[] {
  return findTextFigures(block.text).map((f) => {
    const scoped = f.amountFen === null ? null : scopedTextMetric(f.label, meta.fiscalYear, meta.department, f.clauseBefore);
    let metric = scoped?.metric ?? null;
    // "（一）公务接待费" / "2016年预算安排2.7万元": a bare amount that opens a section whose title
    // names the quantity states that quantity.
    if (metric === null && f.amountFen !== null && sectionIndex !== null && !sectionHasMoney.has(sectionIndex) && GENERIC_LABEL.test(labelCore(f.label, meta.fiscalYear, meta.department))) {
      metric = phraseMetric(sections[sectionIndex]!.title);
    }
    // "1.因公出国（境）费用。2026年预算数36.14万元": the run-in title names what the bare amount is.
    if (metric === null && f.amountFen !== null && f.runIn !== "" && GENERIC_LABEL.test(labelCore(f.label, meta.fiscalYear, meta.department)) && onlyYear(f.label, meta.fiscalYear)) {
      metric = phraseMetric(f.runIn);
    }
    if (f.amountFen !== null && sectionIndex !== null) sectionHasMoney.add(sectionIndex);
    if (sectionIndex !== null && inUnit.has(sectionIndex)) metric = null;
    const record: FigureRecord = {
      sectionIndex,
      tableIndex: null,
      metric,
      // The 一般公共预算 part of a sentence's spending (其中基本支出…); other sentences' scope is not read yet.
      scope: scoped?.scope ?? null,
      label: f.label,
      raw: f.raw,
      unit: f.unit,
      amountFen: f.amountFen,
      percent: f.percent,
      count: f.count,
      page: block.page,
      line: block.line,
      source: "text" as const,
      row: null,
      col: null,
      after: f.after,
      context: f.context,
      ...(block.ocr && { ocr: ocrReading(block.ocr) }),
    };
    // "四、财政拨款收入支出决算总体情况说明" / "本年支出合计…，其中：基本支出…": the section's subject is
    // the sentence's, as a sentence before naming it would be.
    if (metric !== null && record.scope === null && (narrowsScope(metric, f.sentenceBefore) || (sectionIndex !== null && sectionNarrows(metric, sectionIndex, sections)))) scopedBefore.add(record);
    return record;
  });
}

/**
 * Whether a section (or a parent) is titled by a narrower subject than the department's funds
 * ("财政拨款收入支出决算总体情况说明"). Not for 人员经费 / 公用经费: the national templates state them
 * only for the 一般公共预算 basic spending, and the dev keys read them so.
 */
function sectionNarrows(metric: string, sectionIndex: number, sections: SectionRecord[]): boolean {
  if (metric === "expenditure_personnel" || metric === "expenditure_public") return false;
  const titles: string[] = [];
  for (let i: number | null = sectionIndex; i !== null; i = sections[i]?.parentIndex ?? null) titles.push(sections[i]?.title ?? "");
  return narrowsScope(metric, titles.join("，"));
}

/** Whether every year a label names is the document's ("2026年预算数", not "2025年预算数"). */
function onlyYear(label: string, fiscalYear: number | null): boolean {
  return [...label.matchAll(/(?:19|20)\d{2}/g)].every((y) => Number(y[0]) === fiscalYear);
}

/**
 * The sections that go through the department's units one by one — sibling sections titled by
 * bodies' names (UNIT_SECTION_TITLE), at least two under one parent — with their subsections.
 */
function unitSections(sections: SectionRecord[]): Set<number> {
  const bodies = new Map<number | null, number[]>();
  sections.forEach((s, i) => {
    if (UNIT_SECTION_TITLE.pattern.test(matchKey(s.title))) bodies.set(s.parentIndex, [...(bodies.get(s.parentIndex) ?? []), i]);
  });
  const units = new Set<number>();
  for (const group of bodies.values()) if (group.length >= 2) for (const i of group) units.add(i);
  // Sections come in document order, so a parent is decided before its children.
  sections.forEach((s, i) => {
    if (s.parentIndex !== null && units.has(s.parentIndex)) units.add(i);
  });
  return units;
}

/**
 * The cover: unnumbered text before the 目录, or, without a 目录, the large lines that open a
 * multi-page document. It holds the title and the department, never a section.
 */
function findCover(blocks: ExtractedDocument["blocks"], toc: Set<number>): number[] {
  const tocStart = toc.size ? Math.min(...toc) : Infinity;
  if (Number.isFinite(tocStart) && tocStart <= 40) {
    return blocks.slice(0, tocStart).flatMap((b, i) => (b.type === "text" && !readMarker(b.text) ? [i] : []));
  }
  const cover: number[] = [];
  for (let i = 0; i < blocks.length && i < 6; i++) {
    const b = blocks[i]!;
    if (b.type !== "text" || b.page !== 1 || (b.style?.relativeSize ?? 1) < 1.2 || readMarker(b.text)) break;
    cover.push(i);
  }
  return cover;
}

/**
 * "预算单位 | 支出总计 | 基本支出 | 项目支出" with the department's own row first and no 合计 row
 * (深圳 收入总表 / 支出总表): the row named by the department is its total. Only where no total row
 * was read, and never in a table of one part (基本支出总表: its 总计 is not the department's spending).
 */
function readDepartmentRows(figures: FigureRecord[], tables: TableRecord[], meta: DocumentMeta): Diagnostic | undefined {
  if (!meta.department) return undefined;
  let first: FigureRecord | undefined;
  const names = new Set(departmentNames(meta.department));
  const byTable = new Map<number, FigureRecord[]>();
  for (const f of figures) if (f.source === "table" && f.tableIndex !== null) byTable.set(f.tableIndex, [...(byTable.get(f.tableIndex) ?? []), f]);
  for (const [index, group] of byTable) {
    const table = tables[index];
    if (!table || (table.kind !== "revenue_summary" && table.kind !== "expenditure_summary")) continue;
    if (STATING_CELLS.spendingParts.test(matchKey(table.title ?? "")) || group.some((f) => f.metric !== null)) continue;
    const headers = new Map(table.cells.map((c) => [`${c.row}|${c.col}`, c.header]));
    for (const f of group) {
      const header = headers.get(`${f.row}|${f.col}`);
      const row = header === undefined ? "" : f.label.slice(0, f.label.length - header.length - 3);
      if (!header || f.label !== `${row} / ${header}` || !names.has(matchKey(row))) continue;
      f.metric = tableMetric({ kind: table.kind, title: table.title, docKind: meta.docKind, fiscalYear: meta.fiscalYear, rowLabels: ["合计"], header, firstAmountColumn: false });
      if (f.metric) first ??= f;
    }
  }
  return first && departmentRowGuess(first);
}

/**
 * One table row that gives the same metric two different amounts has been misread (a header
 * path not split, a column shifted): keep neither — a missing value is better than a wrong one.
 */
function dropAmbiguousTableMetrics(figures: FigureRecord[]): void {
  const groups = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (f.source !== "table" || f.metric === null) continue;
    const key = `${f.tableIndex}|${f.row}|${f.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    if (new Set(group.map((f) => f.amountFen)).size > 1) for (const f of group) f.metric = null;
  }
}

/**
 * "一般公共预算财政拨款支出18,417.70万元。其中：基本支出9,018.47万元，…项目支出9,399.23万元": the
 * 其中 lists the parts of a narrower scope than the department's. Where a table states the metric
 * for the department with another amount, the text's part is not the department's: keep the table's.
 * (Where no table states it, the sentence may be the department's only word on it, and its scope
 * is often the whole of its funds: it stays.)
 */
function dropTextPartsOfNarrowerScope(figures: FigureRecord[], scopedBefore: Set<FigureRecord>): void {
  if (scopedBefore.size === 0) return;
  const stated = new Map<string, Set<number | null>>();
  for (const f of figures) {
    if (f.source !== "table" || f.metric === null || narrower(f)) continue;
    stated.set(f.metric, (stated.get(f.metric) ?? new Set()).add(f.amountFen));
  }
  for (const f of scopedBefore) {
    const amounts = f.metric === null ? undefined : stated.get(f.metric);
    if (amounts && !amounts.has(f.amountFen)) f.metric = null;
  }
}

/** A figure of 一般公共预算 money (its table's or its sentence's scope) stating a metric of all the department's funds: it waits for settleGeneralBudgetScope. */
const narrower = (f: FigureRecord) => f.scope === "general_budget" && f.metric !== null && metricEntry(f.metric)?.scope === "all";

/**
 * "本部门固定资产金额2,995.16万元" with no 资产总额 printed: the 固定资产 figure is the assets total
 * too (domain/metrics.ts `alsoStates`), recorded once more under that metric.
 */
function addWiderMetrics(figures: FigureRecord[]): Diagnostic | undefined {
  const added: FigureRecord[] = [];
  for (const entry of METRICS) {
    if (!("alsoStates" in entry)) continue;
    const wider = entry.alsoStates;
    if (figures.some((f) => f.metric === wider)) continue;
    const stated = figures.filter((f) => f.metric === entry.id);
    for (const f of stated) figures.push({ ...f, metric: wider });
    for (const f of stated) added.push({ ...f, metric: wider });
  }
  return added.length ? widerGuess(added) : undefined;
}

/**
 * 一般公共预算 figures stand for the department (人员经费 of the basic table) only when the
 * department's revenue is all 一般公共预算 (revenue_general_budget = revenue_total, printed), or
 * its basic spending is (人员经费 + 公用经费 = the all-funds 基本支出). A sentence's 一般公共预算 part
 * ("一般公共预算拨款支出…，其中基本支出…") is the department's when every revenue total printed is
 * 一般公共预算 and no table states the department's figure otherwise. Which figures wait for this is
 * their scope (FigureRecord.scope `general_budget`, a table's or a sentence's) against their
 * metric's (domain/metrics.ts `all`).
 */
function settleGeneralBudgetScope(figures: FigureRecord[]): Diagnostic | undefined {
  const amounts = (metric: string, general = false) => new Set(figures.filter((f) => f.metric === metric && narrower(f) === general).map((f) => f.amountFen));
  const total = amounts("revenue_total");
  const general = amounts("revenue_general_budget");
  const sameScope = [...total].some((t) => general.has(t));
  // "基本支出 9,018.47" in the all-funds table, 人员经费 7,180.92 + 公用经费 1,837.55 in the
  // 一般公共预算 basic table: all the basic spending is 一般公共预算, so its parts are the department's.
  const personnel = amounts("expenditure_personnel", true);
  const publicUse = amounts("expenditure_public", true);
  const basic = amounts("expenditure_basic");
  const basicAllGeneral = [...personnel].some((p) => [...publicUse].some((q) => p !== null && q !== null && basic.has(p + q)));
  // A sentence's 一般公共预算 part (其中基本支出…) needs every printed revenue total to be 一般公共预算.
  const allGeneral = total.size > 0 && [...total].every((t) => general.has(t));
  const waiting = figures.filter(narrower);
  for (const f of waiting) if (f.source === "table" && !(sameScope || basicAllGeneral)) f.metric = null;
  for (const f of waiting) {
    if (f.source !== "text") continue;
    // …and no table stating the department's figure otherwise.
    const settled = allGeneral && !figures.some((t) => t.source === "table" && t.metric === f.metric && t.amountFen !== f.amountFen);
    if (!settled) f.metric = null;
  }
  const first = waiting.find((f) => f.metric !== null);
  return first && scopeGuess(first, first.source === "text" || sameScope ? "revenue" : "basic");
}
