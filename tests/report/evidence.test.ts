import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { collectEvidence } from "../../src/report/evidence/collect-evidence.js";
import { quotesOf } from "../../src/report/evidence/evidence.js";
import { loadReport } from "../../src/report/load-report.js";
import { openReadOnly } from "../../src/store/open-database.js";
import { cli, ROOT, SEED, tempDir } from "../helpers.js";

const TABLES_PDF = join(ROOT, "fixtures", "pdf", "tables.pdf");
const EN = { LANG: "C", LC_ALL: "" };

describe("the quoted numbers of a flag", () => {
  it("are the quoted texts followed by their place", () => {
    expect(quotesOf("行政运行“10528.33万元” (p.26 l.5) in the text, but the table prints 行政运行 “4,545.94” (p.16 l.7, 一般公共预算支出预算表)")).toEqual([
      { raw: "10528.33万元", page: 26, line: 5 },
      { raw: "4,545.94", page: 16, line: 7 },
    ]);
    expect(quotesOf("“一般公共预算基本支出表” not found")).toEqual([]);
  });
});

describe("a flag about something left out", () => {
  it("gets a note that there is no printed place to show", async () => {
    const db = join(tempDir(), "none.sqlite");
    expect(cli(["ingest", SEED, "--db", db, "-q"]).code).toBe(0);
    const conn = openReadOnly(db);
    const docs = loadReport(conn);
    const missing = { id: -1, check: "required-tables", severity: "warning" as const, message: "三公经费支出表 not found among the 9 tables (预算 tables required by 财预〔2016〕143号)", expectedFen: null, actualFen: null, page: null, line: null, figures: [] };
    docs[0]!.flags.push(missing);
    const evidence = await collectEvidence(conn, docs, { lang: "zh", maxBytes: 1024 });
    conn.close();
    expect(evidence.get(-1)).toEqual([{ kind: "note", text: "无原文可显示：此项涉及文件中缺少的内容" }]);
  });
});

describe("the printed evidence beside each flag", () => {
  const db = join(tempDir(), "evidence.sqlite");
  beforeAll(() => {
    expect(cli(["ingest", TABLES_PDF, SEED, "--db", db, "-q"]).code).toBe(0);
  });

  it("is, for a PDF, a bounded PNG crop of the page region holding the quoted numbers, framed in red", async () => {
    const conn = openReadOnly(db);
    const docs = loadReport(conn);
    const pdf = docs.find((d) => d.path.endsWith("tables.pdf"))!;
    expect(pdf.flags.length).toBeGreaterThan(0);
    const evidence = await collectEvidence(conn, docs, { lang: "en", maxBytes: 20 * 1024 * 1024 });
    conn.close();
    for (const f of pdf.flags) {
      const shown = evidence.get(f.id)!;
      expect(shown[0]!.kind).toBe("image");
      const image = shown[0] as Extract<(typeof shown)[number], { kind: "image" }>;
      expect(image.page).toBe(f.page);
      const png = PNG.sync.read(image.png);
      expect(png.width).toBeLessThanOrEqual(1200);
      expect(png.height).toBeLessThanOrEqual(700);
      expect(png.height).toBeGreaterThan(20);
      let red = 0;
      for (let k = 0; k < png.data.length; k += 4) if (png.data[k] === 220 && png.data[k + 1] === 30 && png.data[k + 2] === 30) red++;
      expect(red, "a frame around the quoted numbers").toBeGreaterThan(20);
    }
  });

  it("is, for a text source, the quoted lines with the figures marked", () => {
    const r = cli(["report", "--db", db, "--format", "html"], EN);
    expect(r.stdout).toMatch(/<mark>289家事业单位法人进行监督检查<\/mark>/);
    expect(r.stdout).toMatch(/<mark>281家[^<]*<\/mark>/);
  });

  it("is embedded in the one HTML file, capped by --max-evidence, and left out with --no-evidence", () => {
    const out = join(tempDir(), "r.html");
    expect(cli(["report", "--db", db, "--out", out], EN).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('src="data:image/png;base64,');
    expect(html).not.toMatch(/<script|<link|src="(?!data:image\/png;base64,)/);
    const capped = cli(["report", "--db", db, "--format", "html", "--max-evidence", "0"], EN).stdout;
    expect(capped).not.toContain("data:image/png");
    expect(capped).toContain("evidence omitted: the report reached its --max-evidence size");
    const none = cli(["report", "--db", db, "--format", "html", "--no-evidence"], EN).stdout;
    expect(none).not.toContain('class="evidence"');
    expect(cli(["report", "--db", db, "--max-evidence", "lots"], EN).code).toBe(2);
  });
});
