import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/extract/text/extract-text.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";
import type { Block, TextBlock } from "../../src/model/document.js";
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

type Style = TextBlock["style"];
const styled = (rows: Array<[string, number, Style?]>): TextBlock[] => rows.map(([text, page, style], i) => ({ type: "text", text, page, line: i + 1, style }));
const PART: Style = { relativeSize: 1.5, bold: true };
const BODY: Style = { relativeSize: 1 };

describe("parts printed over several lines", () => {
  it("takes the lines after a part printed alone as its title", () => {
    const { sections } = recogniseHeadings(styled([["第一部分", 3, PART], ["部门概况", 3, PART], ["一、主要职责", 4, BODY], ["第二部分", 7, PART], ["2026年部门预算表", 7, PART]]), new Set());
    expect(sections.map((s) => [s.level, s.marker, s.title])).toEqual([[1, "第一部分", "部门概况"], [2, "一", "主要职责"], [1, "第二部分", "2026年部门预算表"]]);
  });
  it("joins a part title wrapped over three lines in the part's type", () => {
    const { sections } = recogniseHeadings(styled([["第二部分", 7, PART], ["2026年度", 7, PART], ["苏州市交通运输局", 7, PART], ["部门预算表", 7, PART], ["收支总表", 8, BODY]]), new Set());
    expect(sections.map((s) => s.title)).toEqual(["2026年度苏州市交通运输局部门预算表"]);
  });
});

describe("lines that look like headings but are not", () => {
  it("does not take the terms of a glossary for its sub-headings, nor a far jump in numbering for a sibling", () => {
    const { sections } = recogniseHeadings(
      lines(["一、文字部分", "第一部分 部门概况", "第二部分 名词解释", "一、财政拨款收入：指市级财政当年拨付的资金。", "十二、社会保障和就业支出（类）行政事业单位养老支出", "（二）工业和信息产业监管（款）", "二、表格部分"]),
      new Set(),
    );
    expect(sections.map((s) => [s.level, s.marker])).toEqual([[1, "一"], [2, "第一部分"], [2, "第二部分"], [1, "二"]]);
  });
  it("does not take table labels, bracketed subtitles or a body's name for headings", () => {
    const bold: Style = { relativeSize: 1.3, bold: true };
    const { sections } = recogniseHeadings(styled([["表一", 8, bold], ["(2026年度)", 8, bold], ["苏州市交通运输局", 8, bold], ["目 录", 8, bold]]), new Set());
    expect(sections).toEqual([]);
  });
  it("takes a bold title wrapped over lines right above a table for the table's caption", () => {
    const bold: Style = { relativeSize: 1.25, bold: true };
    const blocks: Block[] = [
      ...styled([["2022年部门综合预算政府采购（资产配置、购买服务）", 9, bold], ["预算表（不含上年结转）", 9, bold], ["金额单位：万元", 9, BODY]]),
      { type: "table", page: 9, rows: [[{ text: "项目" }]] } as unknown as Block,
    ];
    expect(recogniseHeadings(blocks, new Set()).sections).toEqual([]);
  });
  it("takes the numbered lines after a sentence that introduces them for list items", () => {
    const { sections } = recogniseHeadings(
      lines(["一、主要职责", "（四）直接审计下列事项，出具审计报告，提出处理处罚的建议：", "1.市级财政预算执行情况", "2.市直各部门预算执行情况", "二、机构设置"]),
      new Set(),
    );
    expect(sections.map((s) => s.marker)).toEqual(["一", "二"]);
  });
  it("keeps a heading after a sentence ending in a colon when its text follows it", () => {
    const { sections } = recogniseHeadings(lines(["六、“三公”经费支出情况", "2016年“三公”经费控制数为6.6万元，其中：", "（一）公务接待费", "2016年预算安排2.7万元。"]), new Set());
    expect(sections.map((s) => s.marker)).toEqual(["六", "（一）"]);
  });
  it("does not take a cover title for the one heading above every numbered one", () => {
    const { sections } = recogniseHeadings(styled([["2024年度某某局部门决算", 1, { relativeSize: 2, bold: true }], ["一、部门概况", 2, BODY], ["二、收支情况", 3, BODY]]), new Set());
    expect(sections.map((s) => [s.level, s.marker])).toEqual([[1, "一"], [1, "二"]]);
  });
});

describe("bodies' names", () => {
  it("takes a list of numbered unit names for list items, and a unit's own section for a heading", () => {
    const list = recogniseHeadings(lines(["二、机构设置情况", "1.烟台市审计局", "2.烟台市审计服务中心", "第二部分 部门预算表"]), new Set());
    expect(list.sections.map((s) => s.marker)).toEqual(["二", "第二部分"]);
    const units = recogniseHeadings(lines(["第三部分 部门预算支出具体情况", "一、深圳市劳动人事争议仲裁院", "仲裁院预算4,720.86万元。", "二、深圳市社会保险基金管理局本级", "基金管理局预算11,429.20万元。"]), new Set());
    expect(units.sections.map((s) => [s.level, s.marker])).toEqual([[1, "第三部分"], [2, "一"], [2, "二"]]);
  });
});

describe("a heading run into its paragraph", () => {
  it("is cut where the title the 目录 lists ends, even when the line is set bold", () => {
    const { sections } = recogniseHeadings(styled([["第七部分 重点项目预算绩效情况说明2026年，本单位重点项目绩效目标情况如下：", 14, PART]]), new Set(), ["重点项目预算绩效情况说明"]);
    expect(sections.map((s) => s.title)).toEqual(["重点项目预算绩效情况说明"]);
  });
});

describe("misnumbered headings", () => {
  it("keeps a number printed twice as a sibling, and the numbers after it too", () => {
    const { sections } = recogniseHeadings(lines(["第三部分 支出情况", "十五、深圳城市职业学院", "预算9.8万元。", "十六、深圳鹏城技师学院", "预算7.2万元。", "十六、深圳市人力资源和社会保障数据管理中心", "预算3.1万元。", "十八、深圳市公共就业服务中心", "预算2.5万元。"]), new Set());
    expect(sections.map((s) => s.level)).toEqual([1, 2, 2, 2, 2]);
  });
});

describe("a numbered title that names a table", () => {
  it("is a section when a sentence or the tables' own titles follow it", () => {
    const blocks: Block[] = [
      ...lines(["七、预算绩效管理情况说明", "（一）总体工作情况", "本部门2026年全面实施绩效目标管理，涉及一级预算项目6个。", "（二）部门主管专项资金的绩效目标表", "2026年本部门无业务类和投资发展类项目，不涉及绩效目标设置。", "（三）部门预算项目绩效目标表", "政策和项目预算绩效目标表", "(2026年度)"]),
      { type: "table", page: 1, line: 9, rows: [[{ text: "项目名称", page: 1, line: 9 }, { text: "审计业务经费", page: 1, line: 9 }]] } as unknown as Block,
    ];
    const { sections } = recogniseHeadings(blocks, new Set());
    expect(sections.map((s) => `${s.marker} ${s.title}`)).toEqual(["七 预算绩效管理情况说明", "（一） 总体工作情况", "（二） 部门主管专项资金的绩效目标表", "（三） 部门预算项目绩效目标表"]);
  });
  it("is not a section in a list of tables", () => {
    const { sections } = recogniseHeadings(lines(["三、附件", "1.收入决算表", "2.支出决算表", "以上各表详见附件，本部门无政府性基金预算收支。"]), new Set());
    expect(sections.map((s) => s.title)).toEqual(["附件"]);
  });
});
