import { describe, expect, it } from "vitest";
import type { Block, TableBlock } from "../../src/model/document.js";
import { annotateTables } from "../../src/recognise/annotate-tables.js";

const text = (t: string, line: number): Block => ({ type: "text", text: t, page: 1, line });
const table = (line: number, rows: string[][], extra: Partial<TableBlock> = {}): TableBlock => ({
  type: "table", page: 1, line, pageLast: 1, rows: rows.map((r) => r.map((c) => ({ text: c, page: 1, line }))), ...extra,
});

describe("a table's title, unit and empty-note, read the same for every format", () => {
  it("takes them from the lines around a table an HTML or Word extractor gives bare", () => {
    const fund = table(4, [["科目编码", "科目名称", "合计"], ["", "", ""]]);
    const blocks = [text("示例县教育局2025年政府性基金预算支出表", 1), text("单 位：万 元", 2), fund, text("注：本部门2025年无政府性基金预算拨款安排的支出，此表为空表。", 5)];
    annotateTables(blocks);
    expect(fund).toMatchObject({ caption: "示例县教育局2025年政府性基金预算支出表", unit: "万元", emptyNote: "注：本部门2025年无政府性基金预算拨款安排的支出，此表为空表。" });
  });

  it("keeps what the extractor knew for certain (a sheet's unit, a <caption>)", () => {
    const sheet = table(3, [["项目", "金额"], ["合计", "1.00"]], { caption: "收支总表", unit: "元" });
    annotateTables([text("另一个标题表", 1), text("单位：万元", 2), sheet]);
    expect(sheet).toMatchObject({ caption: "收支总表", unit: "元" });
    expect(sheet.emptyNote).toBeUndefined();
  });

  it("reads a unit printed inside the table's first rows, and takes no title across another table", () => {
    const first = table(1, [["单位：元"], ["项目", "金额"]]);
    const second = table(3, [["项目", "金额"]]);
    annotateTables([first, text("说明文字", 2), second]);
    expect(first.unit).toBe("元");
    expect(second.caption).toBeUndefined();
  });
});
