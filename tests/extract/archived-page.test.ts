import { describe, expect, it } from "vitest";
import { readFlattenedTable } from "../../src/extract/text/read-flattened-table.js";
import { readLabelValueTable } from "../../src/extract/text/read-label-value-table.js";

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
  it("is read back as label and amount rows, blank amounts kept blank", () => {
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

describe("an archived page whose first heading follows a colon", () => {
  it("puts 一、 back on a line of its own", async () => {
    const { readArchivedPage } = await import("../../src/extract/text/read-archived-page.js");
    const page = readArchivedPage(["标题: 2015年度某局决算说明", "==================== 正文 ====================", "现将决算情况说明如下:一、部门主要职责 负责全区工作。"])!;
    expect(page.blocks.map((b) => (b.type === "text" ? b.text : ""))).toEqual(["现将决算情况说明如下:", "一、部门主要职责", "负责全区工作。"]);
  });
});
