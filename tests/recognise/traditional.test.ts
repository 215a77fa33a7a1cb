import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { recogniseDocument } from "../../src/recognise/recognise-document.js";
import { ROOT } from "../helpers.js";

describe("a disclosure printed in traditional characters", () => {
  const path = join(ROOT, "fixtures", "formats", "traditional.txt");

  it("is recognised like a simplified one, with raw text kept as printed", async () => {
    const doc = await extract("txt", readFileSync(path), path);
    const r = recogniseDocument(doc, path);
    expect(r.meta).toMatchObject({ fiscalYear: 2020, docKind: "budget", title: "二〇二〇年部門預算公開說明" });
    expect(r.sections.filter((s) => s.level === 1).map((s) => s.marker)).toEqual(["一", "二", "三", "四"]);
    const metric = (m: string) => r.figures.filter((f) => f.metric === m).map((f) => [f.raw, f.amountFen]);
    expect(metric("revenue_total")).toEqual([["228.50萬元", 228_500_000]]);
    expect(metric("three_public_total")).toEqual([["2.70萬元", 2_700_000]]);
    expect(metric("operating_expenses")).toEqual([["10.00萬元", 10_000_000]]);
    // "比上年決算數減少1.00萬元" is a change, not a metric.
    expect(r.figures.find((f) => f.raw === "1.00萬元")?.metric).toBeNull();
  });
});
