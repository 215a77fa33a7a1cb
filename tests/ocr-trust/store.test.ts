import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-database.js";
import { writeDocument } from "../../src/store/write-document.js";
import { tempDir } from "../helpers.js";
import { ocrDocument, run, spendingTable } from "./build.js";

describe("figures read by OCR in the database", () => {
  const db = openDatabase(join(tempDir(), "ocr.sqlite"));
  writeDocument(db, run(ocrDocument({ tables: [spendingTable("934.56")] })));

  it("carry source_detail 'ocr:<engine>:<confidence>:<trust>'; tables 'ocr:<engine>:<confidence>'", () => {
    const figures = db.prepare("SELECT metric, raw, source_detail FROM figures WHERE source = 'table' ORDER BY row, col").all() as Array<{ metric: string | null; raw: string; source_detail: string }>;
    expect(figures.find((f) => f.raw === "1,234.56")).toEqual({ metric: "expenditure_total", raw: "1,234.56", source_detail: "ocr:test-ocr:0.93:confirmed" });
    expect(figures.find((f) => f.raw === "934.56")).toEqual({ metric: null, raw: "934.56", source_detail: "ocr:test-ocr:0.93:unconfirmed" });
    expect(db.prepare("SELECT source_detail FROM tables").pluck().all()).toEqual(["ocr:test-ocr:0.93"]);
    expect(db.prepare("SELECT count(*) FROM line_items WHERE source_detail LIKE 'ocr:%'").pluck().get()).toBe(9);
  });

  it("offer the trust in the metrics view", () => {
    expect(db.prepare("SELECT metric, source_detail FROM metrics ORDER BY metric").all()).toEqual([
      { metric: "expenditure_project", source_detail: "ocr:test-ocr:0.93:confirmed" },
      { metric: "expenditure_total", source_detail: "ocr:test-ocr:0.93:confirmed" },
    ]);
  });

  it("record the unconfirmed table as a warning, never an error flag", () => {
    expect(db.prepare("SELECT rule_id, severity FROM diagnostics").all()).toEqual([{ rule_id: "ocr-unconfirmed", severity: "warning" }]);
    expect(db.prepare("SELECT count(*) FROM flags WHERE severity = 'error'").pluck().get()).toBe(0);
  });
});
