import { describe, expect, it } from "vitest";
import { cite, diagnostic, formatMessage, localisePlaces, location, message, MessageSchema, placeAt, placeText, quotesIn } from "../../src/diagnostics/diagnostic.js";
import { flag } from "../../src/checks/check.js";
import { flagMessage } from "../../src/i18n/index.js";

describe("one message shape", () => {
  it("a check's flag carries its rule, severity, place, the values it quotes and the amounts it compared", () => {
    const f = flag("table-totals", "error", `合计 ${cite("110.00", { page: 3, line: 9 })} ≠ 50.00 + 50.00`, { page: 3, line: 9, figures: [4], expectedFen: 1_000_000, actualFen: 1_100_000 });
    expect(f).toEqual({
      ruleId: "table-totals",
      severity: "error",
      message: "合计 “110.00” (p.3 l.9) ≠ 50.00 + 50.00",
      place: { page: 3, line: 9 },
      printed: ["110.00"],
      expectedFen: 1_000_000,
      actualFen: 1_100_000,
      figures: [4],
    });
    expect(MessageSchema.parse(f)).toEqual(f);
  });

  it("an extractor's or recogniser's diagnostic is the same shape, without figures or amounts", () => {
    const d = diagnostic("warning", "pdf-no-text-layer", "page 2 has no text layer", { page: 2 });
    expect(d).toEqual({ ruleId: "pdf-no-text-layer", severity: "warning", message: "page 2 has no text layer", place: { page: 2 } });
    expect(MessageSchema.parse(d)).toEqual(d);
  });

  it("leaves out what a message does not have (no place, no amounts)", () => {
    expect(message("required-tables", "warning", "三公经费支出表 not found", { expectedFen: null, actualFen: null })).toEqual({ ruleId: "required-tables", severity: "warning", message: "三公经费支出表 not found" });
  });
});

describe("one place format", () => {
  it("writes a page and line, a page range, and in Chinese the documents' own way", () => {
    expect(placeText({ page: 8, line: 1 })).toBe("p.8 l.1");
    expect(placeText({ page: 8, pageLast: 9 })).toBe("p.8–9");
    expect(placeText({ page: 8, line: 1 }, "zh")).toBe("第8页第1行");
    expect(placeText({ page: 8, pageLast: 9 }, "zh")).toBe("第8–9页");
  });

  it("quotes a printed value with its place, and reads the quotes back", () => {
    const text = `行政运行${cite("10528.33万元", { page: 26, line: 5 })} in the text, but the table prints 行政运行 ${cite("4,545.94", { page: 16, line: 7 }, "一般公共预算支出预算表")}`;
    expect(text).toBe("行政运行“10528.33万元” (p.26 l.5) in the text, but the table prints 行政运行 “4,545.94” (p.16 l.7, 一般公共预算支出预算表)");
    expect(quotesIn(text)).toEqual([
      { raw: "10528.33万元", page: 26, line: 5 },
      { raw: "4,545.94", page: 16, line: 7 },
    ]);
  });

  it("renders the places of a message in Chinese, with or without a note", () => {
    // The closing bracket after a note is the sentence's, turned by flagMessage with the rest of its punctuation.
    expect(localisePlaces("“4,545.94” (p.16 l.7, 表名) and “5” (p.2 l.3)", "zh")).toBe("“4,545.94”（第16页第7行，表名) and “5”（第2页第3行）");
    expect(flagMessage("narrative-vs-table", "行政运行“10528.33万元” (p.26 l.5) in the text, but the table prints 行政运行 “4,545.94” (p.16 l.7, 表)", "zh")).toBe(
      "行政运行“10528.33万元”（第26页第5行）（正文），但表格印为 行政运行 “4,545.94”（第16页第7行，表）",
    );
  });

  it("names a spot in a file as path:page:line for the command line", () => {
    expect(location("a.pdf", { page: 3, line: 9 })).toBe("a.pdf:3:9");
    expect(location("a.pdf", placeAt(3, null))).toBe("a.pdf:3");
    expect(location("a.pdf", placeAt(null, null))).toBe("a.pdf");
    expect(formatMessage("a.pdf", diagnostic("info", "unit-assumed", "read in 万元", { page: 3, line: 9 }))).toBe("a.pdf:3:9  info  read in 万元  unit-assumed");
  });
});
