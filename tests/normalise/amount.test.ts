import { describe, expect, it } from "vitest";
import { formatWan, parseDecimal, parseMoney } from "../../src/normalise/amount.js";
import { findTextFigures } from "../../src/recognise/text-figures.js";

describe("parseMoney turns printed amounts into exact integer fen", () => {
  it("reads 万元 with two decimals exactly", () => {
    expect(parseMoney("228.50", "万元")).toBe(228_500_000);
    expect(parseMoney("27,664.22", "万元")).toBe(27_664_220_000);
  });
  it("reads each unit: 元, 千元, 亿元", () => {
    expect(parseMoney("91,016,775.35", "元")).toBe(9_101_677_535);
    expect(parseMoney("3", "千元")).toBe(300_000);
    expect(parseMoney("1.2", "亿元")).toBe(12_000_000_000);
  });
  it("reads full-width digits and separators", () => {
    expect(parseMoney("１２，３４５．６７", "元")).toBe(1_234_567);
  });
  it("keeps the sign of negative amounts", () => {
    expect(parseMoney("-1.5", "万元")).toBe(-1_500_000);
    expect(parseMoney("−3", "万元")).toBe(-3_000_000);
  });
  it("does not lose precision where a float would (0.1 + 0.2)", () => {
    expect(parseMoney("0.1", "万元")! + parseMoney("0.2", "万元")!).toBe(parseMoney("0.3", "万元"));
    expect(parseMoney("9101.677535", "万元")).toBe(9_101_677_535);
  });
  it("rounds sub-fen precision half away from zero", () => {
    expect(parseMoney("0.005", "元")).toBe(1);
    expect(parseMoney("0.004", "元")).toBe(0);
  });
  it("rejects text that is not one number", () => {
    expect(parseDecimal("12a")).toBeUndefined();
    expect(parseDecimal("1,23")).toBeUndefined();
    expect(parseDecimal("2024,2025")).toBeUndefined();
  });
  it("reads a number whose first grouping comma was left out (120258,600 is 120,258,600)", () => {
    expect(parseMoney("120258,600", "元")).toBe(12_025_860_000);
    expect(parseMoney("7880,000", "元")).toBe(788_000_000);
    expect(parseMoney("XX", "万元")).toBeUndefined();
  });
  it("formats fen back as 万元 for messages", () => {
    expect(formatWan(27_664_220_000)).toBe("27,664.22");
    expect(formatWan(2_700_000)).toBe("2.70");
  });
});

describe("findTextFigures finds every quantity with its unit and label", () => {
  it("reads money in 万元, 元, 亿元, 千元 with labels", () => {
    const figures = findTextFigures("预算收入总计228.50万元，其中：公务接待费12,345.67元；总额1.2亿元，备用3千元。");
    expect(figures.map((f) => [f.raw, f.unit, f.amountFen, f.label])).toEqual([
      ["228.50万元", "万元", 228_500_000, "预算收入总计"],
      ["12,345.67元", "元", 1_234_567, "公务接待费"],
      ["1.2亿元", "亿元", 12_000_000_000, "总额"],
      ["3千元", "千元", 300_000, "备用"],
    ]);
  });
  it("reads zero amounts and keeps brackets inside a label", () => {
    const [f] = findTextFigures("其中：因公出国（境）费0万元");
    expect(f).toMatchObject({ raw: "0万元", amountFen: 0, label: "因公出国（境）费" });
  });
  it("reads percentages with comparison signs, full-width or not", () => {
    const figures = findTextFigures("比例≥3%，完成率100％");
    expect(figures.map((f) => [f.raw, f.percent])).toEqual([["≥3%", 3], ["100％", 100]]);
  });
  it("reads counts and what they count", () => {
    const [f] = findTextFigures("对全区登记的289家事业单位法人进行监督检查");
    expect(f).toMatchObject({ raw: "289家", count: 289, unit: "家" });
    expect(f!.after).toContain("事业单位法人");
    expect(findTextFigures("购置1台")[0]).toMatchObject({ count: 1, unit: "台" });
  });
  it("does not take the number of a run-together list item for a count", () => {
    expect(findTextFigures("26全区危紧房改造建设测量经费：70万元 27个人住宅小区征收安置服务费：100万元").map((f) => f.raw)).toEqual(["70万元", "100万元"]);
  });
  it("does not take years or codes for quantities", () => {
    expect(findTextFigures("2020年部门预算")).toEqual([]);
    expect(findTextFigures("项目编码000-9999个")).toEqual([]);
  });
});

describe("amounts too large to hold exactly", () => {
  it("give no amount rather than an inexact one", () => {
    expect(parseMoney("1260582", "亿元")).toBeUndefined();
    expect(findTextFigures("国内生产总值1260582亿元")[0]?.amountFen).toBeNull();
  });
});

describe("万 without 元", () => {
  it("is an amount in 万元, but not when it counts people, households or area", () => {
    expect(findTextFigures("公务接待费用3.25万，").map((f) => [f.raw, f.unit, f.amountFen])).toEqual([["3.25万", "万元", 3_250_000]]);
    expect(findTextFigures("服务人口1.2万人，面积3万平方米，共2万户")).toEqual([]);
  });
});

describe("formatFen quotes an amount in its own unit", () => {
  it("prints 元, 万元 and 亿元 exactly, with at least two decimals where there are any", async () => {
    const { formatFen } = await import("../../src/normalise/amount.js");
    expect(formatFen(9_628_221_344, "元")).toBe("96,282,213.44");
    expect(formatFen(9_101_677_535, "万元")).toBe("9,101.677535");
    expect(formatFen(2_700_000)).toBe("2.70");
    expect(formatFen(-12_000_000_000, "亿元")).toBe("-1.20");
  });
});
