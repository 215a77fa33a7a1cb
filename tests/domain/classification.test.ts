import { describe, expect, it } from "vitest";
import { CODE_EXAMPLES, codeLeftOf, codeLevel, codeSystem, isGenericItemName, isOtherCodeHeader, readCode, rowCode } from "../../src/domain/classification.js";

/** The examples of src/domain/classification.ts, run through its one code reader. */
describe("classification codes (src/domain/classification.ts)", () => {
  for (const [text, code, level, system] of CODE_EXAMPLES.codes) {
    it(`"${text}" is the ${system} ${level} code ${code}`, () => {
      expect(readCode(text)).toBe(code);
      expect(codeLevel(code)).toBe(level);
      expect(codeSystem(code)).toBe(system);
    });
  }
  for (const text of CODE_EXAMPLES.notCodes) {
    it(`"${text}" is not a classification code`, () => {
      expect(readCode(text)).toBeUndefined();
    });
  }
  for (const [texts, code] of CODE_EXAMPLES.rows) {
    it(`a row printing ${texts.join(" | ")} carries ${code ?? "no code"}`, () => {
      expect(rowCode(texts)).toBe(code);
    });
  }
  it("gives each amount of a row the code to its left (split columns joined)", () => {
    expect(codeLeftOf(["204", "06", "01", "司法", "12.00"], 4)).toBeUndefined();
    expect(codeLeftOf(["204", "06", "01", "12.00"], 3)).toBe("2040601");
    expect(codeLeftOf(["30101", "基本工资", "12.00", "30201", "办公费", "3.00"], 5)).toBeUndefined();
    expect(codeLeftOf(["30101", "12.00", "30201", "3.00"], 3)).toBe("30201");
  });
  it("knows headers over other codes and 项 names many 款 share", () => {
    expect(isOtherCodeHeader("单位编码")).toBe(true);
    expect(isOtherCodeHeader("科目编码")).toBe(false);
    expect(isGenericItemName("行政运行")).toBe(true);
    expect(isGenericItemName("其他公安支出")).toBe(true);
    expect(isGenericItemName("执法办案")).toBe(false);
  });
});
