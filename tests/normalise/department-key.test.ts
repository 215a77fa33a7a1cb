import { describe, expect, it } from "vitest";
import { departmentKey } from "../../src/normalise/department-key.js";

describe("departmentKey gives one key to the names a department is printed under", () => {
  it("joins the party prefixes and the long form of 省委", () => {
    const names = ["中国共产党江苏省委员会办公厅", "中共江苏省委办公厅", "江苏省委办公厅", "江苏省委 办公厅"];
    expect(new Set(names.map(departmentKey))).toEqual(new Set(["江苏省委办公厅"]));
  });
  it("keeps different bodies apart and folds traditional characters", () => {
    expect(departmentKey("江苏省人大常委会办公厅")).not.toBe(departmentKey("江苏省委办公厅"));
    expect(departmentKey("上海市財政局")).toBe("上海市财政局");
    expect(departmentKey(null)).toBeNull();
  });
  it("joins a body's 本级 or 汇总 document with its own name", () => {
    expect(departmentKey("深圳市交通运输局（本级）")).toBe("深圳市交通运输局");
    expect(departmentKey("西安市信访局(汇总)")).toBe("西安市信访局");
  });
});
