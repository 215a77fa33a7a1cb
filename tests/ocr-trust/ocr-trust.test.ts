import { describe, expect, it } from "vitest";
import { trustOcrReadings } from "../../src/checks/ocr-trust.js";
import { ENGINE, metrics, ocrDocument, run, spendingTable, type OcrTable } from "./build.js";

/**
 * Numbers read by OCR are trusted only where the document's own arithmetic confirms them (issue 13).
 * The documents are synthetic: a 支出总表 whose 合计 row and 合计 column check each other, marked as
 * read by OCR, with one digit misread where a test says so.
 */
const diagnosticsOf = (records: ReturnType<typeof run>, rule: string) => records.diagnostics.filter((d) => d.ruleId === rule);

describe("OCR'd tables the arithmetic confirms", () => {
  it("yield their metrics, marked confirmed with the engine and its confidence", () => {
    const records = run(ocrDocument({ tables: [spendingTable()] }));
    expect(metrics(records)).toEqual({ expenditure_total: 1234.56, expenditure_basic: 834.56, expenditure_project: 400 });
    const total = records.figures.find((f) => f.metric === "expenditure_total")!;
    expect(total.ocr).toEqual({ engine: ENGINE, confidence: 0.93, trust: "confirmed" });
    expect(records.lineItems.every((x) => x.ocr?.trust === "confirmed")).toBe(true);
    expect(records.diagnostics).toEqual([]);
    expect(records.flags).toEqual([]);
  });

  it("give the same metrics as the same document read from a text layer", () => {
    const born = run(ocrDocument({ tables: [{ ...spendingTable(), born: true }], bornText: true }));
    expect(metrics(run(ocrDocument({ tables: [spendingTable()] })))).toEqual(metrics(born));
  });
});

describe("a misread digit no reading repairs", () => {
  // 734.56 read as 934.56: 9 is not a digit print confuses with 7, and the engine was sure of it.
  const records = run(ocrDocument({ tables: [spendingTable("934.56")] }));

  it("leaves the amounts its failing sums touch without a metric", () => {
    expect(metrics(records)).toEqual({ expenditure_total: 1234.56, expenditure_project: 400 });
    const basic = records.figures.find((f) => f.label.includes("合计 / 基本支出"))!;
    expect(basic).toMatchObject({ metric: null, amountFen: 834_560_000, ocr: { trust: "unconfirmed" } });
  });

  it("says so in one warning for the table", () => {
    const warnings = diagnosticsOf(records, "ocr-unconfirmed");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", place: { page: 2 } });
    expect(warnings[0]!.message).toContain("2024年部门支出总表");
  });

  it("turns every error of the checks into a warning about an unconfirmed reading", () => {
    expect(records.flags.length).toBeGreaterThan(0);
    expect(records.flags.filter((f) => f.severity === "error")).toEqual([]);
    const contradiction = records.flags.find((f) => f.message.startsWith("unconfirmed OCR reading: "));
    expect(contradiction).toMatchObject({ ruleId: "table-totals", severity: "warning" });
  });

  it("raises the same error when the table was read from a text layer", () => {
    const born = run(ocrDocument({ tables: [{ ...spendingTable("934.56"), born: true }], bornText: true }));
    expect(born.flags.some((f) => f.ruleId === "table-totals" && f.severity === "error")).toBe(true);
  });
});

describe("repairs", () => {
  it("repair a digit the engine marked uncertain when exactly one reading makes the sums hold, and record it", () => {
    // "934.56" with its first character uncertain: only 7 makes 合计 = Σ 类 and 合计 = 基本 + 项目 hold.
    const records = run(ocrDocument({ tables: [spendingTable("934.56", { "2:3": [0] })] }));
    const cell = records.figures.find((f) => f.row === 2 && f.col === 3)!;
    expect(cell).toMatchObject({ raw: "934.56", amountFen: 734_560_000, ocr: { trust: "repaired" } });
    expect(metrics(records)).toEqual({ expenditure_total: 1234.56, expenditure_basic: 834.56, expenditure_project: 400 });
    const [repair] = diagnosticsOf(records, "ocr-repair");
    expect(repair).toMatchObject({ place: { page: 2, line: 5 } });
    expect(repair!.message).toContain("“934.56”");
    expect(repair!.message).toContain("734.56");
    expect(records.tables[0]!.cells.find((c) => c.row === 2 && c.col === 3)).toMatchObject({ text: "934.56", amountFen: 734_560_000 });
    expect(records.lineItems.find((x) => x.row === 2 && x.column === "基本支出")?.amountFen).toBe(734_560_000);
    expect(records.flags.filter((f) => f.ruleId === "table-totals")).toEqual([]);
  });

  it("repair a digit print confuses (3 read as 8) when its row and its column both confirm the reading", () => {
    const records = run(ocrDocument({ tables: [spendingTable("784.56")] }));
    expect(records.figures.find((f) => f.row === 2 && f.col === 3)).toMatchObject({ raw: "784.56", amountFen: 734_560_000, ocr: { trust: "repaired" } });
    expect(diagnosticsOf(records, "ocr-repair")).toHaveLength(1);
  });

  it("repair a lost decimal point", () => {
    const records = run(ocrDocument({ tables: [spendingTable("73456")] }));
    expect(records.figures.find((f) => f.row === 2 && f.col === 3)).toMatchObject({ raw: "73456", amountFen: 734_560_000, ocr: { trust: "repaired" } });
  });

  it("do not repair when two readings would make the sum hold", () => {
    // One amount column: 合计 = 201 + 208 is the only identity; 201's 7 and 208's 4 are both
    // uncertain, and reading either as 3 or 0 makes the sum hold.
    const table: OcrTable = {
      title: "2024年部门支出总表",
      uncertain: { "2:2": [3], "3:2": [1] },
      rows: [
        ["科目编码", "科目名称", "合计"],
        ["", "合计", "1,274.56"],
        ["201", "一般公共服务支出", "1,074.56"],
        ["208", "社会保障和就业支出", "240.00"],
      ],
    };
    const records = run(ocrDocument({ tables: [table] }));
    expect(diagnosticsOf(records, "ocr-repair")).toEqual([]);
    expect(records.figures.filter((f) => f.row === 2 || f.row === 3).map((f) => f.amountFen)).toEqual([1_074_560_000, 240_000_000]);
    expect(metrics(records)).toEqual({});
    expect(records.flags.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("do not guess a digit the engine was sure of from one identity alone", () => {
    const table: OcrTable = {
      title: "2024年部门支出总表",
      rows: [
        ["科目编码", "科目名称", "合计"],
        ["", "合计", "1,234.56"],
        ["201", "一般公共服务支出", "1,084.56"],
        ["208", "社会保障和就业支出", "200.00"],
      ],
    };
    const records = run(ocrDocument({ tables: [table] }));
    expect(diagnosticsOf(records, "ocr-repair")).toEqual([]);
    expect(metrics(records)).toEqual({});
  });
});

describe("OCR'd text", () => {
  it("keeps a metric a confirmed table figure agrees with", () => {
    const records = run(ocrDocument({ text: ["2024年支出预算1,234.56万元。"], tables: [spendingTable()] }));
    expect(records.figures.find((f) => f.source === "text")).toMatchObject({ metric: "expenditure_total", amountFen: 1_234_560_000, ocr: { trust: "confirmed" } });
  });

  it("states no metric that nothing else in the document confirms", () => {
    const born = run(ocrDocument({ text: ["2024年“三公”经费预算12.34万元。"], tables: [spendingTable()], bornText: true }));
    expect(metrics(born).three_public_total).toBe(12.34);
    const records = run(ocrDocument({ text: ["2024年“三公”经费预算12.34万元。"], tables: [spendingTable()] }));
    expect(records.figures.find((f) => f.source === "text" && f.amountFen === 12_340_000)).toMatchObject({ metric: null, ocr: { trust: "unconfirmed" } });
    expect(diagnosticsOf(records, "ocr-unconfirmed")).toHaveLength(1);
  });
});

describe("documents read from a text layer", () => {
  it("pass through the OCR trust unchanged", () => {
    const born = ocrDocument({ tables: [{ ...spendingTable("934.56"), born: true }], bornText: true });
    const records = run(born);
    expect(records.figures.some((f) => f.ocr)).toBe(false);
    const input = { ...records, flags: undefined };
    expect(trustOcrReadings(input)).toBe(input);
  });
});

describe("confirmation is exact", () => {
  it("does not take a misread last digit for rounding", () => {
    // 1,034.56 read as 1,034.58: within the checks' tolerance of one unit per term, not exact.
    const table: OcrTable = {
      title: "2024年部门支出总表",
      rows: [
        ["科目编码", "科目名称", "合计"],
        ["", "合计", "1,234.56"],
        ["201", "一般公共服务支出", "1,034.58"],
        ["208", "社会保障和就业支出", "200.00"],
      ],
    };
    const records = run(ocrDocument({ tables: [table] }));
    expect(metrics(records)).toEqual({});
    expect(records.figures.find((f) => f.raw === "1,234.56")?.ocr?.trust).toBe("unconfirmed");
  });
});

describe("OCR'd text confirmed by its own arithmetic or by printing an amount twice", () => {
  it("keeps the 三公 items of a text whose total is exactly their sum", () => {
    const text = ["2024年“三公”经费预算12.34万元，其中：因公出国（境）费2.00万元，公务用车购置及运行费8.00万元，公务接待费2.34万元。"];
    const records = run(ocrDocument({ text, tables: [spendingTable()] }));
    expect(metrics(records)).toMatchObject({ three_public_total: 12.34, three_public_overseas: 2, three_public_vehicle: 8, three_public_reception: 2.34 });
  });

  it("drops them when a misread digit breaks the sum", () => {
    const text = ["2024年“三公”经费预算12.34万元，其中：因公出国（境）费2.00万元，公务用车购置及运行费6.00万元，公务接待费2.34万元。"];
    const records = run(ocrDocument({ text, tables: [spendingTable()] }));
    expect(Object.keys(metrics(records)).filter((m) => m.startsWith("three_public"))).toEqual([]);
  });

  it("keeps a total its paragraph breaks down exactly, and drops it when a misread breaks the sum", () => {
    const text = (project: string) => [`2024年支出预算228.50万元。其中，人员经费支出178.69万元，日常公用经费29.81万元，项目支出${project}万元（其中本级项目支出20万元）。`];
    expect(metrics(run(ocrDocument({ text: text("20"), tables: [] }))).expenditure_total).toBe(228.5);
    expect(metrics(run(ocrDocument({ text: text("26"), tables: [] }))).expenditure_total).toBeUndefined();
  });

  it("keeps a total whose numbered list adds up to it, zeros included", () => {
    const text = ["（一）收入预算总计5,678.90万元。包括：", "1．财政拨款收入预算总计5,678.90万元。", "（1）一般公共预算收入5,678.90万元。", "2．其他资金收入预算总计0万元。"];
    expect(metrics(run(ocrDocument({ text, tables: [] })))).toMatchObject({ revenue_total: 5678.9, revenue_other: 0 });
  });

  it("keeps an amount of four digits or more that an identity confirmed elsewhere, not one only another unconfirmed reading repeats", () => {
    const confirmed = run(ocrDocument({ text: ["2024年收入预算1,234.56万元。"], tables: [spendingTable()] }));
    expect(metrics(confirmed).revenue_total).toBe(1234.56);
    const repeated = run(ocrDocument({ text: ["2024年收入预算5,678.90万元。", "2024年支出预算5,678.90万元。"], tables: [] }));
    expect(metrics(repeated)).toEqual({});
  });
});
