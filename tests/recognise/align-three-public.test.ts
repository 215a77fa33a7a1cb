import { describe, expect, it } from "vitest";
import { alignThreePublic } from "../../src/recognise/align-three-public.js";
import { readFlattenedTable } from "../../src/extract/text/read-flattened-table.js";

const wan = (x: number) => Math.round(x * 1_000_000);

describe("a 三公 row printed without its blank cells", () => {
  it("is placed over its columns by the table's arithmetic, where only one placement fits", () => {
    // 合计 4.90 = 出国 (blank) + 用车 3.19 + 接待 1.71; 用车 3.19 = 购置 or 运行 (cannot tell which).
    expect(alignThreePublic([4.9, 3.19, 3.19, 1.71].map(wan), 10_000)).toEqual([
      "three_public_total",
      "three_public_vehicle",
      null,
      "three_public_reception",
    ]);
  });
  it("places a complete row column by column", () => {
    expect(alignThreePublic([10, 2, 5, 1, 4, 3].map(wan), 10_000)).toEqual([
      "three_public_total", "three_public_overseas", "three_public_vehicle", "three_public_vehicle_purchase", "three_public_vehicle_operation", "three_public_reception",
    ]);
  });
  it("places nothing when no placement adds up", () => {
    expect(alignThreePublic([9, 1, 1].map(wan), 10_000)).toEqual([null, null, null]);
  });
});

describe("a table an archiver flattened into one line", () => {
  it("is read back as rows of code, name and numbers, with the words before and after kept", () => {
    const line = "部门（单位）：某局 项 目 合计 因公出国（境）费 公务接待费 类款项 合计 4.90 3.19 1.71 213 农林水支出 4.89 3.19 1.70 来自附件";
    const t = readFlattenedTable(line, { page: 1, line: 10 }, "2014年“三公”经费支出决算表")!;
    expect(t.before.trim()).toBe("部门（单位）：某局");
    expect(t.table.caption).toBe("2014年“三公”经费支出决算表");
    expect(t.table.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ["", "合计", "4.90", "3.19", "1.71"],
      ["213", "农林水支出", "4.89", "3.19", "1.70"],
    ]);
    expect(t.after).toBe("来自附件");
  });
});

describe("a 项目 | 金额 table flattened with no space between label and amount", () => {
  it("is read back as label and amount rows, blank amounts kept blank", async () => {
    const { readLabelValueTable } = await import("../../src/extract/text/read-label-value-table.js");
    const t = readLabelValueTable("2014年收入支出决算批复表 单位：万元项 目金 额备注年初结转和结余161.90 本年收入合计3,804.70 1.公共预算财政拨款收入1,511.71 2.政府性基金预算财政拨款收入 收入总计3,966.59 来源", { page: 1, line: 10 })!;
    expect(t.table.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ["年初结转和结余", "161.90"],
      ["本年收入合计", "3,804.70"],
      ["1.公共预算财政拨款收入", "1,511.71"],
      ["2.政府性基金预算财政拨款收入", ""],
      ["收入总计", "3,966.59"],
      ["来源", ""],
    ]);
  });
});
