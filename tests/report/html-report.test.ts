import { existsSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../../src/report/load-report.js";
import { renderHtml } from "../../src/report/render-html.js";
import { cli, CORPUS, hasCorpus, SEED, tempDir } from "../helpers.js";

const CHROMIUM = "/usr/bin/chromium";

const doc = (fiscalYear: number, flags: ReportDocument["flags"]): ReportDocument => ({
  id: fiscalYear,
  path: `jiangsu/示例厅${fiscalYear}年部门预算.pdf`,
  department: "江苏省示例厅",
  fiscalYear,
  docKind: "budget",
  status: "ok",
  error: null,
  flags,
});

const sample = [
  doc(2018, []),
  doc(2019, [
    {
      id: 1,
      check: "stated-change",
      severity: "warning",
      message: "增长“30%” (p.8 l.1): “878.93万元” (p.8 l.1) on “3894.09万元” (p.8 l.1) less the change is a change of 29.15%, not 30% <script>",
      expectedFen: null,
      actualFen: null,
      page: 8,
      line: 1,
      figures: [{ id: 7, raw: "878.93万元", label: "与上年相比增加", page: 8, line: 1, source: "text" }],
    },
  ]),
];
const totals = [
  { department: "江苏省示例厅", fiscalYear: 2018, amountFen: 15_897_440_000 },
  { department: "江苏省示例厅", fiscalYear: 2019, amountFen: 18_330_370_000 },
];

describe("the HTML report", () => {
  it("is one self-contained file: no scripts, no external assets, the printed numbers escaped", () => {
    const html = renderHtml(sample, totals);
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("<svg");
    expect(html).toContain("878.93万元");
    expect(html).toContain("&#60;script&#62;");
  });

  it("draws no chart for a department with a single year", () => {
    expect(renderHtml(sample, totals.slice(0, 1))).not.toContain("<svg");
  });

  it("is written by `yusuan report --format html` from an ingested document", () => {
    const dir = tempDir();
    const db = join(dir, "r.sqlite");
    expect(cli(["ingest", SEED, "--db", db, "-q"]).code).toBe(0);
    const out = join(dir, "report.html");
    expect(cli(["report", "--db", db, "--format", "html", "--out", out]).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(500);
    expect(cli(["report", "--db", db, "--severity", "nonsense"]).code).toBe(2);
  });

  it.skipIf(!existsSync(CHROMIUM))("renders in headless Chromium with no console errors", async () => {
    const { chromium } = await import("playwright-core");
    const dir = tempDir("yusuan-html-");
    const file = join(dir, "report.html");
    writeFileSync(file, renderHtml(sample, totals));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    try {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator(".flag.warning").count()).toBe(1);
      expect(await page.locator("svg rect.bar").count()).toBe(2);
      expect(await page.locator("table.documents tbody tr").count()).toBe(2);
      expect(await page.locator("table.documents tbody tr").first().textContent()).toContain("江苏省示例厅");
      const shot = join(dir, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(1000);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/** Console errors, page errors and failed requests of a page, collected as they happen. */
function watchProblems(page: import("playwright-core").Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  return problems;
}

const BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

describe.skipIf(!existsSync(CHROMIUM) || !hasCorpus)("the HTML report of the dev corpus in headless Chromium", () => {
  it("renders without console errors, lists every document, and shows the printed page beside each flag of a PDF", async () => {
    const dir = tempDir("yusuan-dev-html-");
    const db = join(dir, "dev.sqlite");
    expect(cli(["ingest", CORPUS, "--db", db, "-q"]).code).toBe(0);
    const conn = new Database(db, { readonly: true });
    const documents = conn.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    conn.close();
    const file = join(dir, "report.html");
    expect(cli(["report", "--db", db, "--out", file], { LANG: "zh_CN.UTF-8", LC_ALL: "" }).code).toBe(0);
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = watchProblems(page);
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator("h1").textContent()).toBe("yusuan 一致性核查报告");
      expect(await page.locator("table.documents tbody tr").count()).toBe(documents);
      const pdfFlags = page.locator('article[data-format="pdf"] .flag[data-page]');
      expect(await pdfFlags.count()).toBeGreaterThan(10);
      expect(await page.locator('article[data-format="pdf"] .flag[data-page]:not(:has(.evidence img))').count()).toBe(0);
      // Every evidence image decoded and laid out (a broken data: URL has no natural width).
      const broken = await page.$$eval(".evidence img", (imgs) => imgs.filter((i) => !(i as HTMLImageElement).complete || (i as HTMLImageElement).naturalWidth === 0).length);
      expect(broken).toBe(0);
      const shot = join(dir, "first-flag.png");
      await page.locator(".flag.error").first().screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(5000);
      await page.screenshot({ path: join(dir, "report.png") });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
