import { describe, expect, it } from "vitest";
import { statedChange } from "../../src/checks/stated-change.js";
import { exampleDoc } from "./examples/build.js";

describe("stated-change stays silent where the printed numbers do not contradict", () => {
  it("does not check a percentage on a rise from nothing (a new item, 增长100%)", () => {
    const doc = exampleDoc({ text: ["节能环保支出39.83万元，比2015年决算数增加39.83万元，增长100%。"] });
    expect(statedChange.run(doc)).toEqual([]);
  });
  it("does not blame the document when another amount of the paragraph fits the stated rate", () => {
    // 24.00 is the level the 52.76% is computed from; 4.00 (the nearest amount) is one of its parts.
    const doc = exampleDoc({ text: ["2、水利24.00万元，其中水土保持20.00万元，农田水利4.00万元。较2015年减少26.80万元，减少52.76%。"] });
    expect(statedChange.run(doc)).toEqual([]);
  });
  it("still flags a rate that fits no printed level (上升0.6% for a 10.37% rise)", () => {
    const doc = exampleDoc({ text: ["2016年公共财政拨款支出1023.52万元，比2015年决算数增加96.16万元，上升0.6%。"] });
    const flags = statedChange.run(doc);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toContain("0.6%");
    expect(flags[0]!.severity).toBe("error");
  });
});

