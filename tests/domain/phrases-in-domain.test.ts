import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-ignore: a plain ES module script without type declarations
import { countDomainRegex } from "../../scripts/count-domain-regex.mjs";
import { tempDir } from "../helpers.js";

interface Count {
  rows: Array<{ rel: string; domain: boolean; regexes: number; strings: number }>;
  total: number;
  inDomain: number;
  outside: number;
  stringsOutside: number;
}
const counted = (repo?: string) => countDomainRegex(repo) as Count;

/** Issue 10: what the code knows about budget documents is data in src/domain/, not regexes spread over the stages. */
describe("phrases live in src/domain/ (scripts/count-domain-regex.mjs)", () => {
  it("keeps the regular expressions with Chinese outside src/domain/ at 15% or less of those in src/", () => {
    const count = counted();
    const outside = count.rows.filter((r) => !r.domain && r.regexes > 0).map((r) => `${r.rel}: ${r.regexes}`);
    expect(count.outside / count.total, `outside src/domain/: ${outside.join(", ")}`).toBeLessThanOrEqual(0.15);
  });

  it("counts regex literals and new RegExp patterns with Chinese, not comments, and strings apart", () => {
    const repo = tempDir();
    mkdirSync(join(repo, "src", "domain"), { recursive: true });
    writeFileSync(
      join(repo, "src", "read.ts"),
      [
        "// /合计/ in a comment is no regex",
        "const a = /合计$/;",
        "const b = new RegExp(`^${x}年`);",
        "const c = /^\\d+$/;",
        'const d = "收入";',
        'const e = new RegExp("支出");',
      ].join("\n"),
    );
    writeFileSync(join(repo, "src", "domain", "words.ts"), 'export const A = /总计/;\nexport const B = "小计";\n');
    const count = counted(repo);
    expect([count.total, count.inDomain, count.outside, count.stringsOutside]).toEqual([4, 1, 3, 1]);
  });
});
