import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDoc } from "../../src/extract/doc/extract-doc.js";
import type { TableBlock, TextBlock } from "../../src/model/document.js";
import { extractFile, FORMATS, SEED_NAME } from "./format-helpers.js";

describe("legacy Word .doc", () => {
  it("gives the seed's paragraphs with curly quotes as printed, and its tables as rows of cells", async () => {
    const doc = await extractFile(join(FORMATS, `${SEED_NAME}.doc`));
    const lines = doc.blocks.filter((b): b is TextBlock => b.type === "text").map((b) => b.text);
    expect(lines[0]).toBe("中共石家庄市鹿泉区委机构编制委员会办公室2020年部门预算信息公开情况说明");
    expect(lines).toContain("2020年，我部门财政拨款“三公”经费预算安排2.7万元，其中：因公出国（境）费0万元；公务用车购置及运维费2.7万元（其中：公务用车购置费0万元，公务用车运行维护费2.7万元)；公务接待费0万元。“三公”经费与上年持平，无增减变化。");
    const [units] = doc.blocks.filter((b): b is TableBlock => b.type === "table");
    expect(units?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["单位编码", "单位名称", "单位性质", "单位规格", "财政供给政策"],
      ["316002", "中共石家庄市鹿泉区委机构编制委员会办公室", "行政", "正科级", "财政拨款"],
      ["316002", "中共石家庄市鹿泉区委机构编制委员会办公室电子政务中心", "事业", "副科", "财政性资金基本保证"],
    ]);
  });

  it("keeps a multi-paragraph cell together", async () => {
    const doc = await extractFile(join(FORMATS, `${SEED_NAME}.doc`));
    const cells = doc.blocks.flatMap((b) => (b.type === "table" ? b.rows.flat() : []));
    expect(cells.some((c) => c.text.startsWith("1、该费用主要用于维护") && c.text.includes("\n2、保持机构编制平台动态更新"))).toBe(true);
  });

  it("reports a file that is not an OLE document as an error", async () => {
    const doc = await extractDoc(Buffer.from("plain text pretending to be a .doc"), "bad.doc");
    expect(doc.diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });
});
