import { describe, expect, it } from "vitest";
import type { Block } from "../../src/model/document.js";
import { recogniseMetadata } from "../../src/recognise/metadata.js";

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ type: "text", text, page: 1, line: i + 1 }));

describe("document identity from the title and cover", () => {
  it("reads the department before or after the year, the year and the kind", () => {
    expect(recogniseMetadata(blocks("江苏省财政厅2019年部门预算公开", "一、部门职责"), "a.pdf")).toMatchObject({ department: "江苏省财政厅", fiscalYear: 2019, docKind: "budget", scope: "department" });
    expect(recogniseMetadata(blocks("2018年度中共江苏省委宣传部部门预算", "一、部门职责"), "a.pdf")).toMatchObject({ department: "中共江苏省委宣传部", fiscalYear: 2018 });
    expect(recogniseMetadata(blocks("上海市普陀区财政局2024年度部门决算"), "a.pdf")).toMatchObject({ fiscalYear: 2024, docKind: "final_account" });
  });
  it("takes the department from a labelled line when the title names only the region", () => {
    const m = recogniseMetadata(blocks("上海市普陀区2026年区级单位预算", "预算单位：上海市普陀区司法局"), "a.pdf");
    expect(m).toMatchObject({ department: "上海市普陀区司法局", fiscalYear: 2026, scope: "unit" });
  });
  it("falls back to the file name for the year (25年预算 → 2025) and says so", () => {
    const m = recogniseMetadata(blocks("部门预算编制说明"), "上海市财政局25年预算.pdf");
    expect(m.fiscalYear).toBe(2025);
    expect(m.diagnostics?.map((d) => d.ruleId)).toEqual(["year-from-file-name"]);
  });
  it("reads a year printed near a kind word in the opening lines before looking at the file name", () => {
    const m = recogniseMetadata(blocks("部门预算编制说明", "2026年部门收支预算总表"), "某局25年预算.pdf");
    expect(m).toMatchObject({ fiscalYear: 2026 });
    expect(m.diagnostics).toBeUndefined();
  });
  it("trusts what is printed over the file name: year, kind and department", () => {
    const m = recogniseMetadata(blocks("西安市行政审批服务局（汇总）", "2025年部门预算公开说明"), "政务服务和数据管理局_2026年部门决算.pdf");
    expect(m).toMatchObject({ department: "西安市行政审批服务局", fiscalYear: 2025, docKind: "budget" });
  });
  it("never takes the department from the file name: none rather than a guess", () => {
    expect(recogniseMetadata(blocks("上海市2026年市级单位预算", "一、单位主要职能"), "上海市审计局2026年单位预算.pdf").department).toBeNull();
  });
  it("does not read the printing date under a cover title as part of the title (2026年1月 is not a month's report)", () => {
    const lines: Block[] = [
      { type: "text", text: "上海市2026年市级单位预算", page: 1, line: 1 },
      { type: "text", text: "预算单位：上海钻石宝玉石交易联合管理办公室", page: 1, line: 2 },
      { type: "text", text: "2026年1月", page: 1, line: 3 },
    ];
    const m = recogniseMetadata(lines, "a.pdf", undefined, [0, 1, 2]);
    expect(m).toMatchObject({ title: "上海市2026年市级单位预算", department: "上海钻石宝玉石交易联合管理办公室", fiscalYear: 2026, scope: "unit" });
    expect(m.partYear).toBeUndefined();
  });
  it("takes a declared title printed over two lines as the title, both lines of it", () => {
    const m = recogniseMetadata(blocks("2015年度平潭县人大常委会", "部门决算说明", "一、部门主要职责"), "a.html", "2015年度平潭县人大常委会部门决算说明", [], true);
    expect(m).toMatchObject({ titleBlocks: [0, 1], fiscalYear: 2015, docKind: "final_account" });
    expect(recogniseMetadata(blocks("2015年度平潭县人大常委会", "一、部门主要职责"), "a.html", "2015年度平潭县人大常委会部门决算说明", [], true).titleBlocks).toEqual([]);
  });
  it("says unknown for a text that is not a disclosure", () => {
    expect(recogniseMetadata(blocks("番茄炒蛋", "先炒蛋，再放番茄。"), "recipe.txt")).toMatchObject({ docKind: "unknown", department: null });
  });
});

describe("the title of a file of tables", () => {
  it("is the file's name, not its first table's title", () => {
    const blocks: Block[] = [
      { type: "text", text: "收支预算总表", page: 1, line: 1, style: { relativeSize: 1.6 } },
      { type: "text", text: "部门：中共江苏省委办公厅", page: 1, line: 2 },
      { type: "table", rows: [[{ text: "项目", page: 1, line: 3 }]], page: 1, line: 3, pageLast: 1 },
    ];
    const m = recogniseMetadata(blocks, "江苏省委办公厅2019年度部门预算公开表格.pdf", undefined, [0]);
    expect(m).toMatchObject({ title: "江苏省委办公厅2019年度部门预算公开表格", department: "中共江苏省委办公厅", fiscalYear: 2019 });
    expect(m.titleBlocks).toEqual([]);
    expect(m.diagnostics?.map((d) => d.ruleId)).toContain("title-from-file-name");
  });

  it("names the body every table title prints, when no label line does (a workbook of tables only)", () => {
    const table = (title: string, page: number): Block[] => [
      { type: "text", text: title, page, line: 1 },
      { type: "text", text: "单位：万元", page, line: 2 },
      { type: "table", rows: [[{ text: "项目", page, line: 3 }]], page, line: 3, pageLast: page },
    ];
    const tablesOnly = [...table("示例县农业农村局2025年部门收支总表", 1), ...table("示例县农业农村局2025年一般公共预算支出表", 2)];
    expect(recogniseMetadata(tablesOnly, "公开表格.xlsx").department).toBe("示例县农业农村局");
    // Two bodies' tables in one file: no department rather than one of them.
    const mixed = [...table("示例县农业农村局2025年部门收支总表", 1), ...table("示例县教育局2025年部门收支总表", 2)];
    expect(recogniseMetadata(mixed, "公开表格.xlsx").department).toBeNull();
  });
});
