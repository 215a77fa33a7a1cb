import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, CORPUS, hasCorpus, ROOT, SEED, tempDir } from "../helpers.js";

const SCORER = join(CORPUS, "..", "..", "eval", "score.py");
const hasPython = spawnSync("python3", ["--version"]).status === 0;

/** Runs the shared scorer; returns its last line's overall percent and wrong count. */
function score(db: string, answers: string) {
  const r = spawnSync("python3", [SCORER, "--db", db, "--answers", answers, "-v"], { encoding: "utf8" });
  const last = r.stdout.trim().split("\n").at(-1) ?? "";
  const overall = Number(/overall ([\d.]+)%/.exec(last)?.[1]);
  const wrong = Number(/wrong (\d+) \|/.exec(last)?.[1]);
  return { overall, wrong, text: r.stdout };
}

describe.skipIf(!hasCorpus || !hasPython || !existsSync(SCORER))("accuracy on the real dev documents", () => {
  it("scores the whole dev corpus at 97% or more with no wrong value", () => {
    const db = join(tempDir(), "dev.sqlite");
    const r = cli(["ingest", CORPUS, "--db", db, "--quiet"]);
    expect(r.code).toBe(0);
    const s = score(db, join(CORPUS, "answers"));
    expect(s.wrong, s.text).toBe(0);
    expect(s.overall, s.text).toBeGreaterThanOrEqual(97);
  }, 300_000);
});

describe.skipIf(!hasCorpus || !hasPython || !existsSync(SCORER))("the seed in every format it is published in", () => {
  const dir = tempDir();
  const formats = join(ROOT, "fixtures", "formats");
  const name = "鹿泉区委编办2020年部门预算";
  const files = { txt: SEED, docx: join(formats, `${name}.docx`), html: join(formats, `${name}.html`) };
  const db = join(dir, "formats.sqlite");

  it("scores 100% with 0 wrong as .txt, .docx and .html", () => {
    expect(cli(["ingest", ...Object.values(files), "--db", db, "--quiet"]).code).toBe(0);
    const key = JSON.parse(readFileSync(join(CORPUS, "answers", `${name}.json`), "utf8"));
    for (const [ext, path] of Object.entries(files)) {
      const answers = join(dir, `answers-${ext}`);
      mkdirSync(answers, { recursive: true });
      writeFileSync(join(answers, "key.json"), JSON.stringify({ ...key, file: path.split("/").slice(-2).join("/") }));
      const s = score(db, answers);
      expect(s.wrong, `${ext}\n${s.text}`).toBe(0);
      expect(s.overall, `${ext}\n${s.text}`).toBe(100);
    }
  });

  it("gives the same sections, tables, metrics and flags in each format (places aside)", () => {
    const shown = (path: string) => {
      const doc = JSON.parse(cli(["show", path, "--db", db, "--format", "json"]).stdout);
      return {
        department: doc.document.department,
        year: doc.document.fiscal_year,
        sections: doc.sections.map((s: Record<string, unknown>) => [s.level, s.marker, s.title]),
        // Word and HTML tables carry merged cells (repeated into every position, as the contract
        // says); the text export flattens them. Compare each row's distinct printed texts.
        tables: doc.tables.map((t: { kind: string; title: string; rows: string[][] }) => [
          t.kind,
          t.title,
          t.rows.map((row) => row.filter((c, i) => c !== "" && c !== row[i - 1])).filter((row) => row.length > 0),
        ]),
        metrics: doc.figures.filter((f: Record<string, unknown>) => f.metric).map((f: Record<string, unknown>) => [f.metric, f.raw, f.amount_fen]),
        flags: doc.flags.map((f: Record<string, unknown>) => [f.check, String(f.message).replace(/\(p\.\d+ l\.\d+\)/g, "")]),
      };
    };
    const txt = shown(files.txt);
    expect(txt.sections.length).toBeGreaterThan(9);
    expect(shown(files.docx)).toEqual(txt);
    expect(shown(files.html)).toEqual(txt);
  });
});
