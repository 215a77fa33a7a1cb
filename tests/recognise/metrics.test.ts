import { describe, expect, it } from "vitest";
import { textMetric } from "../../src/recognise/metrics.js";

describe("textMetric names the quantity a label states, or nothing", () => {
  it("reads the current year's totals and parts", () => {
    expect(textMetric("中共某局2020年预算收入总计", 2020, "中共某局")).toBe("revenue_total");
    expect(textMetric("（一）人员经费", 2020, null)).toBe("expenditure_personnel");
    expect(textMetric("2019年度政府采购支出预算总额", 2019, null)).toBe("procurement_total");
    expect(textMetric("财政专户拨款", 2016, null)).toBe("revenue_special_account");
  });
  it("gives no metric to changes, other years and narrower scopes", () => {
    expect(textMetric("与上年相比增加", 2020, null)).toBeNull();
    expect(textMetric("2019年公务接待费", 2020, null)).toBeNull();
    expect(textMetric("支出决算为", 2024, null, "一般公共预算财政拨款支出年初预算为10210.34万元，")).toBeNull();
    expect(textMetric("其中本级项目支出", 2020, null)).toBeNull();
  });
  it("reads 本年收入/本年支出 of a final account's overview sentence as the year's totals", () => {
    const opening = "2016年平潭县人民法院年初结转和结余100.56万元，";
    expect(textMetric("本年收入", 2016, "平潭县人民法院", opening)).toBe("revenue_total");
    expect(textMetric("本年支出", 2016, "平潭县人民法院", `${opening}本年收入2203.62万元，`)).toBe("expenditure_total");
    // the same sentence about one kind of money, and a bare 本年收入 elsewhere, state no total
    expect(textMetric("本年收入", 2016, null, "（一）一般公共预算财政拨款年初结转结余99.96万元，")).toBeNull();
    expect(textMetric("本年收入", 2016, null, "其中：")).toBeNull();
    expect(textMetric("本年收入", 2017, null, opening)).toBeNull();
  });
  it("restores the 公务用车 a list of items leaves out", () => {
    expect(textMetric("运行费", 2015, null, "（二）公务用车购置为0万元、")).toBe("three_public_vehicle_operation");
    expect(textMetric("运行费", 2015, null, "办公楼")).toBeNull();
  });
});
