import { describe, expect, it } from "vitest";
import type { Block, ExtractedDocument } from "../../src/model/document.js";
import { readArchivedPage } from "../../src/extract/text/read-archived-page.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";
import { recogniseMetadata } from "../../src/recognise/metadata.js";
import { departmentNames, textMetric } from "../../src/recognise/metrics.js";

const blocks = (...texts: string[]): Block[] => texts.map((text, i) => ({ type: "text", text, page: 1, line: i + 1 }));
const page = (title: string, body: string) => ["标题: " + title, "发布时间: 2016-08-10 17:31", "==================== 正文 ====================", body];
const texts = (lines: string[]) => readArchivedPage(lines)!.blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));

describe("document identity of web-page disclosures", () => {
  it("a plan over several years is the first year's", () => {
    expect(recogniseMetadata(blocks("x"), "a.txt", "某局2017—2019年预算编制说明", [], true).fiscalYear).toBe(2017);
  });
  it("一般公共预算 in the body does not make a report of spending a budget", () => {
    const m = recogniseMetadata(blocks("2015年，我局三公经费一般公共预算财政拨款支出27.03万元，同比下降22.62%；其中，公务接待费用3.25万。"), "a.txt", "区环境与国土资源局2015年三公经费支出情况", [], true);
    expect(m).toMatchObject({ docKind: "final_account", department: "区环境与国土资源局", fiscalYear: 2015 });
  });
  it("a month's report is part of a year and names its body before the month", () => {
    const m = recogniseMetadata(blocks("x"), "a.txt", "2018年平原镇1月份三公经费公示", [], true);
    expect(m).toMatchObject({ partYear: true, docKind: "unknown", department: "平原镇", fiscalYear: 2018 });
    expect(recogniseMetadata(blocks("x"), "a.txt", "2017年度平潭综合实验区本级一般公共预算“三公”经费支出决算情况", [], true)).toMatchObject({ department: "平潭综合实验区", docKind: "final_account" });
    expect(recogniseMetadata(blocks("x"), "a.txt", "2016年平潭综合实验区检验检测认证中心部门预算说明", [], true).partYear).toBeUndefined();
  });
  it("a month's 三公 table states no metric", () => {
    const doc: ExtractedDocument = {
      format: "txt",
      metaTitle: "2018年中楼乡1月份“三公经费”支出公开表",
      blocks: readArchivedPage(page("2018年中楼乡1月份“三公经费”支出公开表", "经统计，中楼乡 2018年1月份“三公经费”支出情况如下： 项目 本期支出数（元） 累计支出数（元） 合计 5 9 1、因公出国（境）费用 0 0 2、公务接待费 5 9"))!.blocks,
    } as ExtractedDocument;
    expect(recogniseDocument(doc, "a.txt").figures.filter((f) => f.metric !== null)).toEqual([]);
  });
});

describe("text metrics in pingtan narratives", () => {
  it("年初结转和结余 is the carry-over, also after the body's name", () => {
    expect(textMetric("2016年苏澳镇年初结转和结余", 2016, "平潭综合实验区苏澳镇人民政府")).toBe("revenue_carryover");
    expect(textMetric("2015年本中心年初结转和结余", 2015, "某中心")).toBe("revenue_carryover");
    expect(textMetric("年末结转和结余", 2015, null)).toBeNull();
    expect(textMetric("年初预算", 2015, null)).toBeNull();
  });
  it("the words before the year name the quantity when the rest is 预算安排", () => {
    expect(textMetric("（二）公务接待费2016年预算安排", 2016, null)).toBe("three_public_reception");
    expect(textMetric("（一）因公出国（境）经费2016年预算安排", 2016, null)).toBe("three_public_overseas");
    expect(textMetric("上年公务接待费2016年预算安排", 2016, null)).toBeNull();
    expect(textMetric("公务接待费2015年预算安排", 2016, null)).toBeNull();
  });
  it("三公经费一般公共预算财政拨款支出 is the 三公 total", () => {
    expect(textMetric("我局三公经费一般公共预算财政拨款支出", 2015, null)).toBe("three_public_total");
  });
  it("a department is named by its local name too", () => {
    expect(departmentNames("平潭综合实验区苏澳镇人民政府")).toEqual(expect.arrayContaining(["苏澳镇人民政府", "苏澳镇政府", "苏澳镇"]));
    expect(textMetric("屿头乡人民政府收入预算为", 2018, "屿头乡人民政府")).toBe("revenue_total");
    expect(textMetric("区福利院部门收入预算为", 2017, "平潭综合实验区福利院")).toBe("revenue_total");
  });
});

describe("archived page body", () => {
  it("drops Word list comments and the breadcrumb-less furniture", () => {
    const t = texts(page("2016年某法院部门预算说明", "2016年某法院部门预算说明 时间：2016-02-18 15:51 微信 微博 QQ空间 2016年某法院部门预算说明 <!--[if !supportLists]-->一、 <!--[endif]-->部门主要职责 某法院的主要职责是：审判。"));
    expect(t[0]).toBe("2016年某法院部门预算说明");
    expect(t).toContain("一、 部门主要职责");
  });
  it("cuts a top-level heading glued to its text after a template title word", () => {
    const t = texts(page("t", "说明如下。 二、部门预算单位基本情况平潭综合实验区管委会办公室包括8个处室。 五、公共财政拨款支出决算情况2015年公共财政拨款支出7,658.01万元。 十、政府采购支出、国有资产占用情况说明 （一）采购"));
    expect(t).toContain("二、部门预算单位基本情况");
    expect(t).toContain("五、公共财政拨款支出决算情况");
    expect(t).toContain("十、政府采购支出、国有资产占用情况说明");
  });
  it("does not split a number from its 年 or a phrase from its amount", () => {
    const t = texts(page("t", "如下。 （一）白青乡政府2014 年部门决算总收入959.48万元，其中本年收入945.18万元。 （二）2015本年支出 5187.13万元，具体情况如下："));
    expect(t).toContain("（一）白青乡政府2014 年部门决算总收入959.48万元，其中本年收入945.18万元。");
    expect(t.some((x) => x.startsWith("（二）2015本年支出 5187.13万元"))).toBe(true);
  });
});
