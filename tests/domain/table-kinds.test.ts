import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { phraseSource } from "../../src/domain/compile.js";
import { headerYears, LINE_ABOVE_NOT_TITLE, LINES_ABOVE_NOT_TITLE, STATING_CELL_WORDS, STATING_CELLS, TABLE_KINDS, TOP_ROW_NUMBER } from "../../src/domain/table-kinds.js";
import { isTableNumber, looksLikeTableTitle, tableKind, tableKindFromHeader, titleText } from "../../src/recognise/table-kind.js";

/** Every table kind's example titles and headers, run through the recognisers (one table-driven test). */
describe("each table kind of src/domain/table-kinds.ts", () => {
  for (const k of TABLE_KINDS) {
    for (const title of k.examples.titles ?? []) {
      it(`${k.kind}: "${title}" is one`, () => {
        expect(tableKind(title)).toBe(k.kind);
      });
    }
    for (const title of "notTitles" in k.examples ? k.examples.notTitles : []) {
      it(`${k.kind}: "${title}" is not one`, () => {
        expect(tableKind(title)).not.toBe(k.kind);
      });
    }
    for (const header of "headers" in k.examples ? k.examples.headers : []) {
      it(`${k.kind}: an untitled table headed ${header.join(" | ")} is one`, () => {
        expect(tableKindFromHeader([...header])).toBe(k.kind);
      });
    }
  }
});

describe("table titles as printed", () => {
  it("reads a title with a label run onto its line", () => {
    expect(titleText("收入总体情况表单位名称：广州市某局")).toBe("收入总体情况表");
    expect(titleText("部门：某局")).toBe("部门：某局");
  });
  it("reads a title printed several times over once", () => {
    expect(titleText("表1表1表1表1")).toBe("表1");
    expect(titleText("某某收支总表某某收支总表某某收")).toBe("某某收支总表");
  });
  it("knows a table's number from its title", () => {
    for (const n of ["表2", "预算01表", "公开08表", "附表1", "表3-1", "表十二"]) expect(isTableNumber(n)).toBe(true);
    expect(isTableNumber("表2 收入总表")).toBe(false);
  });
  it("takes numbered titles for titles, and sentences for none", () => {
    expect(looksLikeTableTitle("预算01表 部门收支总表")).toBe(true);
    expect(looksLikeTableTitle("表4财政拨款收支总体情况表单位名称：某局")).toBe(true);
    expect(looksLikeTableTitle("详见附表。")).toBe(false);
  });
});

describe("phrase patterns", () => {
  it("compile optional parts, choices, gaps and numbers", () => {
    expect(new RegExp(`^${phraseSource("[本年]收入{总计|合计}")}$`).test("收入合计")).toBe(true);
    expect(new RegExp(`^${phraseSource("一般公共预算…支出")}$`).test("一般公共预算财政拨款支出")).toBe(true);
    expect(new RegExp(`^${phraseSource("预算#表")}$`).test("预算01表")).toBe(true);
    expect(new RegExp(`^${phraseSource("因公出国(境)费")}$`).test("因公出国(境)费")).toBe(true);
    expect(() => phraseSource("[收入")).toThrow();
  });
});

describe("docs/CONTRACT.md", () => {
  const contract = new URL("../../docs/CONTRACT.md", import.meta.url);
  it.runIf(existsSync(contract))("has a table-kind entry for every canonical kind", () => {
    const text = readFileSync(contract, "utf8");
    const listed = [...text.slice(text.indexOf("## Canonical table kinds")).matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(new Set(TABLE_KINDS.map((k) => k.kind).filter((k) => k !== "other"))).toEqual(new Set(listed));
  });
});

describe("the words that say which table cell states a metric (STATING_CELL_WORDS)", () => {
  for (const [name, list] of Object.entries(STATING_CELL_WORDS)) {
    const re = STATING_CELLS[name as keyof typeof STATING_CELL_WORDS];
    for (const key of list.examples.yes) it(`${name}: "${key}" matches`, () => expect(re.test(key)).toBe(true));
    for (const key of list.examples.no) it(`${name}: "${key}" does not`, () => expect(re.test(key)).toBe(false));
  }
  for (const key of TOP_ROW_NUMBER.examples.yes) it(`"${key}" starts with a row number`, () => expect(TOP_ROW_NUMBER.pattern.test(key)).toBe(true));
  for (const key of TOP_ROW_NUMBER.examples.no) it(`"${key}" does not`, () => expect(TOP_ROW_NUMBER.pattern.test(key)).toBe(false));
  it("reads every year a header names", () => expect(headerYears("2025年预算数/2026年预算数")).toEqual([2025, 2026]));
});

describe("lines above a table that are not its title (LINES_ABOVE_NOT_TITLE)", () => {
  for (const line of LINES_ABOVE_NOT_TITLE.examples.yes) it(`"${line}" is not a title`, () => expect(LINE_ABOVE_NOT_TITLE.test(line)).toBe(true));
  for (const line of LINES_ABOVE_NOT_TITLE.examples.no) it(`"${line}" may be`, () => expect(LINE_ABOVE_NOT_TITLE.test(line)).toBe(false));
});
