import { describe, expect, it } from "vitest";
import type { CheckInput } from "../../src/checks/check.js";
import { checks } from "../../src/checks/index.js";
import { MessageSchema } from "../../src/diagnostics/diagnostic.js";
import { corpusChecks } from "../../src/checks/corpus/run-corpus-checks.js";
import { openDatabase } from "../../src/store/open-database.js";
import { writeDocument } from "../../src/store/write-document.js";
import { corpusExamples } from "./examples/corpus-examples.js";
import { examples } from "./examples/index.js";

/** Every check with its ok and not-ok example (after remark-lint's one shared rule test). */
describe("each check", () => {
  it("has an example", () => {
    const ids = new Set(examples.map((e) => e.check));
    const covered = checks.map((c) => c.id).filter((id) => ids.has(id));
    expect(covered).toEqual(checks.map((c) => c.id));
  });

  for (const e of examples) {
    const flagsOf = (doc: typeof e.ok) => checks.flatMap((c) => c.run(doc)).filter((f) => f.ruleId === e.check);
    it(`${e.check}: stays silent on consistent numbers`, () => {
      expect(flagsOf(e.ok)).toEqual([]);
    });
    it(`${e.check}: flags the contradiction, quoting ${e.expect.join(" / ")}`, () => {
      const flags = flagsOf(e.notOk);
      expect(flags.some((f) => e.expect.every((s) => f.message.includes(s)))).toBe(true);
      for (const f of flags) for (const i of f.figures ?? []) expect(e.notOk.figures[i]).toBeDefined();
    });
    it(`${e.check}: says it in the one message shape, with its place and the printed values it quotes`, () => {
      for (const f of flagsOf(e.notOk)) {
        expect(MessageSchema.parse(f)).toEqual(f);
        if (f.printed) expect(f.printed.every((raw) => f.message.includes(`“${raw}”`))).toBe(true);
        // Only a table left out of the document has no place to point at.
        if (!f.message.includes("not found among")) expect(f.place?.page).toBeGreaterThan(0);
      }
    });
  }
});

/** The cross-document checks, on a database holding just the example's documents. */
describe("each cross-document check", () => {
  const flagsOf = (check: string, docs: CheckInput[]) => {
    const db = openDatabase(":memory:");
    for (const doc of docs) writeDocument(db, { ...doc, flags: [] });
    const flags = corpusChecks.filter((c) => c.id === check).flatMap((c) => c.run(db));
    const figures = db.prepare("SELECT COUNT(*) FROM figures WHERE id = ?").pluck();
    for (const f of flags) for (const id of f.figures ?? []) expect(figures.get(id)).toBe(1);
    db.close();
    return flags;
  };

  it("has an example", () => {
    const ids = new Set(corpusExamples.map((e) => e.check));
    expect(corpusChecks.map((c) => c.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const e of corpusExamples) {
    it(`${e.check}: stays silent on consistent numbers`, () => {
      expect(flagsOf(e.check, e.ok)).toEqual([]);
    });
    it(`${e.check}: flags the contradiction, quoting ${e.expect.join(" / ")}`, () => {
      expect(flagsOf(e.check, e.notOk).some((f) => e.expect.every((s) => f.message.includes(s)))).toBe(true);
    });
  }
});
