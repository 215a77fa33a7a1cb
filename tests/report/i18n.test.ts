import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECK_IDS, CHECK_TEXTS, flagMessage, langFromEnv } from "../../src/i18n/index.js";
import { cli, SEED, tempDir } from "../helpers.js";

/** One message as each check writes it (English around the printed figures). */
const SAMPLES: Record<string, string[]> = {
  "table-totals": [
    "合计 “1,000.00” (p.20 l.7) ≠ 201 “916.00” (p.20 l.8) + 205 “4.00” (p.20 l.14) = 920.00万元 (Σ top-level codes, 一般公共预算支出情况表; off by 80.00万元, tolerance 0.04万元)",
    "本年支出合计 “10,692.90” (p.18 l.19) ≠ 三、卫生健康支出 “111.62” (p.18 l.6) = 111.62万元 (Σ 一、二、… rows, 收支总表; off by 10,581.28万元, tolerance 0.02万元)",
    "支出总计 “210.00” (p.70 l.27) ≠ 基本支出 “0.00” (p.70 l.27) + 项目支出 “200.00” (p.70 l.27) = 200.00万元 (row 20807 就业补助, 支出总表; off by 10.00万元, tolerance 0.02万元)",
    "收入总计 “228.50” (p.3 l.4) ≠ 支出总计 “229.50” (p.3 l.4) (收支预算总表: 收入 and 支出 must balance; off by 1.00万元)",
    "合计 “21,914,447.48” (p.26 l.8) ≠ 301 “20,790,689.48” (p.26 l.9) = 20,790,689.48元 (Σ top-level codes, other; off by 1,123,758.00元, tolerance 0.03元)",
  ],
  "code-hierarchy": ["505 对事业单位经常性补助 “835.34” (p.27 l.22, 基本支出预算情况表) ≠ Σ 50501 “993.27” + 50502 “52.04” = 1,045.31万元 (column 合计)"],
  "three-public-table-sum": ["合计 “10.00” (p.9 l.5) ≠ 因公出国（境）费 “2.00” (p.9 l.5) + 公务接待费 “3.00” (p.9 l.5) = 5.00万元 (“三公” row 3, 三公经费表; off by 5.00万元, tolerance 0.02万元)"],
  "three-public-sum": ["“三公”经费 “394.49万元” (p.3 l.15) ≠ 因公出国（境）费用“184.49万元” (p.3 l.15) + 公务接待费“10万元” (p.3 l.15) = 194.49万元 (公务用车购置及运行费 not stated)"],
  "narrative-vs-table": ["人员经费“4896.98万元” (p.24 l.14) in the text, but the table prints 人员经费合计 “4884.09” (p.16 l.48, 一般公共预算财政拨款基本支出决算表) (4,884.09万元)"],
  "unit-slip": ["财政拨款收入支出总计“0.3万元” (p.21 l.14) is 10,000 times off 总计 “2,961.68” (p.13 l.27, 财政拨款收入支出决算总表): 元 and 万元 confused"],
  "stated-change": [
    "比2025年预算执行数增加“17.62%” (p.9 l.1): from “43269.3万元” (p.9 l.1) to “3845.49万元” (p.9 l.1) is a change of -91.11%, not 17.62%",
    "增长“30%” (p.8 l.1): “878.93万元” (p.8 l.1) on “3894.09万元” (p.8 l.1) less the change (last year 3,015.16万元) is a change of 29.15%, not 30%",
    "下降“27.80%” (p.9 l.12): “130,014.30万元” (p.9 l.12) on last year's “13,102.70万元” (p.9 l.12) is a change of -992.27%, not -27.80%",
    "比2025年预算执行数增加“5.27%” (p.9 l.15): from “198.34万元” (p.9 l.15) to “201.50万元” (p.9 l.15) is a change of 1.59%, not 5.27%; the printed 5.27% fits “208.8万元” (p.9 l.15), printed for the same item",
    "增加“31.71万元” (p.8 l.2): from “196.79万元” (p.8 l.2) to “228.50万元” (p.8 l.2) the change is 31.71万元",
  ],
  "stated-share": [
    "公务接待费支出“427.5万元” (p.28 l.13) 占“三公”经费的“16.81%” (p.28 l.13): 427.5万元 of the “三公” total 222.5万元 + 183.6万元 + 427.5万元 = 833.60万元 is 51.28%, not 16.81%",
    "一般公共服务支出（类）“2106.66万元” (p.21 l.24) 占“71.73%” (p.21 l.24): 2106.66万元 of 一般公共预算财政拨款支出“2940.05万元” (p.21 l.24) is 71.65%, not 71.73%",
  ],
  "count-mismatch": ["“289家事业单位法人进行监督检查” (p.1 l.67) in the text vs “281家事业单位法人监督检查所涉及费用” (p.1 l.267) in a table: the number of 事业单位法人 is printed as 289家 and as 281家"],
  "project-budgets": ["the 3 projects listed add up to 120.00万元 (项目支出表 “40.00” (p.5 l.3, 项目支出表) + 项目 “80.00” (p.5 l.4, 项目支出表)), but 项目支出 “130.00万元” (p.2 l.9) is more"],
  "spending-plan": [
    "资金支出计划 一季度 “30%”, 二季度 “20%” (p.7 l.3, 项目资金支出计划表): the cumulative share falls from 一季度 to 二季度",
    "资金支出计划 一季度 “30%”, 四季度 “90%” (p.7 l.3, 项目资金支出计划表): the cumulative share ends at 90%, not 100%",
  ],
  "required-tables": [
    "一般公共预算基本支出表 not found among the 28 tables (预算 tables required by 财预〔2016〕143号)",
    "财政拨款政府性基金支出预算表 (p.15 l.4) prints no amounts and no note that it is empty (such as “本部门无该项目”)",
  ],
  "table-uncertain": [
    "2026年部门收入总体情况表: not read with confidence, its sums are not checked: it prints “12,063.9” (p.8 l.13) among amounts of 2 decimals, a number the extraction likely broke across lines",
    "一般公共预算支出明细表: not read with confidence, its sums are not checked: 20 of 31 sums do not hold (columns shifted or a header not understood)",
  ],
  placeholders: ["template placeholder left in “三、政府采购预算情况” (p.16 l.3): “上海市普陀区XX单位”, “XX部门”, “××” and 2 more"],
  "year-over-year": ["支出总计 “228.50万元”, 比上年增加“31.71万元” (p.2 l.5), but 2019's document a/2019.pdf prints “200.00万元”: the change is 28.50万元"],
  "narrative-vs-tables-file": ["收入总计“228.50万元” (p.2 l.5), but the tables file a/表.pdf prints 收入总计 “229.50” (p.1 l.7): off by 1.00万元"],
  "department-vs-unit": ["the unit's 支出总计 “300.00” (p.1 l.7) exceeds its department's 支出总计 “228.50” (p.1 l.7, a/部门.pdf) by 71.50万元"],
};

/** English words left outside the quoted printed text. */
const english = (zh: string) => zh.split(/“[^”]*”/).join(" ").replace(/[a-z]\/\S+\.pdf/g, "").match(/[A-Za-z]{2,}/g) ?? [];

describe("every check's message in 中文 and English", () => {
  it("has both titles for every check id and a sample for each", () => {
    for (const id of CHECK_IDS) {
      expect(CHECK_TEXTS[id]!.title.zh, id).toMatch(/\p{Script=Han}/u);
      expect(CHECK_TEXTS[id]!.title.en, id).toMatch(/[a-z]/);
      expect(SAMPLES[id], `a sample message for ${id}`).toBeDefined();
    }
  });

  for (const [id, samples] of Object.entries(SAMPLES)) {
    it(`says ${id} in Chinese with the printed figures kept as printed`, () => {
      for (const en of samples) {
        const zh = flagMessage(id, en, "zh");
        expect(english(zh), zh).toEqual([]);
        for (const quoted of en.match(/“[^”]*”/g) ?? []) expect(zh).toContain(quoted);
        expect(flagMessage(id, en, "en")).toBe(en);
      }
    });
  }

  it("cites places the way the documents do: （第16页第7行）", () => {
    expect(flagMessage("narrative-vs-table", SAMPLES["narrative-vs-table"]![0]!, "zh")).toBe(
      "人员经费“4896.98万元”（第24页第14行）（正文），但表格印为 人员经费合计 “4884.09”（第16页第48行，一般公共预算财政拨款基本支出决算表）（4,884.09万元）",
    );
  });
});

describe("the language", () => {
  it("follows LC_ALL, then LC_MESSAGES, then LANG: zh… is 中文", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langFromEnv({ LANG: "C" })).toBe("en");
    expect(langFromEnv({ LANG: "en_US.UTF-8", LC_ALL: "zh_TW.UTF-8" })).toBe("zh");
    expect(langFromEnv({})).toBe("en");
  });

  describe("of the report", () => {
    const db = join(tempDir(), "lang.sqlite");
    beforeAll(() => {
      expect(cli(["ingest", SEED, "--db", db, "-q"]).code).toBe(0);
    });

    it("is Chinese with LANG=zh_CN.UTF-8: headings, severities and messages", () => {
      const r = cli(["report", "--db", db], { LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" });
      expect(r.stdout).toContain("# yusuan 一致性核查报告");
      expect(r.stdout).toContain("## 全部文件");
      expect(r.stdout).toContain("| 部门 | 年度 | 类别 | 核查结果 | 文件 |");
      expect(r.stdout).toContain("## 警告——可能存在的问题 (1)");
      expect(r.stdout).toContain("**警告**");
      expect(r.stdout).toContain("的数量一处印为 289家，另一处印为 281家");
      expect(r.stdout).not.toMatch(/warning|the number of/);
    });

    it("is English with LANG=C, and --lang overrides the locale", () => {
      const en = cli(["report", "--db", db], { LANG: "C", LC_ALL: "", LC_MESSAGES: "" });
      expect(en.stdout).toContain("## Every document");
      expect(en.stdout).toContain("## Warnings — likely problems (1)");
      expect(en.stdout).toContain("the number of 事业单位法人 is printed as 289家 and as 281家");
      expect(cli(["report", "--db", db, "--lang", "zh"], { LANG: "C" }).stdout).toContain("## 全部文件");
      expect(cli(["report", "--db", db, "--lang", "fr"]).code).toBe(2);
    });

    it("gives usage errors in the user's language", () => {
      const r = cli(["report", "--db", db, "--check", "nosuch"], { LANG: "zh_CN.UTF-8", LC_ALL: "" });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("没有名为“nosuch”的核查");
    });
  });
});

describe("the ingest summary line", () => {
  it("speaks the locale's language: 中文 with LANG=zh_CN.UTF-8, English with LANG=C", () => {
    const db = join(tempDir(), "summary.sqlite");
    const zh = cli(["ingest", SEED, "--db", db], { LANG: "zh_CN.UTF-8", LC_ALL: "", LC_MESSAGES: "" });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^文件 1 {2}已读入 1 {2}未变跳过 0 {2}失败 0 .*用时 [\d.]+ 秒 {2}→ /);
    const en = cli(["ingest", SEED, "--db", db], { LANG: "C", LC_ALL: "", LC_MESSAGES: "" });
    expect(en.stdout).toMatch(/^files 1 {2}ingested 0 {2}skipped 1 {2}failed 0 .*seconds [\d.]+ {2}→ /);
  });
});
