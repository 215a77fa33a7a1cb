import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/extract/text/extract-text.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";
import type { TextBlock } from "../../src/model/document.js";
import { recogniseHeadings } from "../../src/recognise/headings.js";
import { SEED } from "../helpers.js";

const lines = (texts: string[]): TextBlock[] => texts.map((text, i) => ({ type: "text", text, page: 1, line: i + 1 }));

describe("section headings nest by structure, not by marker alone", () => {
  it("nests the headings that restart their numbering inside the seed's section 五", async () => {
    const doc = await extractText(readFileSync(SEED), SEED);
    const { sections } = recogniseDocument(doc, SEED);
    const top = sections.filter((s) => s.level === 1).map((s) => s.marker);
    expect(top).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九"]);
    const five = sections.findIndex((s) => s.marker === "五");
    const childrenOf = (parent: number) => sections.flatMap((s, i) => (s.parentIndex === parent ? [`${s.marker} ${s.title}`] : []));
    expect(childrenOf(five)).toEqual(["第一部分 部门整体绩效目标", "第二部分 预算项目绩效目标"]);
    const partOne = sections.findIndex((s) => s.marker === "第一部分");
    expect(childrenOf(partOne)).toEqual(["二 分项绩效目标", "三 工作保障措施"]);
    expect(sections.filter((s) => s.level === 2 && s.parentIndex === five)).toHaveLength(2);
  });
  it("does not take a numbered sentence for a heading", () => {
    const { sections } = recogniseHeadings(lines(["一、总体情况", "1、认真研判，找准目标推进差距。针对目标任务实施进展情况，进一步梳理排查。", "2、完善制度建设"]), new Set());
    // Item 1 is a sentence, so item 2 is a list item too, not a heading of its own.
    expect(sections.map((s) => s.title)).toEqual(["总体情况"]);
    const numbered = recogniseHeadings(lines(["二、总体情况", "1、收入说明", "2、支出说明"]), new Set());
    expect(numbered.sections.map((s) => [s.level, s.title])).toEqual([[1, "总体情况"], [2, "收入说明"], [2, "支出说明"]]);
  });
  it("does not take a glossary definition for a heading", () => {
    const { sections } = recogniseHeadings(lines(["八、名词解释", "一、财政拨款：指省级财政当年拨付的资金"]), new Set());
    expect(sections.map((s) => s.marker)).toEqual(["八"]);
  });
  it("makes 三 after 一 a sibling even when 二 was lost", () => {
    const { sections } = recogniseHeadings(lines(["一、收入", "三、支出"]), new Set());
    expect(sections.map((s) => s.level)).toEqual([1, 1]);
  });
  it("reads （一） and 1． as nested levels", () => {
    const { sections } = recogniseHeadings(lines(["一、收支情况", "（一）收入情况", "1．财政拨款", "2．其他收入", "（二）支出情况", "二、三公经费"]), new Set());
    expect(sections.map((s) => s.level)).toEqual([1, 2, 3, 3, 2, 1]);
  });
});

describe("list items and sentences are not headings", () => {
  it("does not take a short item of a list of sentences for a heading", () => {
    const { sections } = recogniseHeadings(
      lines(["一、主要职能", "（一）负责文电处理工作，协助领导处理日常事务。", "（二）负责会议组织工作，督促检查落实。", "（三）负责核心秘密载体传递工作"]),
      new Set(),
    );
    expect(sections.map((s) => s.marker)).toEqual(["一"]);
  });
  it("does not take a numbered line that states an amount for a heading", () => {
    const { sections } = recogniseHeadings(lines(["一、收支总体情况", "1．财政拨款收入预算总计27664.22万元"]), new Set());
    expect(sections.map((s) => s.marker)).toEqual(["一"]);
  });
});

describe("numbered rules in a notice are not sections", () => {
  it("does not take 2. for a heading when no 1. heading is open", () => {
    const { sections } = recogniseHeadings(lines(["2.公用经费和项目经费中的专项业务费按时间进度拨付", "3.部门发展性专项资金根据用款计划拨付"]), new Set());
    expect(sections).toEqual([]);
  });
});

describe("a heading wrapped onto a second line", () => {
  it("is one heading whose second line is not part of the section's text", () => {
    const blocks: TextBlock[] = [
      { type: "text", text: "第三部分 江苏省人大常委会办公厅", page: 2, line: 1, style: { relativeSize: 1.13, bold: true } },
      { type: "text", text: "2017年度部门预算情况说明", page: 2, line: 2, style: { relativeSize: 1.13, bold: true } },
      { type: "text", text: "本表反映部门年度总体收支预算情况。", page: 2, line: 3 },
    ];
    const { sections, headingBlocks } = recogniseHeadings(blocks, new Set());
    expect(sections.map((s) => [s.marker, s.title, s.text])).toEqual([["第三部分", "江苏省人大常委会办公厅2017年度部门预算情况说明", "本表反映部门年度总体收支预算情况。"]]);
    expect([...headingBlocks]).toEqual([0, 1]);
  });
});
