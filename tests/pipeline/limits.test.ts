import Database from "better-sqlite3";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { LONGEST_BLOCK, pieces } from "../../src/extract/clean-blocks.js";
import { cli, SEED, tempDir } from "../helpers.js";
// @ts-expect-error a plain .mjs script without types
import { writePdf } from "../../scripts/bad-fixtures/tiny-pdf.mjs";

/** A PDF of `n` pages, each with its own lines of text. */
function manyPagePdf(n: number): Buffer {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"];
  const kids: string[] = [];
  for (let i = 0; i < n; i++) {
    const content = [0, 1, 2].map((l) => `BT /F1 11 Tf 72 ${700 - l * 20} Td (Page ${i + 1} paragraph ${l + 1}: spending ${i * 3 + l}.00 thousand) Tj ET`).join("\n");
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${n} >>`;
  return writePdf(objects) as Buffer;
}

const status = (db: string) => {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare("SELECT status, error, pages FROM documents").get();
  } finally {
    conn.close();
  }
};

describe("limits", () => {
  it("counts a PDF's pages before reading any, and reads none past --max-pages", async () => {
    const pdf = manyPagePdf(20);
    for (const pdfEngine of ["pdfium", "pdfjs"] as const) {
      const over = await extract("pdf", pdf, "many.pdf", { pdfEngine, maxPages: 10 });
      expect(over, pdfEngine).toMatchObject({ pages: 20, blocks: [] });
      const within = await extract("pdf", pdf, "many.pdf", { pdfEngine, maxPages: 20 });
      expect(within.blocks.length, pdfEngine).toBeGreaterThan(0);
    }
  });

  it("reads a file that failed on a limit again when the limit changes", () => {
    const dir = tempDir();
    const file = join(dir, "many.pdf");
    writeFileSync(file, manyPagePdf(20));
    const db = join(dir, "t.sqlite");
    expect(cli(["ingest", file, "--db", db, "--max-pages", "10"]).stdout).toMatch(/failed 1/);
    expect(status(db)).toMatchObject({ status: "failed", error: "document has 20 pages, over the 10-page limit", pages: 20 });
    expect(cli(["ingest", file, "--db", db, "--max-pages", "10"]).stdout).toMatch(/skipped 1/);
    expect(cli(["ingest", file, "--db", db, "--max-pages", "30"]).stdout).toMatch(/ingested 1/);
    expect(status(db)).toMatchObject({ pages: 20 });
    expect((status(db) as { status: string }).status).not.toBe("failed");
  });

  it("reads a 20 MB file that is one line, in pieces that never cut a number", () => {
    const sentence = "本部门2021年一般公共预算支出主要用于保障机关正常运转和履行职能，收入总计1,234.56万元。";
    const dir = tempDir();
    const file = join(dir, "one-line.txt");
    const line = sentence.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(sentence)));
    writeFileSync(file, line);
    const db = join(dir, "t.sqlite");
    const r = cli(["ingest", file, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(status(db)).toMatchObject({ status: "ok" });
    const conn = new Database(db, { readonly: true });
    const totals = conn.prepare("SELECT count(*) AS n, count(DISTINCT amount_fen) AS distinct_values FROM figures WHERE label = '收入总计'").get();
    conn.close();
    expect(totals).toEqual({ n: line.length / sentence.length, distinct_values: 1 });
    // Without a sentence end or a space, a cut still falls outside any number.
    const digits = `${"金额".repeat(LONGEST_BLOCK / 2 - 3)}123,456.78${"元".repeat(LONGEST_BLOCK)}`;
    expect(pieces(digits).some((p) => p.includes("123,456.78"))).toBe(true);
    expect(pieces(digits).join("")).toBe(digits);
  });

  it("caps --jobs at the number of cores unless --force-jobs", () => {
    const dir = tempDir();
    const r = cli(["ingest", SEED, "--db", join(dir, "t.sqlite"), "--jobs", "40"]);
    expect(r.code).toBe(0);
    const cores = availableParallelism();
    if (cores < 40) expect(r.stderr).toContain(`--jobs 40 is more than the ${cores} cores: using ${cores}`);
    expect(cli(["ingest", SEED, "--db", join(dir, "u.sqlite"), "--jobs", "40", "--force-jobs"]).stderr).not.toContain("more than the");
  });
});
