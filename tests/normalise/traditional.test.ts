import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toSimplified } from "../../src/normalise/traditional.js";
import { ROOT } from "../helpers.js";

describe("traditional characters fold to simplified for matching", () => {
  it("folds budget vocabulary", () => {
    expect(toSimplified("萬元 經費 預算 決算 財政撥款 機關運行經費 政府採購 補貼")).toBe("万元 经费 预算 决算 财政拨款 机关运行经费 政府采购 补贴");
  });

  it("turns corner quotes into the curly quotes simplified text uses", () => {
    expect(toSimplified("「三公」經費")).toBe("“三公”经费");
  });

  it("leaves simplified text, figures and punctuation unchanged", () => {
    const line = "中共石家庄市鹿泉区委机构编制委员会办公室2020年预算收入总计228.50万元（其中：一般公共预算）。";
    expect(toSimplified(line)).toBe(line);
  });

  it("keeps every line of the traditional fixture the same length, so positions still line up", () => {
    const text = readFileSync(join(ROOT, "fixtures", "formats", "traditional.txt"), "utf8");
    const folded = toSimplified(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toContain("三、财政拨款“三公”经费预算情况");
    expect(folded).toContain("机关运行经费10.00万元，比上年决算数减少1.00万元。");
  });
});
