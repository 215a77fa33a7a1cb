import { describe, expect, it } from "vitest";
import { alignThreePublic } from "../../src/recognise/align-three-public.js";

const wan = (x: number) => Math.round(x * 1_000_000);

describe("a 三公 row printed without its blank cells", () => {
  it("is placed over its columns by the table's arithmetic, where only one placement fits", () => {
    // 合计 4.90 = 出国 (blank) + 用车 3.19 + 接待 1.71; 用车 3.19 = 购置 or 运行 (cannot tell which).
    expect(alignThreePublic([4.9, 3.19, 3.19, 1.71].map(wan), 10_000)).toEqual([
      "three_public_total",
      "three_public_vehicle",
      null,
      "three_public_reception",
    ]);
  });
  it("places a complete row column by column", () => {
    expect(alignThreePublic([10, 2, 5, 1, 4, 3].map(wan), 10_000)).toEqual([
      "three_public_total", "three_public_overseas", "three_public_vehicle", "three_public_vehicle_purchase", "three_public_vehicle_operation", "three_public_reception",
    ]);
  });
  it("places nothing when no placement adds up", () => {
    expect(alignThreePublic([9, 1, 1].map(wan), 10_000)).toEqual([null, null, null]);
  });
});
