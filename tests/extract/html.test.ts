import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../src/extract/html/read-html.js";
import { extractHtml } from "../../src/extract/html/extract-html.js";
import type { TableBlock, TextBlock } from "../../src/model/document.js";
import { CORPUS, hasCorpus, SEED } from "../helpers.js";
import { contentOf, extractFile, FORMATS, SEED_NAME } from "./format-helpers.js";

const texts = (html: string) => readHtml(html).blocks.filter((b): b is TextBlock => b.type === "text");
const tables = (blocks: { type: string }[]) => blocks.filter((b): b is TableBlock => b.type === "table");

describe("HTML paragraphs become one line each", () => {
  it("joins a figure Word split across spans", () => {
    const [line] = texts(`<p class=MsoNormal><span>预算收入总计228.<span lang=EN-US>50</span>万元</span></p>`);
    expect(line?.text).toBe("预算收入总计228.50万元");
  });

  it("turns &nbsp; into a space and splits lines at <br>", () => {
    const lines = texts(`<p>（一）公务接待费<br>2016年预算安排&nbsp;2.7万元。</p>`).map((b) => b.text);
    expect(lines).toEqual(["（一）公务接待费", "2016年预算安排 2.7万元。"]);
  });

  it("drops a source line break between Chinese characters but keeps one between words", () => {
    expect(texts(`<p>部门\n预算 and\nmore</p>`)[0]?.text).toBe("部门预算 and more");
  });

  it("numbers lines in extraction order, a table taking one line per row", () => {
    const { blocks } = readHtml(`<p>甲</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table><p>乙</p>`);
    expect(blocks.map((b) => b.line)).toEqual([1, 2, 4]);
    expect(tables(blocks)[0]?.rows[1]?.[0]?.line).toBe(3);
  });
});

describe("HTML styles give heading levels, bold and centering", () => {
  it("reads heading levels from h-tags, Word heading classes and mso-outline-level", () => {
    const lines = texts(`<h2>一、收支总体情况</h2><p class=MsoHeading3>（一）收入</p><p style="mso-outline-level:1">二、支出</p><p>正文</p>`);
    expect(lines.map((b) => b.style?.headingLevel)).toEqual([2, 3, 1, undefined]);
  });

  it("marks a line bold only when all of its text is bold, and centered from align or text-align", () => {
    const lines = texts(`<p align=center><b>标题</b></p><p><strong>一、</strong>部分加粗</p><p style="text-align:center;font-weight:700">说明</p>`);
    expect(lines.map((b) => b.style ?? {})).toEqual([{ bold: true, centered: true }, {}, { bold: true, centered: true }]);
  });
});

describe("HTML pages lose their portal chrome", () => {
  it("ignores scripts, styles, navigation, footers and JSP directives", () => {
    const html = `<%@ page contentType="text/html; charset=UTF-8" %><html><head><style>p{}</style><script>var a="脚本";</script></head>
      <body><div class="nav">首页</div><div id="footer">版权所有</div><footer>联系我们</footer><p>正文一</p></body></html>`;
    expect(texts(html).map((b) => b.text)).toEqual(["正文一"]);
  });

  it("reads the article container of a portal page whose scripts and link-heavy footer outweigh a short article", () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="#">友情链接网站第${i}个</a></li>`).join("");
    const html = `<html><head><meta name="ArticleTitle" content="2015年度某县人大常委会部门决算说明"></head><body>
      <div class="header"><a>首页</a></div>
      <div class="article_title">2015年度某县人大常委会部门决算说明</div>
      <div class="article_extend"><span class="article_time">时间：2016-08-23 09:49</span></div>
      <div class="article_content"><p>一、部门主要职责</p><p>${"负责办理人代会、常委会、主任会议的筹备和服务工作。".repeat(4)}</p><p>本年收入488.62万元，本年支出470.91万元。</p></div>
      <div class="article_extend"><span class="article_source">来源：某县人大</span></div>
      <div class="article_attachment">附件下载</div><div class="article_qrcode"><p>扫一扫在手机上查看当前页面</p></div>
      <div class="article_relalinks"><div class="title_name">相关链接</div></div>
      <div class="footer"><ul>${links}</ul></div>
      <script>var SiteInfo = { itpMassage: '系统正在升级，预计于晚上20时恢复，为此对您造成的不便敬请谅解。'.repeat(20) };</script>
      </body></html>`;
    expect(texts(html).map((b) => b.text)).toEqual(["一、部门主要职责", "负责办理人代会、常委会、主任会议的筹备和服务工作。".repeat(4), "本年收入488.62万元，本年支出470.91万元。"]);
  });

  it("reads a short article container when all around it is short lines, not when a paragraph is outside it", () => {
    const page = (outside: string) => `<html><body><div class="article_title">2018年度平潭县人民法院部门预算说明</div>
      <span class="article_time">时间：2018-02-27 16:02</span><div class="article_content"><p>2018年度平潭县人民法院部门预算说明</p></div>
      <div class="article_attachment">附件下载 <a href="a.pdf">2018年度平潭县人民法院部门决算公开.pdf</a></div>${outside}</body></html>`;
    expect(texts(page("")).map((b) => b.text)).toEqual(["2018年度平潭县人民法院部门预算说明"]);
    const paragraph = "<p>一、部门主要职责：负责审判法律规定由基层法院管辖的刑事、民事、行政案件，审理抗诉案件。</p>";
    expect(texts(page(paragraph)).map((b) => b.text)).toContain("时间：2018-02-27 16:02");
  });

  it("reads only the article container of the seed page and matches the seed text line for line", async () => {
    const html = await extractFile(join(FORMATS, `${SEED_NAME}.html`));
    const txt = await extractFile(SEED);
    expect(contentOf(html.blocks)).toEqual(contentOf(txt.blocks));
    expect(html.metaTitle).toContain("2020年部门预算");
  });
});

describe("HTML tables keep their spans as printed", () => {
  it("reads rowspan, colspan and <th> in a two-row header inside a layout table", async () => {
    const doc = await extractFile(join(FORMATS, "merged-header.html"));
    const [table] = tables(doc.blocks);
    expect(table?.caption).toBe("一般公共预算支出表");
    const [top, second, first] = table!.rows;
    expect(top?.map((c) => [c.text, c.rowSpan, c.colSpan, c.header])).toEqual([
      ["科目编码", 2, 1, true],
      ["科目名称", 2, 1, true],
      ["本年预算", 1, 3, true],
    ]);
    expect(second?.map((c) => c.text)).toEqual(["合计", "基本支出", "项目支出"]);
    expect(first?.map((c) => c.text)).toEqual(["201", "一般公共服务支出", "228.50", "208.50", "20.00"]);
    expect(table!.rows[4]?.[0]).toMatchObject({ text: "合计", colSpan: 2 });
    const lines = doc.blocks.filter((b): b is TextBlock => b.type === "text");
    expect(lines.map((b) => b.text)).toEqual(["5、一般公共预算支出表", "单位：万元", "注：本表按功能分类列示。"]);
    expect(lines[0]?.style?.headingLevel).toBe(3);
  });

  it("flattens a table nested in a data cell into that cell's text", () => {
    const { blocks } = readHtml(`<table><tr><td>甲</td><td>乙</td></tr></table>
      <table><tr><td>外</td><td><table><tr><td>内1</td><td>内2</td></tr></table></td></tr></table>`);
    expect(tables(blocks).map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([[["甲", "乙"]], [["内1", "内2"]]]);
  });
});

describe("HTML charset", () => {
  it("decodes a GBK page from its meta charset", async () => {
    const bytes = readFileSync(join(FORMATS, "gbk-page.html"));
    expect(bytes.includes(Buffer.from("部门", "utf8"))).toBe(false);
    const doc = await extractHtml(bytes, "gbk-page.html");
    const lines = doc.blocks.filter((b): b is TextBlock => b.type === "text").map((b) => b.text);
    expect(lines).toContain("一、部门预算安排的总体情况");
    expect(lines).toContain("2020年预算收入总计228.50万元，其中一般公共预算拨款收入228.50万元。");
    expect(tables(doc.blocks)[0]?.rows[1]?.map((c) => c.text)).toEqual(["“三公”经费", "2.70"]);
    expect(doc.diagnostics.map((d) => d.message)).toContain("decoded as gb18030");
  });
});

describe.skipIf(!hasCorpus)("the pingtan portal page", () => {
  const path = join(CORPUS, "pingtan", "2016年平潭综合实验区检验检测认证中心部门预算说明.html");

  it("gives the section headings as lines and the org-unit table, without breadcrumbs", async () => {
    const doc = await extractFile(path);
    const lines = doc.blocks.filter((b): b is TextBlock => b.type === "text").map((b) => b.text);
    for (const heading of ["一、 部门主要职责", "二、部门预算单位基本情况", "六、一般公共预算“三公”经费支出情况", "（一）公务接待费", "（三）公务用车购置及运行费"]) {
      expect(lines).toContain(heading);
    }
    expect(lines.some((l) => l.includes("332.16万元"))).toBe(true);
    const [table] = tables(doc.blocks);
    expect(table?.rows[0]?.map((c) => c.text)).toEqual(["单位名称", "经费性质", "人员编制数", "在职人数"]);
    expect(tables(doc.blocks)).toHaveLength(1);
    expect(doc.metaTitle).toBe("2016年平潭综合实验区检验检测认证中心部门预算说明");
  });
});
